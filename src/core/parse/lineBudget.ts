import { blankRanges } from './blankRanges';
import { FENCE_OPENING } from './openFence';

/**
 * Keeps the Markdown parser's time proportional to the characters of a text,
 * whatever its shape.
 *
 * micromark spends roughly 10–20 µs on every line and 60–100 µs on every
 * block however short they are, against well under 1 µs per character of
 * prose. A text of a million empty lines, tiny paragraphs, one-character list
 * items or a megabyte of short code lines therefore took 10–45 s, where a
 * megabyte of real strategy text takes about one. No real document has
 * thousands of such lines in a row, so lines are paid for from a budget: each
 * character earns one unit, each line costs `LINE_COST` and each line that
 * starts a block `BLOCK_COST` more. Prose earns far more than it costs; the
 * budget saves up to `SAVINGS` units, enough for a few thousand short lines
 * in a row (a long list of short items, a table, a stretch of blank lines).
 * When it runs dry, the lines that follow are skipped until the text has
 * saved `RESUME` units again (a few lines of real text) or a line pays for
 * itself: a run of skipped lines, its inner line breaks included, is
 * replaced by spaces, so the parser sees one blank line and every offset
 * stays valid. The runs are reported to the user (the `readable-text` rule).
 *
 * Nothing else changes meaning (the frontmatter is never given to it, see
 * `buildDocument`). A line that may open or close a fenced code block is never skipped, except in a
 * run that starts and ends outside any top-level fence, so code never leaks
 * into the text after a run. Lines that may end an HTML block (`-->`, `?>`,
 * `]]>`, a closing tag) are never skipped either.
 */
const LINE_COST = 16;
const BLOCK_COST = 64;
/** A blank line is cheaper than a line with text, but not free. */
const BLANK_LINE_COST = 24;
/**
 * Lines with less text than this cost twice: a flood of them makes one long
 * list or a chain of tiny paragraphs, which costs the parser more per line
 * than the short lists and paragraphs of real text.
 */
const SHORT_LINE = 16;
/** What each level of indentation or quoting costs a line: the parser checks every open container on every line. */
const DEPTH_COST = 24;
const SAVINGS = 64_000;
/** Once lines are skipped, parsing resumes when the text has saved this much again (or a line pays for itself). */
const RESUME = 256;
/**
 * A skipped line's characters earn this many times less: real text never
 * gets here, and a flood then pays for few of its own lines.
 */
const SKIPPED_EARNS_LESS = 4;
/**
 * A line with real text (not short) may run the budget this far into debt,
 * so that the text right after a flood is parsed rather than skipped with it.
 * Skipped lines pay the debt back; the parser's time stays bounded.
 */
const DEBT = 2_000;

const CONTAINER_FENCE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})/;
const HTML_END = /-->|\?>|\]\]>|<\//g;
const BLOCK_START = /^[ \t>]*(?:[-*+#<]|\d{1,9}[.)])/;

export interface BudgetedText {
  /** The text to parse; identical to the input unless runs were skipped. */
  text: string;
  /** Offset ranges of skipped runs, from the first skipped character to the last. */
  skipped: Array<{ start: number; end: number }>;
}

/** A run of skipped lines being built. */
interface SkippedRun {
  start: number;
  /** Where its last line's content ends. */
  end: number;
  /** The top-level fence open where the run starts, and where it ends. */
  fence: string | undefined;
  fenceAtEnd: string | undefined;
  /** The end of its last line after which the fence state was the one at its start. */
  safeEnd: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;
/** The characters a block marker, fence or container starts with. */
const MARKER_CHARACTERS = '`~>-*+#<0123456789';

export function budgetLines(text: string): BudgetedText {
  const skipped: BudgetedText['skipped'] = [];
  let credit = SAVINGS;
  let previousBlank = true;
  // The top-level fence open at the current line, if any (its marker).
  let fence: string | undefined;
  let run: SkippedRun | undefined;
  const closeRun = () => {
    // A run must leave the fence state as it found it; else it ends at its last line that did.
    const end = run && run.fenceAtEnd !== run.fence ? run.safeEnd : run?.end;
    if (run && end !== undefined && end > run.start) skipped.push({ start: run.start, end });
    run = undefined;
  };

  // The next place an HTML block may end, found once and reused by every line before it (a search per line could rescan the same long stretch).
  let htmlEnd = -1;
  // Without a carriage return, indexOf finds each line's end several times faster than the pattern.
  const withCarriageReturns = text.includes('\r');
  const lineEnd = (from: number): number => {
    if (withCarriageReturns) {
      LINE_BREAK.lastIndex = from;
      return LINE_BREAK.exec(text)?.index ?? text.length;
    }
    const at = text.indexOf('\n', from);
    return at < 0 ? text.length : at;
  };
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(start);
    const next = end === text.length ? end : text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const line = { start, end, next };
    start = next;
    let first = line.start;
    let columns = 0;
    for (let code = text.charCodeAt(first); first < line.end && (code === 32 || code === 9 || code === 62); code = text.charCodeAt(++first)) {
      columns += code === 9 ? 4 : code === 62 ? 2 : 1;
    }
    const blank = first === line.end;
    // Only a line that starts with a marker character can open a block, a fence or a container, so only such a
    // line is looked at closer (by its first 256 characters); most lines of a flood are not.
    const head = !blank && MARKER_CHARACTERS.includes(text[first]) ? text.slice(line.start, Math.min(line.end, line.start + 256)) : '';
    if (htmlEnd < line.start) {
      HTML_END.lastIndex = line.start;
      htmlEnd = HTML_END.exec(text)?.index ?? text.length;
    }
    const fenceBefore = fence;
    const topFence = head && FENCE_OPENING.exec(head)?.[1];
    if (topFence) {
      if (fence === undefined) fence = topFence;
      else if (topFence[0] === fence[0] && topFence.length >= fence.length && head.trim() === topFence) fence = undefined;
    }
    // A line break earns one unit whatever its kind, so CRLF and CR texts are judged exactly as LF ones.
    const earned = line.end - line.start + (line.next > line.end ? 1 : 0);
    const short = line.end - first < SHORT_LINE;
    // After a skipped run the parser sees one blank line, so the line starts a block.
    const startsBlock = !blank && (previousBlank || run !== undefined || (head !== '' && BLOCK_START.test(head)));
    const cost = blank
      ? BLANK_LINE_COST
      : (LINE_COST + (startsBlock ? BLOCK_COST : 0) + DEPTH_COST * Math.floor(columns / 2)) * (short ? 2 : 1);
    const unskippable = (!topFence && head !== '' && CONTAINER_FENCE.test(head)) || htmlEnd < line.end;
    const affordable = short ? (run ? credit >= RESUME : credit + earned - cost >= 0) : credit + earned - cost >= -DEBT;
    const parsed = unskippable || earned >= cost || affordable;
    if (parsed) {
      credit = Math.min(SAVINGS, credit + earned - cost);
      closeRun();
      previousBlank = blank;
      continue;
    }
    // Skipped: the parser will not see the line, so it costs nothing, and its characters earn a quarter.
    credit = Math.min(SAVINGS, credit + earned / SKIPPED_EARNS_LESS);
    previousBlank = blank;
    run ??= { start: line.start, end: line.start, fence: fenceBefore, fenceAtEnd: fenceBefore, safeEnd: line.start };
    run.end = line.end;
    run.fenceAtEnd = fence;
    if (fence === run.fence) run.safeEnd = line.end;
  }
  closeRun();
  return { text: blankRanges(text, skipped.map((run) => [run.start, run.end] as const)), skipped };
}
