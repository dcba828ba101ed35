// The longest stall of the extension host's thread while the extension
// checks a document: opening it, then five edits in the middle, each awaited.
// "inline" is the extension's former path (the core on the calling thread);
// "worker" is the path it takes now (dist/checkWorker.cjs through the same
// client the extension uses). A 1 ms ticker measures the thread: the longest
// gap between its ticks is the stall anything else on the thread (hovers of
// other documents, save participants) would have waited.
//   npm run build && npx tsx bench/mainThreadStall.ts
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultConfig } from '../src/core/config/types';
import { InlineBackend, WorkerBackend, type CheckBackend } from '../src/extension/worker/client';
import { spawnNodeWorker } from '../src/extension/worker/nodeWorker';
import { checkSnapshot } from '../src/extension/worker/takeSnapshot';
import { scaled, typedInMiddle } from './scaled';

const config = defaultConfig();

async function stall(backend: CheckBackend, text: string): Promise<{ stall: number; open: number; total: number; busy: number }> {
  const utilisation = performance.eventLoopUtilization();
  let last = performance.now();
  let worst = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    if (process.env.STALL_DEBUG && now - last > 30) console.log(`gap ${(now - last).toFixed(0)} ms at ${(now - started).toFixed(0)} ms`);
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  await backend.check('doc', 1, text, config);
  // Opening the document: its first check, from the text sent to the result back (what the editor shows as diagnostics).
  const open = performance.now() - started;
  for (let edit = 1; edit <= 5; edit++) {
    // A turn of the event loop between edits, as between keystrokes.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await backend.check('doc', edit + 1, typedInMiddle(text, edit), config);
  }
  const total = performance.now() - started;
  clearInterval(ticker);
  worst = Math.max(worst, performance.now() - last);
  // Time the thread spent running anything (the ticker included), not waiting: an upper bound of our own work on it.
  const busy = performance.eventLoopUtilization(utilisation).active;
  return { stall: worst, open, total, busy };
}

/** The extension's checking worker (dist/checkWorker.cjs) through the client the extension uses. */
function checkingWorker(): WorkerBackend {
  return new WorkerBackend(() => spawnNodeWorker(join(import.meta.dirname, '..', 'dist', 'checkWorker.cjs')), () => {
    throw new Error('the worker failed to start: run npm run build');
  });
}

/**
 * The editor's own path after a keystroke, through the checking worker as the extension uses it: the text sent, the
 * incremental re-check, the snapshot taken and sent back. Round trips of `edits` one-character edits, in ms.
 */
export async function editRoundTrips(text: string, edits: number): Promise<number[]> {
  const worker = checkingWorker();
  // Untimed: the document's opening and one edit, as the core's own measure is warmed up.
  await worker.check('doc', 1, text, config);
  await worker.check('doc', 2, typedInMiddle(text, 0), config);
  const times: number[] = [];
  for (let edit = 1; edit <= edits; edit++) {
    const edited = typedInMiddle(text, edit);
    const started = performance.now();
    await worker.check('doc', edit + 2, edited, config);
    times.push(performance.now() - started);
  }
  worker.dispose();
  return times;
}

export async function measureStalls(sizes: Array<[string, number]>): Promise<string[][]> {
  const rows: string[][] = [];
  const worker = checkingWorker();
  const inline = new InlineBackend(checkSnapshot);
  // Warm-up of both paths (JIT, the worker's start).
  await stall(inline, scaled(20 * 1024));
  await stall(worker, scaled(20 * 1024));
  for (const [label, bytes] of sizes) {
    const text = scaled(bytes);
    const before = await stall(inline, text);
    const after = await stall(worker, text);
    rows.push([
      label,
      `${before.stall.toFixed(0)} ms`,
      `${after.stall.toFixed(1)} ms`,
      `${after.open.toFixed(0)} ms`,
      `${before.total.toFixed(0)} ms`,
      `${after.total.toFixed(0)} ms`,
      `${before.busy.toFixed(0)} ms`,
      `${after.busy.toFixed(0)} ms`,
    ]);
  }
  worker.dispose();
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureStalls([
    ['150 KB', 150 * 1024],
    ['350 KB', 350 * 1024],
    ['1 MB', 1024 * 1024],
  ]);
  const header = ['size', 'longest stall, inline', 'longest stall, worker', 'open → result, worker', 'open + 5 edits, inline', 'open + 5 edits, worker', 'thread busy, inline', 'thread busy, worker'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
}
