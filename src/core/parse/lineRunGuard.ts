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

// Both are tried at a line's start (sticky), so no line is copied out of the text to be tested.
const PLAIN_LINE = / {0,3}\p{L}[^|\n]*/uy;
const FENCE = / {0,3}(`{3,}|~{3,})/y;
// A line break inside a run, unless the line before ends in a hard break (two spaces or a backslash). A
// lone `\n` after `\r` is the rest of a CRLF whose line ended in a hard break, so it stays too.
const JOINABLE_BREAK = /(?<! {2}|\\)(?:\r\n|(?<!\r)\n)/g;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

export function guardLongParagraphs(text: string, limit = MAX_PARAGRAPH_LINES): string {
  // Cheap exit: a text with fewer lines than the limit cannot hold such a run.
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && breaks <= limit; i = text.indexOf('\n', i + 1)) breaks++;
  if (breaks <= limit) return text;
  const parts: string[] = [];
  let copied = 0;
  let fence: string | undefined;
  // The current run of plain lines: where its first line starts, where its last line ends, how many lines.
  let runStart = -1;
  let runEnd = -1;
  let runLines = 0;
  const closeRun = () => {
    if (runStart >= 0 && runLines > limit) {
      parts.push(text.slice(copied, runStart), text.slice(runStart, runEnd).replace(JOINABLE_BREAK, (lineBreak) => ' '.repeat(lineBreak.length)));
      copied = runEnd;
    }
    runStart = -1;
    runLines = 0;
  };
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const opener = matchAt(FENCE, text, start)?.[1];
    if (fence !== undefined) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
    } else if (opener) {
      closeRun();
      fence = opener;
    } else if (matchAt(PLAIN_LINE, text, start) && PLAIN_LINE.lastIndex === end) {
      if (runStart < 0) runStart = start;
      runEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
      runLines++;
    } else closeRun();
    start = end + 1;
  }
  closeRun();
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
