import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { defaultConfig, type ResolvedConfig } from '../../src/core/config/types';
import { disableRuleEdit, fixAllMissing, markSectionEdit } from '../../src/core/fix/documentEdits';
import { insertionPoint } from '../../src/core/fix/insertionPoint';
import { lint } from '../../src/core/lint';
import { toFileReport } from '../../src/core/report';
import { InlineBackend, WorkerBackend, type WorkerLike } from '../../src/extension/worker/client';
import type { FromWorker, ToWorker } from '../../src/extension/worker/protocol';
import { CheckQueue } from '../../src/extension/worker/queue';
import { markEdit } from '../../src/extension/worker/snapshot';
import { checkSnapshot } from '../../src/extension/worker/takeSnapshot';

/*
 * The checking worker's parts that need no editor: the plain snapshot the
 * extension answers hovers, code actions and commands from, the worker's
 * queue that drops superseded versions, and the client's fallback when the
 * worker fails. The in-editor suite covers the rest.
 */

const ROOT = join(import.meta.dirname, '..', '..');

function markdownFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(ROOT, folder, name));
}

// The examples and every third rule fixture: all shapes of finding, in a few seconds.
const samples = [...markdownFiles('examples'), ...markdownFiles('test/fixtures/rules').filter((_, i) => i % 3 === 0)].map((file) => readFileSync(file, 'utf8'));
const config: ResolvedConfig = defaultConfig();

/** A worker in this thread: the real queue, with messages passed as structured clones a turn later. */
function inProcessWorker(): WorkerLike & { sent: ToWorker[] } {
  let listener: (message: FromWorker) => void = () => undefined;
  const queue = new CheckQueue(
    (message) => setImmediate(() => listener(structuredClone(message))),
    (run) => setImmediate(run),
  );
  const sent: ToWorker[] = [];
  return {
    sent,
    postMessage: (message) => {
      sent.push(message);
      queue.receive(structuredClone(message));
    },
    onMessage: (l) => void (listener = l),
    onFailure: () => undefined,
    terminate: () => undefined,
  };
}

