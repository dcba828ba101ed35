import type { ResolvedConfig } from '../core/config/types';
import type { FileReport } from '../core/report';

/** What a formatter gets for each checked file. */
export interface CheckedFile {
  report: FileReport;
  /** Frontmatter fields worth showing in a report (title, municipality …). */
  meta: Record<string, string>;
}

export interface FormatOptions {
  config: ResolvedConfig;
  /** Colour for terminals; only the stylish formatter uses it. */
  color?: boolean;
  /** Tool version, for SARIF. */
  version?: string;
}

export type Formatter = (files: CheckedFile[], options: FormatOptions) => string;
