import type { RootContent } from 'mdast';

/** A fenced code block at the end of a document that never closes. */
export interface OpenFence {
  /** Offset of the opening fence line. */
  start: number;
  /** The fence to close it with: the opening's character, as many times. */
  marker: string;
}

/** A line that opens a fenced code block (CommonMark: up to three spaces, three or more backticks or tildes); group 1 is the fence. */
export const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})/;

/**
 * An unclosed fence runs to the end of the document, so anything appended
 * after it (a missing section, a marker) would become code. Only the last
 * top-level block matters: a fence inside a list item or quote ends with its
 * container, and any new unindented line ends the container.
 */
export function trailingOpenFence(text: string, last: RootContent | undefined): OpenFence | undefined {
  if (last?.type !== 'code' || !last.position) return undefined;
  const start = last.position.start.offset ?? 0;
  const end = last.position.end.offset ?? text.length;
  const source = text.slice(start, end);
  const opening = FENCE_OPENING.exec(source);
  if (!opening) return undefined;
  const lines = source.split(/\r\n|\r|\n/);
  const closing = new RegExp(`^ {0,3}${opening[1][0] === '`' ? '`' : '~'}{${opening[1].length},}[ \\t]*$`);
  if (lines.length > 1 && closing.test(lines[lines.length - 1])) return undefined;
  return { start, marker: opening[1] };
}
