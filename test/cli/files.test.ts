import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const THIN = join(ROOT, 'test/fixtures/strategies/inclusion-thin.md');

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'strategitjek-files-'));
  made.push(dir);
  return dir;
}

/** Paths in a JSON report, in order. */
function checkedPaths(stdout: string): string[] {
  return JSON.parse(stdout).files.map((file: { path: string }) => file.path);
}

describe('CLI file handling (issue 9, items 4 and 8)', () => {
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  describe('--output', () => {
    for (const [name, output] of [
      ['the same name', 's.md'],
      ['another spelling of the same path', './sub/../s.md'],
      ['a symlink to the input', 'link.md'],
    ] as const) {
      it(`refuses to overwrite an input given as ${name}: exit 2, one line, input untouched`, async () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'sub'));
        copyFileSync(THIN, join(dir, 's.md'));
        symlinkSync('s.md', join(dir, 'link.md'));
        const result = await runCli(['check', 's.md', '--format', 'markdown', '-o', output], { cwd: dir });
        assert.equal(result.code, 2);
        assert.equal(result.stdout, '');
        assert.equal(result.stderr, `strategitjek: --output "${output}" er en af de filer, der tjekkes; rapporten ville overskrive den\n`);
        assert.equal(readFileSync(join(dir, 's.md'), 'utf8'), readFileSync(THIN, 'utf8'));
      });
    }

    it('says so in English with --lang en', async () => {
      const dir = tempDir();
      copyFileSync(THIN, join(dir, 's.md'));
      const result = await runCli(['check', '.', '-o', 's.md', '--lang', 'en'], { cwd: dir });
      assert.equal(result.stderr, 'strategitjek: --output "s.md" is one of the files being checked; the report would overwrite it\n');
    });

    it('writes through a temporary file and leaves nothing else behind', async () => {
      const dir = tempDir();
      copyFileSync(THIN, join(dir, 's.md'));
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'out', 'rapport.md'), 'old report');
      const result = await runCli(['check', 's.md', '--format', 'markdown', '-o', 'out/rapport.md'], { cwd: dir });
      assert.equal(result.code, 0);
      assert.match(readFileSync(join(dir, 'out', 'rapport.md'), 'utf8'), /^# Høringsparathed/);
      assert.deepEqual(readdirSync(join(dir, 'out')), ['rapport.md']);
    });
  });

  it('a symlink to /dev/zero in a folder is skipped, not read', async () => {
    const dir = tempDir();
    copyFileSync(THIN, join(dir, 's.md'));
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    const started = Date.now();
    const result = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    assert.ok(Date.now() - started < 20000);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    assert.deepEqual(checkedPaths(result.stdout), ['s.md']);
  });

  it('a symlink to /dev/zero named directly is reported as a device', async () => {
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    const result = await runCli(['check', 'zero.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'strategitjek: "zero.md" er en tegnenhed (character device), ikke en fil; den bliver ikke læst\n');
  });

  it('a FIFO named directly is reported as a FIFO, without blocking', async () => {
    const dir = tempDir();
    assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.md')]).status, 0);
    const result = await runCli(['check', 'pipe.md', '--lang', 'en'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'strategitjek: "pipe.md" is a named pipe (FIFO), not a file; it is not read\n');
  });

  it('a symlink loop and a second name for a file check each real file once', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    copyFileSync(THIN, join(dir, 'a.md'));
    symlinkSync('a.md', join(dir, 'b.md'));
    symlinkSync('..', join(dir, 'sub', 'loop'));
    const result = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.deepEqual(checkedPaths(result.stdout), ['a.md']);
  });

  it('one missing file among several is reported, the others are checked, and the exit code is 2', async () => {
    const dir = tempDir();
    copyFileSync(THIN, join(dir, 'a.md'));
    copyFileSync(THIN, join(dir, 'c.md'));
    const result = await runCli(['check', 'a.md', 'b.md', 'c.md', '--format', 'json'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.deepEqual(checkedPaths(result.stdout), ['a.md', 'c.md']);
    assert.equal(result.stderr, 'strategitjek: kan ikke læse "b.md": filen eller mappen findes ikke\n');
  });

  it('non-string YAML keys print no Node warning', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 's.md'), '---\n? [a, b]\n: c\n{x: 1}: y\ntitel: S\n---\n# S\n');
    const result = await runCli(['check', 's.md', '--format', 'json'], { cwd: dir });
    assert.equal(result.stderr, '');
    assert.equal(JSON.parse(result.stdout).files.length, 1);
  });
});