describe('checking worker', () => {
  it('the snapshot holds what the editor needs, equal to what the core computes, as plain data', () => {
    assert.ok(samples.length > 10);
    for (const text of samples) {
      const result = lint(text, { config });
      const snapshot = checkSnapshot(text, config);
      assert.deepEqual(structuredClone(snapshot), snapshot);
      assert.deepEqual(snapshot.findings, result.findings);
      assert.deepEqual(snapshot.fixAllMissing, fixAllMissing(result));
      assert.deepEqual(snapshot.report, toFileReport(result, ''));
      for (const element of snapshot.elements) {
        const verdict = result.recognition.verdicts.get(element.id)!;
        assert.equal(element.status, verdict.status);
        assert.equal(element.insertionOffset, insertionPoint(result.document, result.recognition, element.id).offset);
      }
      for (const finding of result.findings) assert.deepEqual(snapshot.disableRule[finding.ruleId], disableRuleEdit(result, finding.ruleId) ?? null);
      assert.equal(snapshot.sections.length, result.document.sections.length);
      snapshot.sections.forEach((section, index) => {
        if (section.markAt === null) return;
        assert.deepEqual(markEdit(snapshot, section, 'ethics'), markSectionEdit(result.document, result.document.sections[index], 'ethics'));
      });
    }
  });

  it('the queue checks only the newest waiting version of a document, and documents take turns', () => {
    const posted: FromWorker[] = [];
    const turns: Array<() => void> = [];
    const queue = new CheckQueue((m) => posted.push(m), (run) => turns.push(run));
    const text = samples[0];
    queue.receive({ type: 'check', id: 1, key: 'a', version: 1, text, config });
    queue.receive({ type: 'check', id: 2, key: 'b', version: 1, text, config });
    queue.receive({ type: 'check', id: 3, key: 'a', version: 2, text, config });
    queue.receive({ type: 'check', id: 4, key: 'a', version: 3, text, config });
    while (turns.length > 0) turns.shift()!();
    assert.deepEqual(
      posted.map((m) => [m.type, m.key, m.version]),
      [
        ['dropped', 'a', 1],
        ['dropped', 'a', 2],
        ['result', 'b', 1],
        ['result', 'a', 3],
      ],
    );
  });

  it('a held document’s checks wait in the queue (reported held) while others run, and run on release', () => {
    const posted: FromWorker[] = [];
    const turns: Array<() => void> = [];
    const queue = new CheckQueue((m) => posted.push(m), (run) => turns.push(run));
    const text = samples[0];
    queue.receive({ type: 'hold', key: 'a' });
    queue.receive({ type: 'check', id: 1, key: 'a', version: 1, text, config });
    queue.receive({ type: 'check', id: 2, key: 'b', version: 1, text, config });
    queue.receive({ type: 'check', id: 3, key: 'a', version: 2, text, config });
    while (turns.length > 0) turns.shift()!();
    assert.deepEqual(
      posted.map((m) => [m.type, m.key, m.version]),
      [
        ['held', 'a', 1],
        ['dropped', 'a', 1],
        ['held', 'a', 2],
        ['result', 'b', 1],
      ],
    );
    queue.receive({ type: 'release', key: 'a' });
    while (turns.length > 0) turns.shift()!();
    assert.deepEqual(posted.slice(4).map((m) => [m.type, m.key, m.version]), [['result', 'a', 2]]);
  });

  it('the client reports held versions and the check resolves after release', async () => {
    const worker = inProcessWorker();
    const backend = new WorkerBackend(async () => worker, () => new InlineBackend(checkSnapshot));
    const heldVersions: number[] = [];
    let heard: () => void = () => undefined;
    const heldOnce = new Promise<void>((resolve) => (heard = resolve));
    const release = backend.hold('doc', (version) => {
      heldVersions.push(version);
      heard();
    });
    let settled = false;
    const pending = backend.check('doc', 4, samples[0], config).finally(() => (settled = true));
    await heldOnce;
    assert.deepEqual(heldVersions, [4]);
    assert.equal(settled, false);
    assert.equal(backend.where, 'worker');
    release();
    assert.deepEqual(await pending, checkSnapshot(samples[0], config));
    backend.dispose();
  });

  it('the inline backend holds the same way', async () => {
    const backend = new InlineBackend(checkSnapshot);
    let heard: (version: number) => void = () => undefined;
    const held = new Promise<number>((resolve) => (heard = resolve));
    const release = backend.hold('doc', heard);
    let settled = false;
    const pending = backend.check('doc', 9, samples[0], config).finally(() => (settled = true));
    assert.equal(await held, 9);
    assert.equal(settled, false);
    release();
    assert.deepEqual(await pending, checkSnapshot(samples[0], config));
  });

  it('the client resolves superseded requests with nothing and the newest with its snapshot', async () => {
    const worker = inProcessWorker();
    const backend = new WorkerBackend(async () => worker, () => new InlineBackend(checkSnapshot));
    const text = samples[0];
    const [first, second, third] = await Promise.all([
      backend.check('doc', 1, text, config),
      backend.check('doc', 2, text, config),
      backend.check('doc', 3, text + '\nMere tekst.\n', config),
    ]);
    assert.equal(first, undefined);
    assert.equal(second, undefined);
    assert.deepEqual(third, checkSnapshot(text + '\nMere tekst.\n', config));
    backend.dispose();
  });

  it('requests in flight when the worker fails are checked by the fallback', async () => {
    let fail: (error: Error) => void = () => undefined;
    const silent: WorkerLike = { postMessage: () => undefined, onMessage: () => undefined, onFailure: (l) => void (fail = l), terminate: () => undefined };
    const backend = new WorkerBackend(async () => silent, () => new InlineBackend(checkSnapshot));
    const pending = backend.check('doc', 1, samples[0], config);
    await new Promise((resolve) => setImmediate(resolve));
    fail(new Error('gone'));
    assert.deepEqual(await pending, checkSnapshot(samples[0], config));
    assert.deepEqual(await backend.check('doc', 2, samples[1], config), checkSnapshot(samples[1], config));
  });

  it('a real worker thread answers with the same snapshot', async () => {
    // The bundle the extension ships (built by `npm run build`, the stage before these tests), so the
    // worker is tested as users get it and starts in a fraction of the time compiling its sources would take.
    const worker = new Worker(join(ROOT, 'dist', 'checkWorker.cjs'));
    try {
      const text = samples[0];
      const answer = await new Promise<FromWorker>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ type: 'check', id: 7, key: 'doc', version: 1, text, config } satisfies ToWorker);
      });
      assert.equal(answer.type, 'result');
      assert.deepEqual(answer.type === 'result' && answer.snapshot, checkSnapshot(text, config));
    } finally {
      await worker.terminate();
    }
  });

  it('an ambition’s strategy travels with the request (the worker reads no files) and comes back as the link the hover shows', async () => {
    const ambition = readFileSync(join(ROOT, 'test', 'vscode', 'workspace', 'ambitioner', 'skolechef.md'), 'utf8');
    const strategy = { path: '../strategi.md', text: readFileSync(join(ROOT, 'test', 'vscode', 'workspace', 'strategi.md'), 'utf8') };
    const worker = inProcessWorker();
    const backend = new WorkerBackend(async () => worker, () => new InlineBackend(checkSnapshot));
    const snapshot = await backend.check('ambition', 1, ambition, config, strategy);
    assert.deepEqual((worker.sent[0] as Extract<ToWorker, { type: 'check' }>).strategy, strategy);
    assert.equal(snapshot?.link?.element, 'ambition-coherence');
    assert.deepEqual(snapshot?.link?.connected.map((s) => s.heading), ['Det enkle først', 'Digitalisering på direktionens bord']);
    assert.deepEqual(snapshot, checkSnapshot(ambition, config, undefined, strategy));
    // The inline backend (web build, fallback) passes it on the same way; a refused path reaches the rule as a problem.
    const refused = await new InlineBackend(checkSnapshot).check('ambition', 1, ambition, config, { path: 'https://example.org/s.md', problem: 'outside' });
    assert.equal(refused?.link?.problem, 'outside');
    assert.ok(refused?.findings.some((f) => f.ruleId === 'ambition-strategy' && f.messageId === 'strategy-outside'));
    // A strategy is no ambition: no link.
    assert.equal(checkSnapshot(strategy.text, config, undefined, strategy).link, null);
  });
});
