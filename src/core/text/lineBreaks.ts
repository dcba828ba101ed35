/**
 * A function that says where the line running from an offset of `text` ends:
 * the offset of the next `\n` or `\r`, or the text's length. `\r\n`, `\r` and
 * `\n` all end a line, as in `LineIndex`. The engine's own search finds the
 * breaks several times faster than a loop over every character; a text
 * without `\r` needs only the search for `\n`.
 */
export function lineEnds(text: string): (from: number) => number {
  if (!text.includes('\r')) {
    return (from) => {
      const end = text.indexOf('\n', from);
      return end < 0 ? text.length : end;
    };
  }
  const lineBreak = /[\n\r]/g;
  return (from) => {
    lineBreak.lastIndex = from;
    return lineBreak.exec(text)?.index ?? text.length;
  };
}

/** Where the line after the one that ends at `end` starts (past `\r\n` as one break). */
export function nextLineStart(text: string, end: number): number {
  return end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : end < text.length ? 1 : 0);
}
