import { isElementId } from '../catalogue/elementTypes';
import { isLanguage } from '../i18n/localized';
import { DEFAULT_THRESHOLDS, type ConfigInput, type SeveritySetting, type Thresholds } from './types';
import { sanitizeUrlTemplate } from './urlTemplate';

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

function isSeverity(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && SEVERITIES.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keeps only the well-formed parts of a configuration from a trusted place:
 * `.strategitjek.yaml` or the editor's settings. Both the CLI and the
 * extension go through here, so the same setting means the same thing in
 * both. Configuration is data: nothing in it is executed, and anything
 * malformed is dropped here (the schema check reports it with its location).
 */
export function sanitizeConfig(raw: unknown, knownRules: readonly string[]): ConfigInput {
  if (!isRecord(raw)) return {};
  const result: ConfigInput = sanitizeOverrides(raw, knownRules);
  if (isLanguage(raw.language)) result.language = raw.language;
  if (Array.isArray(raw.files)) result.files = raw.files.filter((glob): glob is string => typeof glob === 'string' && glob.trim().length > 0 && glob.length <= 500).map((glob) => glob.trim());
  const columnsUrl = sanitizeUrlTemplate(raw.columnsUrl);
  if (columnsUrl !== undefined) result.columnsUrl = columnsUrl;
  const docsUrl = sanitizeUrlTemplate(raw.docsUrl);
  if (docsUrl !== undefined) result.docsUrl = docsUrl.endsWith('/') ? docsUrl : `${docsUrl}/`;
  return result;
}

/**
 * Keeps what a single document may override in its own frontmatter, under
 * `strategitjek:`: rules, thresholds and words, as the frontmatter schema
 * says. Where links go and which language the tool speaks are the reader's
 * choice, not the document's, so `columnsUrl`, `docsUrl` and `language` are
 * ignored here (the schema check reports them as unknown keys).
 */
export function sanitizeOverrides(raw: unknown, knownRules: readonly string[]): ConfigInput {
  if (!isRecord(raw)) return {};
  const result: ConfigInput = {};
  if (isRecord(raw.rules)) {
    result.rules = {};
    for (const [id, value] of Object.entries(raw.rules)) {
      if (!knownRules.includes(id)) continue;
      if (isSeverity(value)) result.rules[id] = value;
      else if (isRecord(value)) {
        const perMessage: Record<string, SeveritySetting> = {};
        for (const [messageId, severity] of Object.entries(value)) if (isSeverity(severity)) perMessage[messageId] = severity;
        result.rules[id] = perMessage;
      }
    }
  }
  if (isRecord(raw.thresholds)) {
    const thresholds: Partial<Thresholds> = {};
    for (const key of Object.keys(DEFAULT_THRESHOLDS) as Array<keyof Thresholds>) {
      const value = raw.thresholds[key];
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10000) thresholds[key] = value;
    }
    result.thresholds = thresholds;
  }
  if (isRecord(raw.words)) {
    result.words = {};
    for (const [id, words] of Object.entries(raw.words)) {
      if (!isElementId(id) || !Array.isArray(words)) continue;
      result.words[id] = words.filter((word): word is string => typeof word === 'string' && /^[^*]{2,80}\*?$/.test(word.trim())).map((w) => w.trim());
    }
  }
  return result;
}
