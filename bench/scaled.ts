import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const example = readFileSync(join(import.meta.dirname, '..', 'examples', 'aarby-digitaliseringsstrategi.md'), 'utf8');
const [frontmatterAndTitle, ...chapters] = example.split(/^(?=## )/m);

/** The bundled example's chapters, repeated (and renumbered), until the text reaches the size. */
export function scaled(bytes: number): string {
  const parts = [frontmatterAndTitle];
  let size = frontmatterAndTitle.length;
  for (let round = 1; size < bytes; round++) {
    for (const chapter of chapters) {
      if (size >= bytes) break;
      const copy = chapter.replace(/^## (\d+\.)?/, `## ${round}.`);
      parts.push(copy);
      size += copy.length;
    }
  }
  return parts.join('');
}

/** The text with one character typed in the middle (at a line start, so it stays prose). */
export function typedInMiddle(text: string, n: number): string {
  const middle = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
  return text.slice(0, middle) + 'abcdefghij'[n % 10] + text.slice(middle);
}
