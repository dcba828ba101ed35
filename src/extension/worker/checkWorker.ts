import { parentPort } from 'node:worker_threads';
import type { ToWorker } from './protocol';
import { CheckQueue } from './queue';

/*
 * The checking worker of the desktop extension (dist/checkWorker.cjs): the
 * core runs here, off the extension host's thread, which only sends text and
 * receives plain results.
 */
const port = parentPort!;
const queue = new CheckQueue(
  (message) => port.postMessage(message),
  (run) => setImmediate(run),
);
port.on('message', (message: ToWorker) => queue.receive(message));
