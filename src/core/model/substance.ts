import type { Substance } from './types';

/**
 * Template leftovers an author forgot to replace. Bracketed prompts use the
 * imperative verbs templates use in Danish and English.
 */
const PLACEHOLDER = new RegExp(
  [
    String.raw`\[(?:skriv|indsæt|udfyld|tilføj|beskriv|angiv|uddyb|write|insert|add|describe|fill in|todo|tbd|tekst|text|\.\.\.|…)[^\]\n]*\]`,
    String.raw`<(?:skriv|indsæt|udfyld|tilføj|beskriv|insert|write)[^>\n]*>`,
    String.raw`\b(?:TODO|TBD|FIXME)\b`,
    String.raw`\bX{3,}\b`,
    String.raw`\blorem ipsum(?: dolor)?(?: sit amet)?\b`,
  ].join('|'),
  'giu',
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_END = /[.!?…]+(?=\s|$)|:(?=\s*$)/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Counts the sentences in prose; a fragment without a full stop counts as one. */
export function countSentences(text: string): number {
  if (countWords(text) === 0) return 0;
  const ends = text.trim().match(SENTENCE_END)?.length ?? 0;
  const trailing = /[.!?…:]\s*$/u.test(text.trim()) ? 0 : 1;
  return Math.max(1, ends + trailing);
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
