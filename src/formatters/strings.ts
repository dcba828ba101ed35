import type { Localized } from '../core/i18n/localized';

/** Words the formatters print around findings. */
export const STRINGS = {
  error: { da: 'fejl', en: 'error' },
  warning: { da: 'advarsel', en: 'warning' },
  info: { da: 'info', en: 'info' },
  present: { da: 'til stede', en: 'present' },
  thin: { da: 'tynd', en: 'thin' },
  missing: { da: 'mangler', en: 'missing' },
  coverage: { da: 'Dækning: {present}/10 til stede, {thin} tynde, {missing} mangler', en: 'Coverage: {present}/10 present, {thin} thin, {missing} missing' },
  totals: { da: '{problems} fund ({errors} fejl, {warnings} advarsler, {infos} info) i {files} filer', en: '{problems} findings ({errors} errors, {warnings} warnings, {infos} infos) in {files} files' },
  noFindings: { da: 'Ingen fund i {files} filer.', en: 'No findings in {files} files.' },
} satisfies Record<string, Localized>;
