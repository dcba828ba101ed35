// Speed of Strategitjek beside markdownlint (default rules), measured in the
// same process on the same text: the bundled example scaled to about 350 KB
// and 3.5 MB. Prints a table; the figures belong in reports, not in tests.
//   npm run bench
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint as markdownlint } from 'markdownlint/sync';
import { PATHOLOGICAL_SHAPES } from '../test/helpers/pathological';
import { lint } from '../src/core/lint';

const example = readFileSync(join(import.meta.dirname, '..', 'examples', 'aarby-digitaliseringsstrategi.md'), 'utf8');
const [frontmatterAndTitle, ...chapters] = example.split(/^(?=## )/m);

/** The example with its chapters repeated (and renumbered) until the text reaches the size. */
function scaled(bytes: number): string {
  const parts = [frontmatterAndTitle];
  let size = frontmatterAndTitle.length;
  for (let round = 1; size < bytes; round++) {
    for (const chapter of chapters) {
      const copy = chapter.replace(/^## (\d+\.)?/, `## ${round}.`);
      parts.push(copy);
      size += copy.length;
    }
  }
  return parts.join('');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function once(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Runs both tools alternately, so a slow phase of the machine hits both alike. */
function race(ours: () => void, theirs: () => void, repetitions: number): [number, number] {
  ours(); // warm-up: JIT and lazily built parsers
  theirs();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    a.push(once(ours));
    b.push(once(theirs));
  }
  return [median(a), median(b)];
}

const rows: string[][] = [];
for (const [label, bytes, repetitions] of [
  ['350 KB', 350 * 1024, 7],
  ['3.5 MB', 3.5 * 1024 * 1024, 3],
] as const) {
  const text = scaled(bytes);
  const [ours, theirs] = race(() => lint(text), () => markdownlint({ strings: { strategy: text } }), repetitions);
  rows.push([label, `${(text.length / 1024).toFixed(0)} KB`, `${ours.toFixed(0)} ms`, `${theirs.toFixed(0)} ms`, (ours / theirs).toFixed(2)]);
}

const header = ['size', 'chars', 'strategitjek', 'markdownlint (default rules)', 'ratio (lower is faster)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`Node ${process.version}, median of warm runs taken alternately, same process, same text`);
console.log(line(header));
for (const row of rows) console.log(line(row));

// Inputs that were once superlinear (issue 9): every shape at 10 KB and 100 KB
// beside markdownlint on the same text. Linear growth shows as a time about
// ten times larger at the larger size.
const shapeRows: string[][] = [];
for (const [name, make] of Object.entries(PATHOLOGICAL_SHAPES)) {
  const cells = [name];
  for (const bytes of [10 * 1024, 100 * 1024]) {
    const text = make(bytes);
    const [ours, theirs] = race(() => lint(text), () => markdownlint({ strings: { strategy: text } }), 3);
    cells.push(`${ours.toFixed(0)} ms`, `${theirs.toFixed(0)} ms`);
  }
  shapeRows.push(cells);
}
const shapeHeader = ['pathological shape', 'ours 10 KB', 'markdownlint 10 KB', 'ours 100 KB', 'markdownlint 100 KB'];
const shapeWidths = shapeHeader.map((h, i) => Math.max(h.length, ...shapeRows.map((r) => r[i].length)));
console.log('');
console.log(shapeHeader.map((c, i) => c.padEnd(shapeWidths[i])).join('  '));
for (const row of shapeRows) console.log(row.map((c, i) => c.padEnd(shapeWidths[i])).join('  '));
