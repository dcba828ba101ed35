import { lineEnds } from '../text/lineBreaks';
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
  const masked: Array<[number, number]> = [];
  // Jump from pipe to pipe (most lines have none); a line break between two pipes starts the count again.
  const lineEndFrom = lineEnds(text);
  let lineEnd = -1;
  let pipes = 0;
  for (let i = text.indexOf('|'); i !== -1; i = text.indexOf('|', i + 1)) {
    if (i > lineEnd) {
      lineEnd = lineEndFrom(i);
      pipes = 0;
    }
    if (++pipes > limit) addRange(masked, i, i + 1);
  }
  return blankRanges(text, masked);
}
