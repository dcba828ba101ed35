import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';

/** The readiness report's Markdown as HTML: micromark escapes raw HTML, so document text stays inert. */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
}
