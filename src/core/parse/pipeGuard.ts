import { addRange, blankRanges } from './blankRanges';

/**
 * Protects the Markdown parser from lines made of thousands of table pipes.
 *
 * The GFM table extension tries every paragraph line as a table row and
 * makes a token per cell, so 1 MB of `|` took 3 s to parse, ten times what
 * the same length of prose takes. No table a person reads has more than a
 * few dozen columns, so on each line every `|` beyond the limit is replaced
 * by a space before parsing: same length, so every offset stays valid.
 */
const MAX_PIPES_PER_LINE = 128;

export function guardPipes(text: string, limit = MAX_PIPES_PER_LINE): string {
  if (!text.includes('|')) return text;
  let pipes = 0;
  const masked: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) pipes = 0;
    else if (ch === 124 && ++pipes > limit) addRange(masked, i, i + 1);
  }
  return blankRanges(text, masked);
}
