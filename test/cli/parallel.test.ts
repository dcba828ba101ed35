import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkJob, type CheckJob } from '../../src/cli/checkJob';
import { shareJobs, workerCount } from '../../src/cli/parallelCheck';
import { defaultConfig } from '../../src/core/config/types';
import { ROOT, runCli, startCliProcess } from '../helpers/cli';

const job = (length: number): CheckJob => ({ path: `${length}.md`, text: 'x'.repeat(length), config: defaultConfig() });
const KB = 1024;

// A folder of strategies of different kinds (the examples, the rule fixtures, corpus documents), checked
// by the built CLI on one thread and on two: the report must be the same, byte for byte.
const folder = mkdtempSync(join(tmpdir(), 'strategitjek-parallel-'));
const sources = [
  ...readdirSync(join(ROOT, 'examples')).map((name) => join(ROOT, 'examples', name)),
  ...readdirSync(join(ROOT, 'test/fixtures/strategies')).map((name) => join(ROOT, 'test/fixtures/strategies', name)),
  ...readdirSync(join(ROOT, 'test/fixtures/corpus/tuning'))
    .filter((name) => name.endsWith('.md'))
    .slice(0, 6)
    .map((name) => join(ROOT, 'test/fixtures/corpus/tuning', name)),
];
mkdirSync(join(folder, 'strategier'));
sources.forEach((source, index) => copyFileSync(source, join(folder, 'strategier', `${String(index).padStart(2, '0')}-digitaliseringsstrategi.md`)));
const RUNS = {
  one: startCliProcess(['check', 'strategier/', '--format', 'json', '--concurrency', 'off'], { cwd: folder }),
  two: startCliProcess(['check', 'strategier/', '--format', 'json', '--concurrency', '2'], { cwd: folder }),
};

describe('strategitjek check on several threads (issue 11)', () => {
  after(async () => {
    await Promise.all(Object.values(RUNS));
    rmSync(folder, { recursive: true, force: true });
  });

  it('two threads give the same report, in the same order, as one', async () => {
    assert.ok(existsSync(join(ROOT, 'dist', 'cliCheckWorker.cjs')), 'the worker bundle is built beside the CLI, so two threads really run');
    const [one, two] = await Promise.all([RUNS.one, RUNS.two]);
    assert.equal(one.stderr, '');
    assert.equal(two.stderr, '');
    assert.equal(JSON.parse(one.stdout).files.length, sources.length);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.code, one.code);
  });

  it('the worker bundle itself answers, with the outcomes a check here gives (not the fallback on this thread)', async () => {
    const jobs: CheckJob[] = sources.slice(0, 3).map((path) => ({ path, text: readFileSync(path, 'utf8'), config: defaultConfig() }));
    const worker = new Worker(join(ROOT, 'dist', 'cliCheckWorker.cjs'));
    try {
      const outcomes = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(jobs);
      });
      assert.deepEqual(outcomes, jobs.map(checkJob));
    } finally {
      await worker.terminate();
    }
  });

  it('auto uses workers only for enough text, never more than the cores allow, at most three', () => {
    assert.equal(workerCount([job(4 * KB)], 'auto', 8), 0);
    assert.equal(workerCount([job(10 * KB), job(10 * KB)], 'auto', 8), 0, 'a few small strategies stay on one thread');
    const folderOf200 = Array.from({ length: 200 }, () => job(12 * KB));
    assert.equal(workerCount(folderOf200, 'auto', 1), 0);
    assert.equal(workerCount(folderOf200, 'auto', 2), 1);
    assert.equal(workerCount(folderOf200, 'auto', 16), 3);
    assert.equal(workerCount(folderOf200, 4, 2), 3, 'a number asked for is used as asked');
    assert.equal(workerCount([job(1), job(1)], 8, 2), 1, 'never more workers than files beside the first');
    assert.equal(workerCount(folderOf200, 1, 8), 0);
  });

  it('shares every file once, largest first to the lightest share, each share in the given order', () => {
    const jobs = [job(300 * KB), job(10 * KB), job(200 * KB), job(50 * KB), job(100 * KB)];
    // The worker's share starts 128 KB behind: it loads while the main thread checks.
    // 300 KB to the main thread; 200 to the worker (128 + 200 = 328); 100 to the main thread (400); 50 and 10 to the worker (378, 388).
    assert.deepEqual(shareJobs(jobs, 1), [[0, 4], [1, 2, 3]]);
    assert.deepEqual(shareJobs(jobs, 0), [[0, 1, 2, 3, 4]]);
  });

  it('a bad --concurrency is a usage error in the asked language', async () => {
    for (const [value, language, message] of [
      ['0', 'da', '--concurrency skal være auto, off eller et tal fra 1 til 16, ikke "0"'],
      ['many', 'en', '--concurrency must be auto, off or a number from 1 to 16, not "many"'],
    ]) {
      const result = await runCli(['check', 'examples/', '--concurrency', value, '--lang', language]);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, `strategitjek: ${message}\n`);
    }
  });
});
