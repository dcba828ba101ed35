import type { ResolvedConfig } from '../core/config/types';
import type { Language } from '../core/i18n/localized';
import { lint } from '../core/lint';
import type { LinkedStrategy } from '../core/recognition/strategyLink';
import { toFileReport } from '../core/report';
import { reportMeta } from '../formatters/meta';
import type { CheckedFile } from '../formatters/types';

/**
 * One file to check, with everything the check needs already read and resolved
 * (its configuration, the strategy an ambition answers to): plain data, so it
 * can be checked on this thread or handed to a worker alike.
 */
export interface CheckJob {
  path: string;
  text: string;
  config: ResolvedConfig;
  strategy?: LinkedStrategy;
}

/** What checking a file gives the report: plain data again. */
export interface CheckOutcome {
  file: CheckedFile;
  /** The language the file's findings speak (the report's words follow the first file's). */
  language: Language;
}

export function checkJob(job: CheckJob): CheckOutcome {
  const result = lint(job.text, { config: job.config, strategy: job.strategy });
  return {
    file: { report: toFileReport(result, job.path.replace(/\\/g, '/')), meta: reportMeta(result.document.frontmatter.data) },
    language: result.config.language,
  };
}
