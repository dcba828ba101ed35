import { elementById } from '../catalogue/elements';
import type { ElementId } from '../catalogue/elementTypes';
import { localize, type Language } from '../i18n/localized';
import { coreMessage } from '../i18n/messages';

/**
 * The Markdown for a new element section: a heading, the marker that ties it
 * to the element, and each guiding question as a placeholder the author
 * replaces. Placeholders keep the section "thin" until it is written.
 */
export function sectionMarkdown(id: ElementId, level: number, language: Language, eol: string): string {
  const element = elementById(id);
  const lead = coreMessage('templateLead', language);
  const lines = [
    `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ${localize(element.snippet.heading, language)}`,
    '',
    `<!-- strategitjek: ${id} -->`,
  ];
  for (const prompt of element.snippet.prompts) lines.push('', `[${lead}: ${localize(prompt, language)}]`);
  return lines.join(eol) + eol;
}
