/**
 * The text with each range replaced by as many spaces, in one pass (ranges in
 * order and not overlapping): how every parser guard defuses input while
 * keeping the text's length, so every offset stays valid.
 */
export function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(copied, start), ' '.repeat(end - start));
    copied = end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Adds a range after the last one, joining the two when they touch (a run of masked characters stays one range). */
export function addRange(ranges: Array<[number, number]>, start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last[1] === start) last[1] = end;
  else ranges.push([start, end]);
}
