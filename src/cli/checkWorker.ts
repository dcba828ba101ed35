import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { loadBundle } from './codeCache';
import type { CheckJob } from './checkJob';
import type { checkJob } from './main';

/*
 * The CLI's checking worker (dist/cliCheckWorker.cjs): it receives its share of
 * a large folder's files once, checks them and sends the outcomes back in the
 * same order. It reads no files; the main thread has read them. The checker is
 * the command line's own bundle (dist/cliMain.cjs), loaded with the code cache
 * the build wrote beside it: compiling a bundle of the worker's own cost each
 * worker about a tenth of a second of CPU. The process's V8 flags, set before
 * the main thread loaded that bundle, hold here too, so the cache is taken.
 */
const { exports } = loadBundle<{ checkJob: typeof checkJob }>(join(__dirname, 'cliMain.cjs'));

parentPort!.once('message', (jobs: CheckJob[]) => {
  parentPort!.postMessage(jobs.map(exports.checkJob));
});
