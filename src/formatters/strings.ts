import type { Localized } from '../core/i18n/localized';

/** Words the formatters print around findings. */
export const STRINGS = {
  error: { da: 'fejl', en: 'error' },
  warning: { da: 'advarsel', en: 'warning' },
  info: { da: 'bemærkning', en: 'note' },
  present: { da: 'til stede', en: 'present' },
  thin: { da: 'kun berørt', en: 'touched on' },
  missing: { da: 'mangler', en: 'missing' },
  coverage: { da: 'Dækning: {present}/{total} til stede, {thin} kun berørt, {missing} mangler', en: 'Coverage: {present}/{total} present, {thin} touched on, {missing} missing' },
  totals: { da: '{problems} ({errors}, {warnings}, {infos}) i {files}', en: '{problems} ({errors}, {warnings}, {infos}) in {files}' },
  noFindings: { da: 'Ingen fund i {files}.', en: 'No findings in {files}.' },
} satisfies Record<string, Localized>;

/**
 * One text symbol per element status, for the readiness report, the editor's
 * view and its coverage grid: characters in the fonts every system ships
 * (no emoji, which become empty boxes without a colour emoji font), so a
 * status reads without colour too.
 */
export const STATUS_SYMBOL = { present: '✓', thin: '◐', missing: '✗' } as const;

/** Singular and plural forms, so counts read naturally ("1 fil", "2 filer"). */
export const NOUNS = {
  finding: { da: ['fund', 'fund'], en: ['finding', 'findings'] },
  error: { da: ['fejl', 'fejl'], en: ['error', 'errors'] },
  warning: { da: ['advarsel', 'advarsler'], en: ['warning', 'warnings'] },
  info: { da: ['bemærkning', 'bemærkninger'], en: ['note', 'notes'] },
  file: { da: ['fil', 'filer'], en: ['file', 'files'] },
} satisfies Record<string, Record<'da' | 'en', [string, string]>>;

export function count(n: number, noun: keyof typeof NOUNS, language: 'da' | 'en'): string {
  const [one, many] = NOUNS[noun][language];
  return `${n} ${n === 1 ? one : many}`;
}
