import { parentPort } from 'node:worker_threads';
import { checkJob, type CheckJob } from './checkJob';

/*
 * The CLI's checking worker (dist/cliCheckWorker.cjs): it receives its share of
 * a large folder's files once, checks them and sends the outcomes back in the
 * same order. It reads no files; the main thread has read them.
 */
parentPort!.once('message', (jobs: CheckJob[]) => {
  parentPort!.postMessage(jobs.map(checkJob));
});
