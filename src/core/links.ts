import { columnByNumber } from './catalogue/columns';
import type { ResolvedConfig } from './config/types';
import type { Language } from './i18n/localized';

/*
 * Where links go. Column links follow the user's `columnsUrl` template (for
 * example an intranet copy of the collection with `#page={page}`); without
 * one they go to the project's own column pages. Rule links go to the rule's
 * docs page.
 */

export function columnPageName(number: number): string {
  return `${String(number).padStart(2, '0')}.md`;
}

export function columnUrl(number: number, config: Pick<ResolvedConfig, 'columnsUrl' | 'docsUrl'>): string {
  const column = columnByNumber(number);
  if (config.columnsUrl) {
    return config.columnsUrl.replace(/\{column\}/g, String(column.number)).replace(/\{page\}/g, String(column.page));
  }
  return `${config.docsUrl}columns/${columnPageName(number)}`;
}

export function ruleUrl(ruleId: string, config: Pick<ResolvedConfig, 'docsUrl'>): string {
  return `${config.docsUrl}rules/${ruleId}.md`;
}

/** "Klumme 7, *Digitalisering uden inklusion fører til hvide elefanter*, s. 18" */
export function citeColumn(number: number, language: Language, options: { markdown?: boolean } = {}): string {
  const column = columnByNumber(number);
  const title = options.markdown === false ? column.title : `*${column.title}*`;
  return language === 'da'
    ? `Klumme ${column.number}, ${title}, s. ${column.page}`
    : `Column ${column.number}, ${title}, p. ${column.page}`;
}

/** "Klumme 11 · Digitalisering er som håndbold · s. 26" — short, for hovers and lists. */
export function shortColumnLabel(number: number, language: Language): string {
  const column = columnByNumber(number);
  const title = column.title.split(' – ')[0];
  return language === 'da' ? `Klumme ${column.number} · ${title} · s. ${column.page}` : `Column ${column.number} · ${title} · p. ${column.page}`;
}
