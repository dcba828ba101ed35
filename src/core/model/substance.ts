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
    // A draft's open point in brackets: "[Afventer input fra Borgerservice]", "[Frekvens og format aftales.]",
    // "[ÅBENT PUNKT Å3]", "[dato]". The lookahead first makes sure the bracket closes before the next one, and
    // every scan stops at the next bracket, so "[dato dato dato …" without an end stays linear.
    String.raw`\[(?=[^\][\n]*\])[^\][\n]*?(?<![\p{L}\p{N}])(?:udfyld\p{L}*|uddyb\p{L}*|indsættes|skrives|afklares|aftales|afventer|åbent punkt|tekst følger|dato|xx+|tbc|fylles ut|avklares|under utarbeidelse|fylls i|klargörs|to be (?:confirmed|decided|agreed|added))(?![\p{L}\p{N}])[^\][\n]*\]`,
    // Alternatives left for the author to choose between: "[hvert kvartal / hvert halve år]", "[årligt eller halvårligt]".
    String.raw`\[[^\][\n/]{1,60} (?:/|eller|or) [^\][\n]{1,60}\]`,
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

/**
 * Every placeholder holds one of these (a bracket, a brace, or one of the
 * words), read with the same flags: most paragraphs hold none, and this test
 * is far cheaper than trying every alternative above at every position.
 */
const MAY_HOLD_PLACEHOLDER = /[[<{]|todo|tbd|fixme|xxx|lorem/iu;

export function stripPlaceholders(text: string): { text: string; count: number } {
  if (!MAY_HOLD_PLACEHOLDER.test(text)) return { text, count: 0 };
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
