import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkedStrategy } from '../../src/cli/linkedStrategy';
import { runCheck } from '../../src/cli/run';
import type { CheckArgs } from '../../src/cli/args';
import { lint } from '../../src/core/lint';
import { toFileReport } from '../../src/core/report';

/*
 * Issue 13: a leader's "Min digitale ambition" is checked against its own six
 * questions, tied to the strategy it names (`strategi:`, relative, inside the
 * working folder only) or the strategy given beside it, and a folder of
 * ambitions renders as one table of the leadership chain.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const COMPLETE = readFileSync(join(FIXTURES, 'rules', 'complete-strategy.md'), 'utf8');
const SKOLECHEF = readFileSync(join(FIXTURES, 'ambitions', 'skolechef.md'), 'utf8');
const TEAMLEDER = readFileSync(join(FIXTURES, 'ambitions', 'teamleder.md'), 'utf8');

async function run(cwd: string, inputs: string[], format: CheckArgs['format'] = 'json'): Promise<{ code: number; out: string }> {
  const before = process.cwd();
  process.chdir(cwd);
  let out = '';
  try {
    const code = await runCheck({ command: 'check', inputs, format, failOn: 'never' }, { stdout: (text) => (out += text), stderr: () => {}, color: false, version: '0.0.0' });
    return { code, out };
  } finally {
    process.chdir(before);
  }
}

describe('Min digitale ambition (issue 13)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'strategitjek-ambition-'));
    mkdirSync(join(root, 'ambitioner'));
    writeFileSync(join(root, 'digitaliseringsstrategi.md'), COMPLETE);
    writeFileSync(join(root, 'ambitioner', 'skolechef.md'), SKOLECHEF.replace('../rules/complete-strategy.md', '../digitaliseringsstrategi.md'));
    writeFileSync(join(root, 'ambitioner', 'teamleder.md'), TEAMLEDER);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gets only ambition findings: its six element ids, no strategy rule, no ejer/godkendes-af warning', () => {
    const report = toFileReport(lint(TEAMLEDER), 'teamleder.md');
    assert.equal(report.documentType, 'min-digitale-ambition');
    assert.deepEqual(Object.keys(report.elements), ['ambition-coherence', 'ambition-agenda', 'ambition-goals', 'ambition-approaches', 'ambition-expectations', 'ambition-ethics']);
    assert.deepEqual(
      report.findings.map((f) => `${f.ruleId}:${f.severity}:${f.columns.join(',')}`),
      [
        'ambition-approaches:error:18,8,17',
        'ambition-expectations:error:18,8',
        'ambition-ethics:error:18,16,17',
      ],
    );
  });

  it('a strategy is still checked against the ten elements, with documentType in the report', () => {
    const report = toFileReport(lint(COMPLETE), 's.md');
    assert.equal(report.documentType, 'digitaliseringsstrategi');
    assert.equal(Object.keys(report.elements).length, 10);
    assert.deepEqual(report.findings, []);
  });

  it('strategi: is read relative to the ambition, and the sections it refers to are in the JSON', async () => {
    const { out } = await run(root, ['ambitioner/skolechef.md']);
    const file = JSON.parse(out).files[0];
    assert.equal(file.documentType, 'min-digitale-ambition');
    assert.deepEqual(file.strategy, { path: '../digitaliseringsstrategi.md', problem: null, sections: [{ heading: 'Digitalisering på direktionens bord', line: 59, element: 'strategic-agenda' }] });
    // All six answered, and connected to the strategy: no finding at all (no ambition-strategy warning).
    assert.deepEqual(file.findings.map((f: { ruleId: string }) => f.ruleId), []);
  });

  it('the terminal report counts an ambition’s answers out of its six questions, not the strategy’s ten', async () => {
    const { out } = await run(root, ['ambitioner/skolechef.md'], 'stylish');
    assert.ok(out.split('\n').includes('  Dækning: 6/6 til stede, 0 kun berørt, 0 mangler'), out);
  });

  it('without strategi:, the CLI given both ties the ambition to the strategy beside it; none connects → a finding', async () => {
    const { out } = await run(root, ['ambitioner/teamleder.md', 'digitaliseringsstrategi.md']);
    const file = JSON.parse(out).files[0];
    assert.equal(file.strategy.path, 'digitaliseringsstrategi.md');
    assert.deepEqual(file.strategy.sections, []);
    assert.ok(file.findings.some((f: { ruleId: string; severity: string }) => f.ruleId === 'ambition-strategy' && f.severity === 'warning'));
  });

  it('never reads outside the working folder or over the network', () => {
    const ambition = { path: join(root, 'ambitioner', 'a.md'), text: '---\ndokumenttype: min-digitale-ambition\nstrategi: ../../etc/strategi.md\n---\n# Min digitale ambition\n' };
    assert.deepEqual(linkedStrategy(ambition, [ambition], root), { path: '../../etc/strategi.md', problem: 'outside' });
    const remote = { ...ambition, text: ambition.text.replace('../../etc/strategi.md', 'https://example.org/s.md') };
    assert.deepEqual(linkedStrategy(remote, [remote], root), { path: 'https://example.org/s.md', problem: 'outside' });
    const absolute = { ...ambition, text: ambition.text.replace('../../etc/strategi.md', '/etc/passwd.md') };
    assert.deepEqual(linkedStrategy(absolute, [absolute], root), { path: '/etc/passwd.md', problem: 'outside' });
    const missing = { ...ambition, text: ambition.text.replace('../../etc/strategi.md', '../nope.md') };
    assert.deepEqual(linkedStrategy(missing, [missing], root), { path: '../nope.md', problem: 'not-found' });
  });

  it('a folder of ambitions renders one table of the leaders, their units and six answers', async () => {
    const { out } = await run(root, ['ambitioner'], 'markdown');
    const table = out.slice(0, out.indexOf('\n---\n'));
    assert.equal(
      table,
      [
        '# Ledernes digitale ambitioner',
        '',
        '2 ambitioner. Hver række er én leder; ✓ til stede, ◐ kun berørt, ✗ mangler.',
        '',
        '| Leder | Rolle | Enhed | Sammenhæng med resten af kommunen | Digitalisering på enhedens dagsorden | Mål om to år | Praktiske tilgange | Forventninger begge veje | Etiske overvejelser | Besvaret |',
        '| --- | --- | --- | :---: | :---: | :---: | :---: | :---: | :---: | --- |',
        '| Jens Hansen | Skolechef | Skoleområdet | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | 6/6 |',
        '| Sara Holm | Teamleder | Hjemmeplejen Nord | ✓ | ✓ | ✓ | ✗ | ✗ | ✗ | 3/6 |',
        '',
      ].join('\n'),
    );
  });
});
