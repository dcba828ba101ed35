import type { ElementId } from '../catalogue/elementTypes';
import type { Language } from '../i18n/localized';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** The figures that separate "present" from "thin" and evidence from noise. */
export interface Thresholds {
  /** Words an element's text needs before it can count as present. */
  presentMinWords: number;
  /** Sentences, list items and table rows it needs as well. */
  presentMinStatements: number;
  /** Vocabulary score a section needs before its prose counts as evidence. */
  evidenceMinScore: number;
  /** A paragraph touching this many elements is a summary, not a treatment. */
  summarySpread: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  presentMinWords: 25,
  presentMinStatements: 2,
  evidenceMinScore: 4,
  summarySpread: 4,
};

/** Settings after the config file, frontmatter overrides and defaults are merged. */
export interface ResolvedConfig {
  /** The language messages are in: see `resolveLanguage` (explicit choice, else the document's `sprog:`, else Danish). */
  language: Language;
  /** The language the user chose explicitly (command line, editor setting, config file), if any. */
  explicitLanguage?: Language;
  /** Severity per rule id; a missing entry means the rule's default. */
  rules: Record<string, SeveritySetting | Partial<Record<string, SeveritySetting>>>;
  thresholds: Thresholds;
  /** Extra words per element, as plain words or stems ending in `*`. */
  words: Partial<Record<ElementId, string[]>>;
  /** Where column links point: a URL template with `{column}` and `{page}`. */
  columnsUrl?: string;
  /** Base URL of the rule documentation pages. */
  docsUrl: string;
}

/** What a config file or a frontmatter override may say; every key optional. */
export interface ConfigInput {
  language?: Language;
  /**
   * Globs of Markdown files that are strategies whatever they look like
   * (`.strategitjek.yaml` only; relative to the config file's folder). The
   * CLI and the editor both match them; see `classifyStrategy`'s `configured`.
   */
  files?: string[];
  rules?: ResolvedConfig['rules'];
  thresholds?: Partial<Thresholds>;
  words?: ResolvedConfig['words'];
  columnsUrl?: string;
  docsUrl?: string;
}

export const DEFAULT_DOCS_URL = 'https://github.com/strategitjek/strategitjek/blob/main/docs/';

export function defaultConfig(): ResolvedConfig {
  return { language: 'da', rules: {}, thresholds: { ...DEFAULT_THRESHOLDS }, words: {}, docsUrl: DEFAULT_DOCS_URL };
}

/** Later inputs win; rule settings and words merge key by key. */
export function mergeConfig(base: ResolvedConfig, ...inputs: Array<ConfigInput | undefined>): ResolvedConfig {
  const result: ResolvedConfig = {
    ...base,
    rules: { ...base.rules },
    thresholds: { ...base.thresholds },
    words: { ...base.words },
  };
  for (const input of inputs) {
    if (!input) continue;
    if (input.language) result.language = result.explicitLanguage = input.language;
    if (input.columnsUrl !== undefined) result.columnsUrl = input.columnsUrl;
    if (input.docsUrl !== undefined) result.docsUrl = input.docsUrl;
    Object.assign(result.rules, input.rules ?? {});
    Object.assign(result.thresholds, input.thresholds ?? {});
    for (const [id, words] of Object.entries(input.words ?? {})) {
      const key = id as ElementId;
      result.words[key] = [...(result.words[key] ?? []), ...(words ?? [])];
    }
  }
  return result;
}
