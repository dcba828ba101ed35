/** A word of a text, with where it stands. */
export interface Token {
  /** Lower-cased form, used for matching. */
  norm: string;
  /** The word as written, used by case-sensitive terms such as "MED". */
  raw: string;
  start: number;
  end: number;
  /** Index of the sentence the word belongs to within the text. */
  sentence: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|%/gu;
const SENTENCE_BREAK = /[.!?;…]\s|[.!?…]$|\|/u;

/**
 * Splits text into words and numbers them by sentence. A table cell boundary
 * (`|`) also ends a "sentence", so context never leaks between cells.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    if (SENTENCE_BREAK.test(text.slice(last, start))) sentence++;
    const raw = match[0].replace(/['’-]+$/u, '');
    tokens.push({ norm: raw.toLowerCase(), raw, start, end: start + raw.length, sentence });
    last = start + raw.length;
  }
  return tokens;
}

/** True when most letters in a sentence are capitals, so case carries no meaning there. */
export function isShouting(tokens: Token[], sentence: number): boolean {
  let upper = 0;
  let letters = 0;
  for (const token of tokens) {
    if (token.sentence !== sentence) continue;
    for (const ch of token.raw) {
      if (ch.toLowerCase() === ch.toUpperCase()) continue;
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  return letters >= 8 && upper / letters > 0.6;
}
