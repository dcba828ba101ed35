import type { FromWorker, ToWorker } from './protocol';
import { createLinter, type Linter } from '../../core/incremental';
import { checkSnapshot } from './snapshot';

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
  private scheduled = false;

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly later: (run: () => void) => void,
  ) {}

  receive(message: ToWorker): void {
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
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.pending.size === 0) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.runOne();
      this.schedule();
    });
  }

  private runOne(): void {
    const next = this.pending.values().next();
    if (next.done) return;
    const request = next.value;
    this.pending.delete(request.key);
    const { id, key, version } = request;
    try {
      let linter = this.linters.get(key);
      if (!linter) this.linters.set(key, (linter = createLinter()));
      this.post({ type: 'result', id, key, version, snapshot: checkSnapshot(request.text, request.config, linter) });
    } catch (error) {
      this.post({ type: 'failed', id, key, version, message: String((error as Error)?.message ?? error) });
    }
  }
}
