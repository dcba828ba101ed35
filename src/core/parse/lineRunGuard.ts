import { blankRanges } from './blankRanges';

/**
 * Protects the Markdown parser from paragraphs of thousands of lines.
 *
 * micromark's cost per line ending inside one paragraph grows with the
 * paragraph (100 KB of one-word lines took 2.5 s, 400 KB took 10 s). No real
 * strategy has a paragraph of more than a few dozen lines, so in a run of more
 * than `MAX_PARAGRAPH_LINES` plain lines (each starting with a letter, no
 * table pipes, outside code fences) the line breaks are replaced by spaces
 * before parsing. A soft line break and a space mean the same in Markdown, the
 * text keeps its length, and so every offset stays valid.
 */
const MAX_PARAGRAPH_LINES = 64;

const PLAIN_LINE = /^ {0,3}\p{L}[^|]*$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  /** End of the line break. */
  next: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: contentEnd, next: Math.min(end + 1, text.length + 1) });
    start = end + 1;
  }
  return lines;
}

export function guardLongParagraphs(text: string, limit = MAX_PARAGRAPH_LINES): string {
  // Cheap exit: a text with fewer lines than the limit cannot hold such a run.
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && breaks <= limit; i = text.indexOf('\n', i + 1)) breaks++;
  if (breaks <= limit) return text;
  const lines = linesOf(text);
  const joined: Array<[number, number]> = [];
  let fence: string | undefined;
  let runStart = -1;
  const closeRun = (runEnd: number) => {
    // Lines runStart … runEnd - 1 are plain; join them when there are too many.
    if (runStart >= 0 && runEnd - runStart > limit) {
      for (let l = runStart; l < runEnd - 1; l++) {
        const line = lines[l];
        const content = text.slice(line.start, line.end);
        // A hard break (two spaces or a backslash at the end) must stay a break.
        if (content.endsWith('  ') || content.endsWith('\\')) continue;
        joined.push([line.end, line.next]);
      }
    }
    runStart = -1;
  };
  lines.forEach((line, index) => {
    const content = text.slice(line.start, line.end);
    const opener = FENCE.exec(content)?.[1];
    if (fence !== undefined) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      return;
    }
    if (opener) {
      closeRun(index);
      fence = opener;
      return;
    }
    if (PLAIN_LINE.test(content)) {
      if (runStart < 0) runStart = index;
    } else closeRun(index);
  });
  closeRun(lines.length);
  return blankRanges(text, joined);
}
