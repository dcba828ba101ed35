import type { FromWorker, ToWorker } from './protocol';
import { createLinter, type Linter } from '../../core/incremental';
import { checkSnapshot } from './takeSnapshot';

type CheckRequest = Extract<ToWorker, { type: 'check' }>;

/**
 * The worker's side: one pending request per document, the newest. A request
 * still waiting when a newer one for the same document arrives is answered
 * "dropped" without being checked, so a burst of keystrokes costs one check.
 * One request is run per turn of the event loop, so messages that arrived
 * meanwhile are seen (and can replace what waits) before the next starts.
 * Each document has its own incremental linter, so an edit re-parses only
 * the chapter it touched; it is dropped when the document is forgotten.
 */
export class CheckQueue {
  private readonly pending = new Map<string, CheckRequest>();
  private readonly linters = new Map<string, Linter>();
  /** Documents whose checks wait for a `release` (a test hook). */
  private readonly held = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly later: (run: () => void) => void,
  ) {}

  receive(message: ToWorker): void {
    if (message.type === 'hold') {
      this.held.add(message.key);
      const waiting = this.pending.get(message.key);
      if (waiting) this.post({ type: 'held', id: waiting.id, key: waiting.key, version: waiting.version });
      return;
    }
    if (message.type === 'release') {
      this.held.delete(message.key);
      this.schedule();
      return;
    }
    if (message.type === 'forget') {
      const waiting = this.pending.get(message.key);
      if (waiting) this.post({ type: 'dropped', id: waiting.id, key: waiting.key, version: waiting.version });
      this.pending.delete(message.key);
      this.linters.delete(message.key);
      return;
    }
    const waiting = this.pending.get(message.key);
    if (waiting) this.post({ type: 'dropped', id: waiting.id, key: waiting.key, version: waiting.version });
    // Re-inserted at the end: documents take turns.
    this.pending.delete(message.key);
    this.pending.set(message.key, message);
    if (this.held.has(message.key)) this.post({ type: 'held', id: message.id, key: message.key, version: message.version });
    this.schedule();
  }

  /** The next request to run: the first waiting one whose document is not held. */
  private next(): CheckRequest | undefined {
    for (const request of this.pending.values()) if (!this.held.has(request.key)) return request;
    return undefined;
  }

  private schedule(): void {
    if (this.scheduled || !this.next()) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.runOne();
      this.schedule();
    });
  }

  private runOne(): void {
    const request = this.next();
    if (!request) return;
    this.pending.delete(request.key);
    const { id, key, version } = request;
    try {
      let linter = this.linters.get(key);
      if (!linter) this.linters.set(key, (linter = createLinter()));
      this.post({ type: 'result', id, key, version, snapshot: checkSnapshot(request.text, request.config, linter, request.strategy) });
    } catch (error) {
      this.post({ type: 'failed', id, key, version, message: String((error as Error)?.message ?? error) });
    }
  }
}
