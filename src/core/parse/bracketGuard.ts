import { addRange, blankRanges } from './blankRanges';

/**
 * Protects the Markdown parser from long runs of unclosed link brackets.
 *
 * micromark looks back over every open `[` when it meets a `]` or the end of a
 * paragraph, so a paragraph of thousands of nested or unclosed brackets takes
 * quadratic time (100 KB of `[[[…]]]` took 20 s). No real text opens more than
 * a few brackets at once, so within one paragraph every `[` beyond the limit
 * of open ones is replaced by a space before parsing: same length, so every
 * offset stays valid. Closing brackets that close nothing are limited the same
 * way, since a long run of them is just as slow. Words are untouched, so recognition sees the same text.
 */
const MAX_OPEN_BRACKETS = 32;

export function guardBrackets(text: string, limit = MAX_OPEN_BRACKETS): string {
  let open = 0;
  // Closing brackets with nothing to close cost micromark as much as open ones.
  let unmatched = 0;
  const masked: Array<[number, number]> = [];
  let lineHasText = false;
  // Where the next `[` and `]` stand (-1: none left), each found again only once passed, so the jumps below stay linear.
  let nextOpen = -2;
  let nextClose = -2;
  for (let i = 0; i < text.length; i++) {
    if (open === 0 && unmatched === 0) {
      // Nothing is open, so a blank line has nothing to reset: jump to the next bracket (most text has few).
      if (nextOpen !== -1 && nextOpen < i) nextOpen = text.indexOf('[', i);
      if (nextClose !== -1 && nextClose < i) nextClose = text.indexOf(']', i);
      const next = nextOpen < 0 ? nextClose : nextClose < 0 ? nextOpen : Math.min(nextOpen, nextClose);
      if (next < 0) break;
      i = next;
      lineHasText = true;
    }
    const code = text.charCodeAt(i);
    if (code === 10) {
      // A blank line ends the paragraph, and with it every open bracket.
      if (!lineHasText) open = unmatched = 0;
      lineHasText = false;
      continue;
    }
    if (code !== 32 && code !== 9 && code !== 13) lineHasText = true;
    let mask = false;
    if (code === 93) {
      if (open > 0) open--;
      else if (unmatched < limit) unmatched++;
      else mask = true;
    } else if (code === 91) {
      if (open < limit) open++;
      else mask = true;
    }
    if (mask) addRange(masked, i, i + 1);
  }
  return blankRanges(text, masked);
}
