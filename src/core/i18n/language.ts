import { frontmatterValue } from '../frontmatterKeys';
import { isLanguage, type Language } from './localized';

/**
 * The language a document is written in, from its frontmatter's `sprog:`.
 * English (`en`, `en-GB`, …) is English; Danish, Norwegian and Swedish are
 * read as Danish, the closest language Strategitjek speaks. Undefined when
 * the document does not say.
 */
export function documentLanguage(frontmatter: Record<string, unknown> | undefined): Language | undefined {
  const value = frontmatterValue(frontmatter, 'sprog');
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const code = value.trim().toLowerCase();
  if (code === 'en' || code.startsWith('en-') || code.startsWith('en_') || code === 'english' || code === 'engelsk') return 'en';
  if (/^(da|dansk|danish|nb|nn|no|norsk|sv|svenska|svensk)([-_].*)?$/.test(code)) return 'da';
  return undefined;
}

/**
 * The one rule for which language Strategitjek speaks, in the CLI and the
 * editor alike: the user's explicit choice (`--lang`, the `language` setting
 * or config file), else the document's `sprog:`, else Danish.
 */
export function resolveLanguage(explicit: unknown, frontmatter?: Record<string, unknown>): Language {
  if (isLanguage(explicit)) return explicit;
  return documentLanguage(frontmatter) ?? 'da';
}

/**
 * The language of text inserted into a document (section templates,
 * snippets): the document's own `sprog:`, else Danish. Never the user
 * interface's language, because the text becomes part of the document.
 */
export function templateLanguage(frontmatter: Record<string, unknown> | undefined): Language {
  return documentLanguage(frontmatter) ?? 'da';
}
