import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli';

const THIN = join(ROOT, 'test/fixtures/strategies/inclusion-thin.md');
const README = '# Projektet\n\nNoter om etik, inklusion og digitalisering. Ikke en strategi.\n';
const NOT_A_STRATEGY = 'ingen dokumenttype i frontmatter, og hverken titel eller filnavn nævner en digitaliseringsstrategi';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'strategitjek-strategies-'));
  made.push(dir);
  return dir;
}

function checkedPaths(stdout: string): string[] {
  return JSON.parse(stdout).files.map((file: { path: string }) => file.path);
}

describe('CLI: which files are strategies (issue 12)', () => {
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('a folder scan skips the README and its own readiness report, and --verbose says why', async () => {
    const dir = tempDir();
    copyFileSync(THIN, join(dir, 'strategi.md'));
    writeFileSync(join(dir, 'README.md'), README);
    const report = await runCli(['check', 'strategi.md', '--format', 'markdown', '--output', 'høringsparathed.md'], { cwd: dir });
    assert.equal(report.stderr, 'strategitjek: rapporten er skrevet til "høringsparathed.md"\n');

    const quiet = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
    assert.deepEqual(checkedPaths(quiet.stdout), ['strategi.md']);
    assert.equal(quiet.stderr, '');

    const verbose = await runCli(['check', '.', '--format', 'json', '--verbose'], { cwd: dir });
    assert.deepEqual(checkedPaths(verbose.stdout), ['strategi.md']);
    assert.equal(
      verbose.stderr,
      `strategitjek: sprunget over: README.md (${NOT_A_STRATEGY})\nstrategitjek: sprunget over: høringsparathed.md (en rapport skrevet af Strategitjek)\n`,
    );
  });

  it('files: globs in .strategitjek.yaml make files strategies, relative to the config file’s folder; the editor’s saved report is still skipped', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'planer', 'udkast'), { recursive: true });
    writeFileSync(join(dir, '.strategitjek.yaml'), 'files:\n  - "planer/**/*.md"\n');
    writeFileSync(join(dir, 'planer', 'udkast', 'kladde.md'), '# Kladde\n\nNoter.\n');
    writeFileSync(join(dir, 'planer', 'oversigt.md'), '# Oversigt\n\nNoter.\n');
    writeFileSync(join(dir, 'noter.md'), README);
    copyFileSync(THIN, join(dir, 'strategi.md'));
    const saved = await runCli(['check', 'strategi.md', '--format', 'markdown', '--output', 'strategi.rapport.md'], { cwd: dir });
    assert.equal(saved.code, 0);
    const result = await runCli(['check', '.', '--format', 'json', '--verbose'], { cwd: dir });
    assert.deepEqual(checkedPaths(result.stdout), ['planer/oversigt.md', 'planer/udkast/kladde.md', 'strategi.md']);
    assert.equal(
      result.stderr,
      `strategitjek: sprunget over: noter.md (${NOT_A_STRATEGY})\nstrategitjek: sprunget over: strategi.rapport.md (en rapport skrevet af Strategitjek)\n`,
    );
    // From inside the folder the globs still mean the same files.
    const inside = await runCli(['check', '.', '--format', 'json'], { cwd: join(dir, 'planer') });
    assert.deepEqual(checkedPaths(inside.stdout), ['oversigt.md', 'udkast/kladde.md']);
  });

  it('a files: entry that is not a list of globs is a located config error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.strategitjek.yaml'), 'files: planer/*.md\n');
    copyFileSync(THIN, join(dir, 'strategi.md'));
    const result = await runCli(['check', '.'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^strategitjek: \.strategitjek\.yaml:1:\d+: /);
  });

  it('a README named on the command line is checked', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), README);
    const result = await runCli(['check', 'README.md', '--format', 'json'], { cwd: dir });
    assert.deepEqual(checkedPaths(result.stdout), ['README.md']);
    assert.equal(result.code, 1, 'ten missing elements are errors');
  });

  it('finds undeclared strategies by title and by file name, and skips other document types', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), '# Digitaliseringsstrategi 2026-2029\n\nTekst.\n');
    writeFileSync(join(dir, 'digital-strategy-2025.md'), '# Our plan\n\nText.\n');
    writeFileSync(join(dir, 'b.md'), '---\ntitle: Digital strategy for Example Council\n---\n\nText.\n');
    writeFileSync(join(dir, 'c.md'), '---\ndokumenttype: referat\n---\n# Digitaliseringsstrategi: møde\n');
    const result = await runCli(['check', '.', '--format', 'json', '--verbose', '--lang', 'en'], { cwd: dir });
    assert.deepEqual(checkedPaths(result.stdout), ['a.md', 'b.md', 'digital-strategy-2025.md']);
    assert.equal(result.stderr, 'strategitjek: skipped: c.md (the frontmatter declares another document type)\n');
  });

  it('a folder with no strategy says so in one line and exits 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), README);
    const result = await runCli(['check', '.'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'strategitjek: ingen strategier fundet i "." (1 Markdown-filer sprunget over; se dem med --verbose, eller nævn en fil ved navn)\n');
  });

  it('English frontmatter keys count: title is the report title and nobody asks for titel', async () => {
    const dir = tempDir();
    const text = readFileSync(THIN, 'utf8')
      .replace(/^titel:/m, 'title:')
      .replace(/^dokumenttype:/m, 'type:')
      .replace(/^ejer:/m, 'owner:')
      .replace(/^periode:/m, 'period:');
    writeFileSync(join(dir, 'plan.md'), text);
    const json = JSON.parse((await runCli(['check', '.', '--format', 'json'], { cwd: dir })).stdout);
    assert.deepEqual(json.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'frontmatter-recommended'), []);
    const markdown = (await runCli(['check', 'plan.md', '--format', 'markdown'], { cwd: dir })).stdout;
    assert.equal(markdown.split('\n')[0], '# Høringsparathed: Digitaliseringsstrategi for Aarby Kommune 2026-2029');
    assert.match(markdown, /^- \*\*Ejer:\*\* Direktionen$/m);
  });
});

