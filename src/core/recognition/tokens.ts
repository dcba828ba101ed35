import { splitSentences } from '../text/sentences';

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
  /** The parts of a hyphenated word ("med-udvalget" → med, udvalget); absent for plain words. */
  parts?: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|%/gu;

/** Strips trailing apostrophes and dashes by a loop: a regex anchored at the end backtracks on long runs. */
function trimTail(word: string): string {
  let end = word.length;
  while (end > 1) {
    const ch = word[end - 1];
    if (ch !== '-' && ch !== '\'' && ch !== '’') break;
    end--;
  }
  return end === word.length ? word : word.slice(0, end);
}

/**
 * Splits text into words and numbers them by sentence, with the core's one
 * sentence splitter (so "bl.a." or "f.eks." never ends a sentence). A table
 * cell boundary (`|`) also ends a sentence, so context never leaks between cells.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const spans = splitSentences(text);
  let sentence = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    while (sentence < spans.length - 1 && start >= spans[sentence].end) sentence++;
    const raw = trimTail(match[0]);
    const norm = raw.toLowerCase();
    const token: Token = { norm, raw, start, end: start + raw.length, sentence };
    if (norm.includes('-')) token.parts = norm.split('-').filter((part) => part.length > 0);
    tokens.push(token);
  }
  return tokens;
}
