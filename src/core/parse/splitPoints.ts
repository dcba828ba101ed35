import { lineEnds, nextLineStart } from '../text/lineBreaks';
import { FENCE_OPENING } from './openFence';

/**
 * Offsets where a Markdown text can be cut into independently parsable
 * chapters: the start of an ATX heading line that follows a blank line and
 * lies outside fenced code and outside HTML blocks that survive blank lines
 * (comments, <pre>, <script>, <style>, <textarea>, processing instructions,
 * declarations, CDATA). After a blank line such a heading closes every open
 * list, quote and paragraph, so nothing before it continues after it.
 * Never inside the YAML frontmatter, whose comments look like headings.
 * Points are at least `minimumGap` characters apart.
 *
 * A text without such headings can still be one long list, which is what
 * micromark handles worst: every item that closes a nested one copies all
 * events so far, so 167 KB of three-level bullets took 13 s and 1 MB of
 * nested items 15 s. Once a chapter has grown past `listGap` it is also cut
 * before a top-level bullet item ("- tekst" at the margin, outside fences
 * and HTML): such a line always starts a new item of the top-level list, so
 * the cut only splits one list node into two with the same items, which the
 * document model does not distinguish (a test holds the models equal).
 */
export function safeSplitPoints(text: string, minimumGap: number, listGap = LIST_GAP): Array<{ offset: number; line: number }> {
  const points: Array<{ offset: number; line: number }> = [];
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  // HTML blocks of CommonMark's kinds 6 and 7 run to the next blank line.
  let htmlUntilBlank = false;
  let previousBlank = true;
  let lastPoint = 0;
  let line = 1;
  let start = 0;
  // Frontmatter: from an opening `---` line to the closing `---` line (none: no split points at all).
  let frontmatter = /^---[ \t]*(?:\r\n|\r|\n)/.test(text);
  const lineEndFrom = lineEnds(text);
  while (start < text.length) {
    const end = lineEndFrom(start);
    const next = nextLineStart(text, end);
    // Most lines are prose or empty. Neither can open or close a fence, a heading, a list item, HTML or the
    // frontmatter (an empty line ends no HTML block of the kinds that survive blank lines); either only ends an HTML
    // block that a blank line ends.
    const empty = end === start;
    if (!htmlEnd && (empty || opensPlainLine(text.charCodeAt(start)))) {
      if (!frontmatter && !fence && previousBlank) htmlUntilBlank = false;
      previousBlank = empty;
      start = next;
      line++;
      continue;
    }
    const content = text.slice(start, end);
    if (frontmatter) {
      if (start > 0 && /^---[ \t]*$/.test(content)) frontmatter = false;
    } else if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(content);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
    } else {
      const open = FENCE_OPENING.exec(content);
      if (open) fence = { char: open[1][0], length: open[1].length };
      else {
        htmlEnd = htmlBlockEnd(content);
        if (previousBlank) htmlUntilBlank = false;
        if (!htmlEnd && HTML_UNTIL_BLANK.test(content)) htmlUntilBlank = true;
        const heading = previousBlank && /^#{1,6}(?:[ \t]|$)/.test(content) && start - lastPoint >= minimumGap;
        const listItem = !htmlUntilBlank && TOP_LEVEL_BULLET.test(content) && !THEMATIC_BREAK.test(content) && start - lastPoint >= listGap;
        if (heading || listItem) {
          points.push({ offset: start, line });
          lastPoint = start;
        }
      }
    }
    previousBlank = content.trim() === '';
    start = next;
    line++;
  }
  return points;
}

/** A chapter this long may also end before a top-level bullet item: small, because the cost of a list grows with its square. */
const LIST_GAP = 8 * 1024;
/** A bullet item at the margin with content: it interrupts a paragraph and closes every container but its list. */
const TOP_LEVEL_BULLET = /^[-*+][ \t]+\S/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})$/;
/** The start of an HTML block that a blank line ends (tags, closing tags); erring towards HTML only removes cut points. */
const HTML_UNTIL_BLANK = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/;

/** The HTML blocks that may contain blank lines: how each opens, and what ends it. */
const HTML_BLOCKS: Array<[RegExp, RegExp]> = [
  [/^<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** For an HTML block that may contain blank lines, the pattern that ends it. */
function htmlBlockEnd(line: string): RegExp | undefined {
  // Every such block starts with "<" after at most three spaces; most lines are prose and stop here.
  const first = line.search(/[^ ]/);
  if (first < 0 || first > 3 || line[first] !== '<') return undefined;
  const trimmed = line.slice(first);
  for (const [opens, closes] of HTML_BLOCKS) {
    if (opens.test(trimmed)) return closes.test(trimmed.replace(opens, '')) ? undefined : closes;
  }
  return undefined;
}

/** A line starting with a letter or digit (ASCII or Latin): prose, or an ordered item, never a line the cuts look at. */
function opensPlainLine(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}
