import type { ResolvedConfig } from '../../core/config/types';
import type { LinkedStrategy } from '../../core/recognition/strategyLink';
import type { FromWorker, ToWorker } from './protocol';
import type { CheckSnapshot } from './snapshot';

/** What the extension needs of a worker: Node's `worker_threads.Worker` and a Web Worker both fit behind it. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** Called once when the worker fails or exits. */
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
}

/**
 * Checks documents somewhere: in a worker, or (web build, or when the worker
 * cannot start) on the calling thread. `check` resolves to undefined when a
 * newer version of the same document was asked for before this one ran.
 */
export interface CheckBackend {
  /** `strategy`: what an ambition's `strategi:` names, already read by the caller. */
  check(key: string, version: number, text: string, config: ResolvedConfig, strategy?: LinkedStrategy): Promise<CheckSnapshot | undefined>;
  /** The document was closed. */
  forget(key: string): void;
  /**
   * Test hook: checks of `key` wait, received but not started, until the
   * returned function is called; `onHeld` hears the version of each one
   * waiting.
   */
  hold(key: string, onHeld: (version: number) => void): () => void;
  /** Where checks run now: in the worker thread, or on the calling thread. */
  readonly where: 'worker' | 'thread';
  dispose(): void;
}

interface Pending {
  key: string;
  version: number;
  text: string;
  config: ResolvedConfig;
  strategy?: LinkedStrategy;
  resolve(snapshot: CheckSnapshot | undefined): void;
  reject(error: Error): void;
}

/**
 * The extension host's side of the checking worker. The worker is started on
 * the first check, not at activation. Requests in flight when it fails are
 * handed to `fallback`, and so is everything after.
 */
export class WorkerBackend implements CheckBackend {
  private worker: Promise<WorkerLike> | undefined;
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly holders = new Map<string, (version: number) => void>();

  constructor(
    private readonly spawn: () => Promise<WorkerLike>,
    private readonly fallback: () => CheckBackend,
  ) {}

  check(key: string, version: number, text: string, config: ResolvedConfig, strategy?: LinkedStrategy): Promise<CheckSnapshot | undefined> {
    if (this.failed) return this.fallback().check(key, version, text, config, strategy);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { key, version, text, config, strategy, resolve, reject });
      this.started().then(
        (worker) => worker.postMessage({ type: 'check', id, key, version, text, config, strategy }),
        (error: Error) => this.fail(error),
      );
    });
  }

  forget(key: string): void {
    if (this.failed) return this.fallback().forget(key);
    if (this.worker) void this.worker.then((worker) => worker.postMessage({ type: 'forget', key }), () => undefined);
  }

  get where(): 'worker' | 'thread' {
    return this.failed ? 'thread' : 'worker';
  }

  hold(key: string, onHeld: (version: number) => void): () => void {
    if (this.failed) return this.fallback().hold(key, onHeld);
    this.holders.set(key, onHeld);
    void this.started().then((worker) => worker.postMessage({ type: 'hold', key }), () => undefined);
    return () => {
      this.holders.delete(key);
      if (this.failed) return;
      void this.started().then((worker) => worker.postMessage({ type: 'release', key }), () => undefined);
    };
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failed = true;
    if (worker) void worker.then((w) => w.terminate(), () => undefined);
    for (const request of this.pending.values()) request.resolve(undefined);
    this.pending.clear();
  }

  private started(): Promise<WorkerLike> {
    if (!this.worker) {
      this.worker = this.spawn().then((worker) => {
        worker.onMessage((message) => this.receive(message));
        worker.onFailure((error) => this.fail(error));
        return worker;
      });
    }
    return this.worker;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'held') return this.holders.get(message.key)?.(message.version);
    const request = this.pending.get(message.id);
    if (!request) return;
    this.pending.delete(message.id);
    if (message.type === 'result') request.resolve(message.snapshot);
    else if (message.type === 'dropped') request.resolve(undefined);
    else request.reject(new Error(message.message));
  }

  /** The worker is gone: what it had not answered is checked by the fallback. */
  private fail(_error: Error): void {
    if (this.failed) return;
    this.failed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.then((w) => w.terminate(), () => undefined);
    const waiting = [...this.pending.values()];
    this.pending.clear();
    const fallback = this.fallback();
    for (const request of waiting) fallback.check(request.key, request.version, request.text, request.config, request.strategy).then(request.resolve, request.reject);
  }
}

/**
 * Checks on the calling thread, for the web build and as the worker's
 * fallback. Still drops a request whose document got a newer one while it
 * waited for its turn.
 */
export class InlineBackend implements CheckBackend {
  readonly where = 'thread';
  private readonly latest = new Map<string, number>();
  private readonly holds = new Map<string, { onHeld: (version: number) => void; released: Promise<void> }>();

  constructor(private readonly run: (text: string, config: ResolvedConfig, linter?: undefined, strategy?: LinkedStrategy) => CheckSnapshot) {}

  async check(key: string, version: number, text: string, config: ResolvedConfig, strategy?: LinkedStrategy): Promise<CheckSnapshot | undefined> {
    this.latest.set(key, version);
    await Promise.resolve();
    const hold = this.holds.get(key);
    if (hold) {
      hold.onHeld(version);
      await hold.released;
    }
    if (this.latest.get(key) !== version) return undefined;
    return this.run(text, config, undefined, strategy);
  }

  hold(key: string, onHeld: (version: number) => void): () => void {
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(key, { onHeld, released });
    return () => {
      this.holds.delete(key);
      release();
    };
  }

  forget(key: string): void {
    this.latest.delete(key);
  }

  dispose(): void {
    this.latest.clear();
  }
}
