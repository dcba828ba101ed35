/**
 * Text with every line break made `\n`, and the way back to the original
 * offsets. Libraries that only know `\n` (the YAML parser treats a lone `\r`
 * as ordinary text, and reports CRLF positions between `\r` and `\n`) are
 * given the normalised text, and every position they report is mapped back
 * here, once, at the boundary.
 */
export interface NormalisedText {
  text: string;
  /** The original offset of a normalised offset; a line break maps to its first character. */
  toOriginal(offset: number): number;
}

export function normaliseLineEndings(original: string): NormalisedText {
  if (!original.includes('\r')) return { text: original, toOriginal: (offset) => offset };
  // Normalised offsets at which a `\r\n` became `\n`: each shifts everything after it by one.
  const collapsed: number[] = [];
  let text = '';
  let from = 0;
  for (let i = 0; i < original.length; i++) {
    if (original.charCodeAt(i) !== 13) continue;
    text += original.slice(from, i) + '\n';
    if (original.charCodeAt(i + 1) === 10) {
      collapsed.push(text.length - 1);
      i++;
    }
    from = i + 1;
  }
  text += original.slice(from);
  return {
    text,
    toOriginal(offset) {
      // Count the collapses strictly before the offset: the offset of a line
      // break itself lands on its `\r`, the offset after it after the `\n`.
      let low = 0;
      let high = collapsed.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (collapsed[mid] < offset) low = mid + 1;
        else high = mid;
      }
      return offset + low;
    },
  };
}
