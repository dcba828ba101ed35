import type { WorkerLike } from './client';

/**
 * Starts the checking worker bundle (dist/checkWorker.cjs) as a Node worker
 * thread. `worker_threads` is loaded here, on first use, so the web build
 * (where it does not exist) never touches it.
 */
export async function spawnNodeWorker(file: string): Promise<WorkerLike> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(file);
  // The extension host may exit while the worker is idle.
  worker.unref();
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => void worker.on('message', listener),
    onFailure: (listener) => {
      let called = false;
      const once = (error: Error) => {
        if (called) return;
        called = true;
        listener(error);
      };
      worker.on('error', once);
      worker.on('messageerror', once);
      worker.on('exit', (code) => once(new Error(`the checking worker exited with code ${code}`)));
    },
    terminate: () => void worker.terminate(),
  };
}
