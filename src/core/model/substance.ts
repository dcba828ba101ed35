import type { Substance } from './types';

export { countSentences } from '../text/sentences';

/**
 * Template leftovers an author forgot to replace. Bracketed prompts use the
 * imperative verbs templates use in Danish and English; `{{…}}` is a block's
 * field that was never filled in.
 */
const PLACEHOLDER = new RegExp(
  [
    String.raw`\[(?:skriv|indsæt|udfyld|tilføj|beskriv|angiv|uddyb|write|insert|add|describe|fill in|todo|tbd|tekst|text|\.\.\.|…)[^\][\n]*\]`,
    String.raw`<(?:skriv|indsæt|udfyld|tilføj|beskriv|insert|write)[^<>\n]*>`,
    String.raw`\b(?:TODO|TBD|FIXME)\b`,
    String.raw`\bX{3,}\b`,
    // A snippet field left unfilled: {{Hvad beslutter politikerne?}}
    String.raw`\{\{[^{}\n]*\}\}`,
    String.raw`\blorem ipsum(?: dolor)?(?: sit amet)?\b`,
  ].join('|'),
  'giu',
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

export function stripPlaceholders(text: string): { text: string; count: number } {
  let count = 0;
  const stripped = text.replace(PLACEHOLDER, () => {
    count++;
    return ' ';
  });
  return { text: stripped, count };
}

export function emptySubstance(): Substance {
  return { words: 0, sentences: 0, listItems: 0, tableRows: 0, placeholders: 0 };
}

export function addSubstance(total: Substance, part: Substance): Substance {
  total.words += part.words;
  total.sentences += part.sentences;
  total.listItems += part.listItems;
  total.tableRows += part.tableRows;
  total.placeholders += part.placeholders;
  return total;
}

/** Statements: the units a reader counts when asking "does it say something?". */
export function statements(substance: Substance): number {
  return substance.sentences + substance.listItems + substance.tableRows;
}
