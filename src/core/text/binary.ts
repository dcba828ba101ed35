/**
 * True for content that is not text: a NUL character, or many control
 * characters near the start, as in images, archives and office files read
 * as if they were Markdown.
 */
export function isBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
