// markdownlint (default rules) on the text read from stdin, in its own process, so that `npm run bench`
// can stop the peer where it is superlinear: on some pathological shapes of issue 9 it takes minutes
// at 100 KB (nested brackets: 2 s at 10 KB), which once kept the whole benchmark from finishing.
// Prints the median of up to three timed runs in milliseconds, after a warm-up on a small text.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lint } from 'markdownlint/sync';

const text = readFileSync(0, 'utf8');
lint({ strings: { warmup: '# Warm-up\n\nA paragraph.\n' } });
const times = [];
do {
  const start = performance.now();
  lint({ strings: { strategy: text } });
  times.push(performance.now() - start);
} while (times.length < 3 && times[times.length - 1] < 1000);
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(0));