describe('CLI: init, messages and the config file in the user’s language (issue 12)', () => {
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('init writes a starter strategy that checks with placeholders only, and never overwrites', async () => {
    const dir = tempDir();
    const first = await runCli(['init'], { cwd: dir });
    assert.equal(first.code, 0);
    assert.equal(
      first.stderr,
      'strategitjek: skrev digitaliseringsstrategi.md\nstrategitjek: Udfyld afsnittene, og tjek med: strategitjek check digitaliseringsstrategi.md\n',
    );
    const text = readFileSync(join(dir, 'digitaliseringsstrategi.md'), 'utf8');
    assert.match(text, /^---\ntitel: "Digitaliseringsstrategi \d{4}-\d{4}"\n/);
    assert.match(text, /^sprog: da$/m);
    assert.doesNotMatch(text, /\[Write:/);
    const check = JSON.parse((await runCli(['check', '.', '--format', 'json'], { cwd: dir })).stdout);
    assert.deepEqual(
      Object.values(check.files[0].elements).map((e) => (e as { status: string }).status),
      Array(10).fill('thin'),
    );
    assert.deepEqual([...new Set(check.files[0].findings.map((f: { messageId?: string; message: string }) => /skabelontekst/.test(f.message)))], [true]);

    writeFileSync(join(dir, 'digitaliseringsstrategi.md'), 'mine');
    const again = await runCli(['init'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.equal(again.stderr, 'strategitjek: "digitaliseringsstrategi.md" findes allerede og bliver ikke overskrevet\n');
    assert.equal(readFileSync(join(dir, 'digitaliseringsstrategi.md'), 'utf8'), 'mine');
  });

  it('init --lang en writes an English strategy', async () => {
    const dir = tempDir();
    await runCli(['init', 'strategy.md', '--lang', 'en'], { cwd: dir });
    const text = readFileSync(join(dir, 'strategy.md'), 'utf8');
    assert.match(text, /^sprog: en$/m);
    assert.match(text, /^\[Write: /m);
  });

  it('a broken config file is reported in the run’s language, with a count of the other problems in words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.strategitjek.yaml'), 'rules:\n  ethics: loud\n  inclusion: loud\n  simplicity: loud\n');
    writeFileSync(join(dir, 'strategi.md'), '# Strategi\n');
    const danish = await runCli(['check', 'strategi.md'], { cwd: dir });
    assert.equal(danish.stderr, 'strategitjek: .strategitjek.yaml:4:15: »rules.simplicity« skal være en af: off, info, warning, error. (og 2 problemer mere)\n');
    const english = await runCli(['check', 'strategi.md', '--lang', 'en'], { cwd: dir });
    assert.equal(english.stderr, 'strategitjek: .strategitjek.yaml:4:15: “rules.simplicity” must be one of: off, info, warning, error. (and 2 more problems)\n');
  });

  it('a config path that is a folder is explained in plain words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'strategi.md'), '# Strategi\n');
    const result = await runCli(['check', 'strategi.md', '--config', '.'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'strategitjek: kan ikke læse konfigurationen ".": det er en mappe, ikke en fil (EISDIR)\n');
  });
});
