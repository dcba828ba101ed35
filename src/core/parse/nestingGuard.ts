import { lineEnds, nextLineStart } from '../text/lineBreaks';

/**
 * Protects the Markdown parser from pathologically deep nesting.
 *
 * micromark's cost grows quadratically with container depth and it overflows
 * the stack on a few thousand nested lists or block quotes. No real strategy
 * nests more than a handful of levels, so each run of lines whose container
 * prefix is deeper than the limit is turned into an HTML comment of exactly
 * the same length (so every offset stays valid) before parsing, and reported
 * to the user. The comment is one line: its inner line breaks become spaces,
 * because the parser pays for every line, and nothing reads the line numbers
 * of the Markdown tree (positions come from the document's own line index). A comment at the start of a line closes
 * the open lists and is scanned in linear time, where blank lines inside
 * dozens of open containers would not be.
 */
const MAX_NESTING = 16;

export interface GuardedText {
  /** The text to parse; identical to the input unless lines were blanked. */
  text: string;
  /** Offset ranges of runs of blanked lines. */
  blanked: Array<{ start: number; end: number; depth: number }>;
}

/** Estimates how many containers (quotes, list items, indentation) a line opens. */
function lineNestingDepth(text: string, start: number, end: number): number {
  let depth = 0;
  let columns = 0;
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === ' ') {
      columns += 1;
      i++;
    } else if (ch === '\t') {
      columns += 4;
      i++;
    } else if (ch === '>') {
      depth++;
      i++;
    } else if ((ch === '-' || ch === '*' || ch === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      depth++;
      i += 2;
    } else if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < end && j - i < 9 && text[j] >= '0' && text[j] <= '9') j++;
      if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
        depth++;
        i = j + 2;
      } else break;
    } else break;
  }
  return depth + Math.floor(columns / 2);
}

/*
 * A line deeper than the limit starts with at least this many characters
 * that open containers or indent: each adds at most two levels (a tab is
 * four columns). The engine's own search finds such lines, so the many
 * lines of prose are never looked at one character at a time.
 */
const DEEP_LINE_CANDIDATE = (limit: number) => new RegExp(`^[ \\t>*+\\-.)0-9]{${Math.floor(limit / 2) + 1}}`, 'gm');

export function guardNesting(text: string, limit = MAX_NESTING): GuardedText {
  const blanked: GuardedText['blanked'] = [];
  const lineEndFrom = lineEnds(text);
  for (const candidate of text.matchAll(DEEP_LINE_CANDIDATE(limit))) {
    const lineStart = candidate.index;
    // `^` also matches after U+2028 and U+2029, which do not end a Markdown line.
    if (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') continue;
    const lineEnd = lineEndFrom(lineStart);
    const depth = lineNestingDepth(text, lineStart, lineEnd);
    if (depth <= limit) continue;
    const last = blanked[blanked.length - 1];
    if (last && nextLineStart(text, last.end) === lineStart) {
      last.end = lineEnd;
      last.depth = Math.max(last.depth, depth);
    } else blanked.push({ start: lineStart, end: lineEnd, depth });
  }
  if (blanked.length === 0) return { text, blanked };
  // One pass that turns each run into a comment: splicing run by run copied
  // the whole text once per run, which was quadratic in the number of runs.
  const parts: string[] = [];
  let copied = 0;
  for (const run of blanked) {
    parts.push(text.slice(copied, run.start), asComment(run.end - run.start));
    copied = run.end;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), blanked };
}

/** An HTML comment on one line, as long as the blanked run. */
function asComment(length: number): string {
  return length < 7 ? ' '.repeat(length) : `<!--${' '.repeat(length - 7)}-->`;
}
