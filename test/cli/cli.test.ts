import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';
import { ROOT, runCli, startCliProcess } from '../helpers/cli';

const GOLDEN = join(ROOT, 'test', 'cli', 'golden');
const THIN = 'test/fixtures/strategies/inclusion-thin.md';
const MISSING = 'test/fixtures/strategies/inclusion-missing.md';

// The process-level smoke tests run the built bundle as a user does. They start as this file loads
// and run beside the in-process tests; each test awaits its own.
const SMOKE = {
  start: startCliProcess(['check', 'examples/', '--fail-on', 'never']),
  missing: startCliProcess(['check', MISSING]),
  version: startCliProcess(['--version']),
  pipeClosed: startCliProcess(['check', MISSING, '--format', 'json'], { readerLeavesEarly: true }),
};

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'strategitjek-cli-'));
  made.push(dir);
  return dir;
}

// In process through the binary's entry (`cli()`); three process-level smoke tests run the built bundle: npm start, an exit code, --version.
describe('strategitjek check', () => {
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the versioned JSON contract for the bundled examples: a finished strategy and a draft with gaps', async () => {
    const result = await runCli(['check', 'examples/', '--format', 'json']);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 1, 'the draft misses elements, which are errors');
    const expected = JSON.parse(readFileSync(join(GOLDEN, 'examples.json'), 'utf8'));
    assert.deepEqual(JSON.parse(result.stdout), expected);
  });

  it('npm start shows real findings and exits 0 (--fail-on never)', async () => {
    const start = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start as string;
    assert.match(start, /node dist\/cli\.cjs check examples\/ --fail-on never$/);
    const result = await SMOKE.start;
    assert.equal(result.code, 0);
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], 'examples/aarby-digitaliseringsstrategi.md');
    assert.ok(lines.includes('examples/strandvig-udkast.md'));
    assert.ok(lines.some((line) => /^ {2}examples\/strandvig-udkast\.md:\d+:1 +fejl +Skiftende behov mangler\. /.test(line)), result.stdout);
    assert.match(lines.at(-2)!, /^\d+ fund \(4 fejl, \d+ advarsler, \d+ bemærkninger\) i 2 filer$/);
  });

  it('prints the exact JSON for a strategy with a thin element', async () => {
    const result = await runCli(['check', THIN, '--format', 'json']);
    assert.equal(result.code, 0, 'warnings do not reach the default fail level');
    assert.deepEqual(JSON.parse(result.stdout), JSON.parse(readFileSync(join(GOLDEN, 'inclusion-thin.json'), 'utf8')));
  });

  describe('exit codes', () => {
    it('exits 1 when an error is found, 0 with --fail-on never', async () => {
      assert.equal((await SMOKE.missing).code, 1);
      assert.equal((await runCli(['check', MISSING, '--fail-on', 'never'])).code, 0);
    });

    it('a reader that closes the pipe early (`| head`) ends the run quietly with its own exit code', async () => {
      const result = await SMOKE.pipeClosed;
      assert.equal(result.stderr, '');
      assert.equal(result.code, 1);
    });

    it('exits 1 on warnings with --fail-on warning and on infos with --fail-on info', async () => {
      assert.equal((await runCli(['check', THIN, '--fail-on', 'warning'])).code, 1);
      assert.equal((await runCli(['check', 'test/fixtures/strategies/agenda-no-rhythm.md', '--fail-on', 'warning'])).code, 0);
      assert.equal((await runCli(['check', 'test/fixtures/strategies/agenda-no-rhythm.md', '--fail-on', 'info'])).code, 1);
    });

    for (const [name, args, pattern] of [
      ['an unknown option', ['check', '--colour'], /^strategitjek: ukendt tilvalg "--colour"; se "strategitjek --help"$/],
      ['an unknown option (English)', ['check', '--colour', '--lang', 'en'], /^strategitjek: unknown option "--colour"; see "strategitjek --help"$/],
      ['an option without its value', ['check', '--format'], /^strategitjek: tilvalget "--format" mangler en værdi$/],
      ['a bad format', ['check', '--format', 'xml'], /^strategitjek: --format skal være stylish, json, sarif, markdown eller compact, ikke "xml"$/],
      ['a bad format (English)', ['check', '--format', 'xml', '--lang=en'], /^strategitjek: --format must be stylish, json, sarif, markdown or compact, not "xml"$/],
      ['a bad fail level', ['check', '--fail-on', 'all'], /^strategitjek: --fail-on skal være error, warning, info eller never, ikke "all"$/],
      ['a bad language', ['check', '--lang', 'de'], /^strategitjek: --lang skal være da eller en, ikke "de"$/],
      ['an unknown command', ['lint'], /^strategitjek: ukendt kommando "lint"; prøv "strategitjek --help"$/],
      ['a file name where the command belongs', ['strategi.md'], /^strategitjek: "strategi.md" er ikke en kommando; mente du "strategitjek check strategi.md"\?$/],
      ['a file name where the command belongs (English)', ['strategi.md', '--lang', 'en'], /^strategitjek: "strategi.md" is not a command; did you mean "strategitjek check strategi.md"\?$/],
      ['a file that does not exist', ['check', 'nowhere.md'], /^strategitjek: kan ikke læse "nowhere.md": filen eller mappen findes ikke$/],
      ['a file that does not exist (English)', ['check', 'nowhere.md', '--lang', 'en'], /^strategitjek: cannot read "nowhere.md": no such file or folder$/],
      ['a glob that matches nothing', ['check', 'examples/*.txt'], /^strategitjek: ingen Markdown-filer passer til "examples\/\*\.txt"$/],
    ] as const) {
      it(`exits 2 with a one-line reason for ${name}`, async () => {
        const result = await runCli([...args]);
        assert.equal(result.code, 2);
        assert.equal(result.stdout, '');
        assert.match(result.stderr.trimEnd(), pattern);
        assert.equal(result.stderr.trimEnd().split('\n').length, 1, 'one line, no stack trace');
      });
    }

    it('exits 2 on a folder without Markdown files', async () => {
      const dir = tempDir();
      const result = await runCli(['check', dir]);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, `strategitjek: ingen Markdown-filer passer til "${dir}"\n`);
    });

    it('exits 2 with a located message for a broken config file', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, '.strategitjek.yaml'), 'rules:\n  ethics: loud\n');
      writeFileSync(join(dir, 'strategi.md'), '# Strategi\n');
      const result = await runCli(['check', 'strategi.md'], { cwd: dir });
      assert.equal(result.code, 2);
      assert.equal(result.stderr, 'strategitjek: .strategitjek.yaml:2:11: »rules.ethics« skal være en af: off, info, warning, error.\n');
    });
  });

  describe('configuration', () => {
    it('finds .strategitjek.yaml in a parent folder and applies it', async () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, '.strategitjek.yaml'), 'language: en\nrules:\n  inclusion: off\n  inclusion-guidance: off\n');
      writeFileSync(join(dir, 'docs', 'strategi.md'), readFileSync(join(ROOT, MISSING)));
      const result = await runCli(['check', 'docs', '--format', 'json'], { cwd: dir });
      const report = JSON.parse(result.stdout);
      assert.equal(result.code, 0);
      assert.deepEqual(report.files[0].findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('inclusion')), []);
    });

    it('uses --config instead of searching', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  inclusion-guidance: error\n');
      const result = await runCli(['check', THIN, '--config', join(dir, 'strict.yaml'), '--format', 'json']);
      assert.equal(result.code, 1);
      const severities = JSON.parse(result.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'inclusion-guidance').map((f: { severity: string }) => f.severity);
      assert.deepEqual(severities, ['error', 'error', 'error']);
    });
  });

  describe('formats', () => {
    it('stylish: grouped per file, path:line:col, one severity vocabulary, no colour without a TTY', async () => {
      const result = await runCli(['check', THIN]);
      assert.equal(
        result.stdout,
        [
          THIN,
          `  ${THIN}:63:1  advarsel   Digital inklusion er kun berørt (under »Alle skal kunne være med«, 5 ord). Uddyb med mål, handlinger og hvem der har ansvaret.  inclusion`,
          `  ${THIN}:63:1  bemærkning Afsnittet om inklusion nævner ingen målgrupper. Skriv, hvilke borgere og medarbejdere der har svært ved det digitale, fx ældre, ordblinde eller tosprogede.  inclusion-guidance`,
          `  ${THIN}:63:1  bemærkning Der står ikke, hvilke alternativer borgere har, når det digitale ikke passer. Beskriv analoge, hybride eller assisterede muligheder, fx personlig betjening eller digital fuldmagt.  inclusion-guidance`,
          `  ${THIN}:63:1  bemærkning Afsnittet om inklusion har ingen konkrete handlinger. Tilføj fx kortlægning, prøvehandlinger, kurser eller en handleplan med en ansvarlig.  inclusion-guidance`,
          '  Dækning: 9/10 til stede, 1 kun berørt, 0 mangler',
          '',
          '4 fund (0 fejl, 1 advarsel, 3 bemærkninger) i 1 fil',
          '',
        ].join('\n'),
      );
    });

    it('--lang en gives English messages', async () => {
      const result = await runCli(['check', THIN, '--lang', 'en']);
      const lines = result.stdout.split('\n');
      assert.equal(lines[1], `  ${THIN}:63:1  warning Digital inclusion is only touched on (under “Alle skal kunne være med”, 5 words). Add goals, actions and who is responsible.  inclusion`);
      assert.deepEqual(lines.slice(-4), ['  Coverage: 9/10 present, 1 touched on, 0 missing', '', '4 findings (0 errors, 1 warning, 3 notes) in 1 file', '']);
    });

    it('compact: one line per finding with the contract’s severity token, read by the $strategitjek problem matcher', async () => {
      const result = await runCli(['check', THIN, '--format', 'compact']);
      const lines = result.stdout.split('\n');
      assert.equal(lines[0], `${THIN}:63:1: warning Digital inklusion er kun berørt (under »Alle skal kunne være med«, 5 ord). Uddyb med mål, handlinger og hvem der har ansvaret. [inclusion]`);
      assert.equal(lines.at(-1), '');
      const matcher = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.problemMatchers.find((m: { name: string }) => m.name === 'strategitjek');
      const pattern = new RegExp(matcher.pattern.regexp);
      const parsed = lines.slice(0, -1).map((line) => {
        const match = pattern.exec(line)!;
        return [match[matcher.pattern.file], match[matcher.pattern.line], match[matcher.pattern.column], match[matcher.pattern.severity], match[matcher.pattern.code]].join(' ');
      });
      assert.deepEqual(parsed, [`${THIN} 63 1 warning inclusion`, `${THIN} 63 1 info inclusion-guidance`, `${THIN} 63 1 info inclusion-guidance`, `${THIN} 63 1 info inclusion-guidance`]);
    });

    it('sarif: SARIF 2.1.0 with one rule per rule id and valid rule indexes', async () => {
      const sarif = JSON.parse((await runCli(['check', THIN, '--format', 'sarif'])).stdout);
      assert.equal(sarif.version, '2.1.0');
      const run = sarif.runs[0];
      assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.meta.id));
      for (const rule of run.tool.driver.rules) {
        assert.ok(rule.help.text.length > 20 && rule.helpUri.startsWith('https://'), rule.id);
      }
      assert.equal(run.results.length, 4);
      for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.deepEqual(run.results[0].locations[0].physicalLocation.region, { startLine: 63, startColumn: 1, endLine: 63, endColumn: 31 });
      assert.equal(run.results[0].level, 'warning');
    });

    it('markdown: a readiness report with the element table and cited columns', async () => {
      const report = (await runCli(['check', THIN, '--format', 'markdown'])).stdout;
      assert.match(report, /^# Høringsparathed: Digitaliseringsstrategi for Aarby Kommune 2026-2029\n/);
      assert.match(report, /Strategien behandler 9 af de ti elementer fyldestgørende\. Ét element er kun berørt: \*Digital inklusion\*\./);
      assert.match(report, /\| \[Digital inklusion\]\(.*rules\/inclusion\.md\) \| ◐ Kun berørt \| »Alle skal kunne være med«, linje 63 \|/);
      // Text symbols, no emoji (they become empty boxes in fonts without colour emoji).
      assert.doesNotMatch(report, /\u2705|\u274C|\u26A0|\uFE0F/u);
      assert.match(report, /Klumme 7, \*Digitalisering uden inklusion fører til hvide elefanter\*, s\. 18/);
    });

    it('--output writes the report to a file', async () => {
      const dir = tempDir();
      const out = join(dir, 'rapport.md');
      const result = await runCli(['check', THIN, '--format', 'markdown', '--output', out]);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, `strategitjek: rapporten er skrevet til "${out}"\n`);
      assert.match(readFileSync(out, 'utf8'), /^# Høringsparathed/);
    });

    it('--help and --version', async () => {
      assert.match((await runCli(['--help'])).stdout, /^Brug: strategitjek check \[tilvalg\]/);
      assert.match((await runCli(['--help', '--lang', 'en'])).stdout, /^Usage: strategitjek check \[options\]/);
      assert.match((await runCli([])).stdout, /^Brug: /);
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
      assert.equal((await SMOKE.version).stdout, `${pkg.version}\n`);
    });
  });
});
