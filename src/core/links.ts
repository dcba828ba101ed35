import { columnByNumber } from './catalogue/columns';
import { DEFAULT_DOCS_URL, type ResolvedConfig } from './config/types';
import { encodeHref, expandUrlTemplate } from './config/urlTemplate';
import type { Language } from './i18n/localized';
import { coreMessage } from './i18n/messages';

/*
 * Where links go. Column links follow the user's `columnsUrl` template (for
 * example an intranet copy of the collection with `#page={page}`); without
 * one they go to the project's own column pages. Rule links go to the rule's
 * docs page.
 *
 * Every link leaves here percent-encoded and checked, whatever the caller
 * passed in: a library user may hand `lint` a resolved configuration that
 * never went through the sanitiser, and these strings go straight into
 * Markdown and diagnostics.
 */

export function columnPageName(number: number): string {
  return `${String(number).padStart(2, '0')}.md`;
}

export function columnUrl(number: number, config: Pick<ResolvedConfig, 'columnsUrl' | 'docsUrl'>): string {
  const column = columnByNumber(number);
  const custom = config.columnsUrl ? expandUrlTemplate(config.columnsUrl, { column: column.number, page: column.page }) : undefined;
  return custom ?? `${docsBase(config)}columns/${columnPageName(number)}`;
}

export function ruleUrl(ruleId: string, config: Pick<ResolvedConfig, 'docsUrl'>): string {
  return `${docsBase(config)}rules/${encodeHref(ruleId)}.md`;
}

/** The docs base as a safe href ending in `/`; the project's own pages when the configured one is unusable. */
function docsBase(config: Pick<ResolvedConfig, 'docsUrl'>): string {
  const base = config.docsUrl ? expandUrlTemplate(config.docsUrl) : undefined;
  if (base === undefined) return DEFAULT_DOCS_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

/** "Klumme 7, *Digitalisering uden inklusion fører til hvide elefanter*, s. 18" */
export function citeColumn(number: number, language: Language, options: { markdown?: boolean } = {}): string {
  const column = columnByNumber(number);
  const title = options.markdown === false ? column.title : `*${column.title}*`;
  return coreMessage('citeColumn', language, { number: column.number, title, page: column.page });
}
