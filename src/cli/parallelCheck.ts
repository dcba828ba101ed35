import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkJob, type CheckJob, type CheckOutcome } from './checkJob';

/** `--concurrency`: how many threads check files at once; `auto` decides by the size of the work. */
export type Concurrency = number | 'auto';

/**
 * Below this much text per extra thread, starting a worker (reading and compiling the checker again, about
 * 0.15 s) costs more than it saves: a folder of a few strategies is checked on one thread.
 */
const TEXT_PER_WORKER = 256 * 1024;
const MAX_AUTO_WORKERS = 3;
/** A worker starts later than the main thread by about the time the main thread needs for this much text. */
const WORKER_START_IN_TEXT = 128 * 1024;

/** The checking worker's bundle beside the CLI's own (absent when the CLI runs from source, as in the tests). */
function workerBundle(): string | undefined {
  if (typeof __dirname !== 'string') return undefined;
  const file = join(__dirname, 'cliCheckWorker.cjs');
  return existsSync(file) ? file : undefined;
}

/** How many workers beside the main thread: as asked, or by the cores and the amount of text. */
export function workerCount(jobs: readonly CheckJob[], concurrency: Concurrency, cores = availableParallelism()): number {
  if (jobs.length < 2) return 0;
  if (concurrency !== 'auto') return Math.min(concurrency - 1, jobs.length - 1);
  const text = jobs.reduce((sum, job) => sum + job.text.length, 0);
  return Math.max(0, Math.min(cores - 1, MAX_AUTO_WORKERS, Math.floor(text / TEXT_PER_WORKER), jobs.length - 1));
}

/**
 * Shares the jobs between the main thread (share 0) and the workers, largest first, each to the share with
 * the least text so far; a worker's share starts with the text the main thread checks while the worker loads.
 */
export function shareJobs(jobs: readonly CheckJob[], workers: number): number[][] {
  const shares: number[][] = Array.from({ length: workers + 1 }, () => []);
  const load = shares.map((_, index) => (index === 0 ? 0 : WORKER_START_IN_TEXT));
  const order = jobs.map((_, index) => index).sort((a, b) => jobs[b].text.length - jobs[a].text.length || a - b);
  for (const index of order) {
    const least = load.indexOf(Math.min(...load));
    shares[least].push(index);
    load[least] += jobs[index].text.length;
  }
  // Each share is checked in the order the files were given.
  for (const share of shares) share.sort((a, b) => a - b);
  return shares;
}

/** Checks one share in a worker thread; when the worker fails, the share is checked here instead. */
async function inWorker(file: string, jobs: CheckJob[]): Promise<CheckOutcome[]> {
  // A share can be empty when more threads are asked for than the files fill: no worker for it.
  if (jobs.length === 0) return [];
  // Started at once (no await before this line): the main thread then checks its own share without yielding.
  const worker = new Worker(file);
  try {
    return await new Promise<CheckOutcome[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the checking worker exited with code ${code}`)));
      worker.postMessage(jobs);
    });
  } catch {
    return jobs.map(checkJob);
  } finally {
    void worker.terminate();
  }
}

/**
 * Checks every job and returns the outcomes in the jobs' order, the same as checking them one by one.
 * A large folder is shared between the main thread and worker threads on the other cores.
 */
export async function checkAll(jobs: readonly CheckJob[], concurrency: Concurrency): Promise<CheckOutcome[]> {
  const file = workerBundle();
  const workers = file ? workerCount(jobs, concurrency) : 0;
  if (workers === 0) return jobs.map(checkJob);
  const [own, ...others] = shareJobs(jobs, workers);
  // The workers start first and run while this thread checks its own share.
  const pending = others.map((share) => inWorker(file!, share.map((index) => jobs[index])));
  const outcomes: CheckOutcome[] = new Array(jobs.length);
  for (const index of own) outcomes[index] = checkJob(jobs[index]);
  const done = await Promise.all(pending);
  others.forEach((share, worker) => share.forEach((index, position) => (outcomes[index] = done[worker][position])));
  return outcomes;
}
