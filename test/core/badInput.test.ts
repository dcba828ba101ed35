import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELEMENT_IDS } from '../../src/core/catalogue/elementTypes';
import { lint } from '../../src/core/lint';
import { check } from '../../src/core/report';
import { runCli } from '../helpers/cli';

/** Every bad input must give located findings or a clean message: never a crash or a hang. */
function brief(text: string) {
  const report = check(text);
  return report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
}

describe('bad input', () => {
  it('an empty file: every element missing, reported at line 1, plus the missing frontmatter', async () => {
    const report = check('');
    assert.deepEqual(
      report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`),
      ['1:1 frontmatter-recommended', ...ELEMENT_IDS.map((id) => `1:1 ${id}`)],
    );
    assert.ok(ELEMENT_IDS.every((id) => report.elements[id].status === 'missing' && report.elements[id].line === null));
  });

  it('no frontmatter: a warning with a fix, and the body is still checked', async () => {
    const result = lint('# Strategi\n\n## Digital inklusion\n\nVi arbejder for digital inklusion.\n');
    const frontmatter = result.findings.filter((f) => f.ruleId === 'frontmatter-recommended');
    assert.deepEqual(frontmatter.map((f) => f.messageId), ['no-frontmatter']);
    assert.ok(frontmatter[0].fix);
    assert.equal(result.recognition.verdicts.get('inclusion')!.status, 'thin');
  });

  it('frontmatter never closed: located at line 1, body still checked', async () => {
    assert.deepEqual(brief('---\ntitel: X\nstatus: udkast\n\n# Strategi\n').filter((f) => f.includes('frontmatter')), ['1:1 frontmatter-yaml']);
  });

  it('invalid YAML: located at the broken node, other rules still run', async () => {
    const report = check('---\ntitel: "uafsluttet\n---\n\n# Strategi\n');
    const yaml = report.findings.filter((f) => f.ruleId === 'frontmatter-yaml');
    assert.equal(yaml.length >= 1, true);
    assert.equal(yaml[0].line, 2);
    assert.equal(report.findings.filter((f) => f.ruleId === 'inclusion').length, 1);
  });

  it('invalid YAML below the document type: the lines read without an error still count, so an ambition is checked as one', async () => {
    const text = '---\ndokumenttype: min-digitale-ambition\ntitel: "Vi skal bygge smartere" – interview med direktøren\nleder: Lone\nenhed: Byg (skoler: fem)\n---\n\n# Min digitale ambition\n';
    const result = lint(text);
    assert.equal(result.recognition.catalogue.type, 'min-digitale-ambition');
    assert.deepEqual(result.document.frontmatter.data, { dokumenttype: 'min-digitale-ambition', leder: 'Lone' });
    const report = check(text);
    assert.deepEqual(report.findings.filter((f) => f.ruleId === 'frontmatter-yaml').map((f) => f.line), [3, 5]);
    assert.equal(report.documentType, 'min-digitale-ambition');
    assert.ok(report.findings.every((f) => !['inclusion', 'frontmatter-recommended'].includes(f.ruleId)), 'no strategy findings, no field warnings beside the YAML errors');
  });

  it('a byte order mark: positions as an editor counts them, frontmatter still found', async () => {
    const text = '\uFEFF---\ntitel: X\n---\n\n# Strategi\n';
    const report = check(text);
    assert.deepEqual(report.outline, [{ depth: 1, text: 'Strategi', line: 5, element: null }]);
    assert.equal(report.findings.find((f) => f.ruleId === 'inclusion')!.column, 1);
    assert.deepEqual(report.findings.filter((f) => f.ruleId === 'frontmatter-yaml'), []);
  });

  it('CRLF line breaks: same findings and lines as LF, and fixes insert CRLF', async () => {
    const lf = '---\ntitel: X\n---\n\n# Strategi\n\n## Det enkle først\n\nVi vil have færrest mulige it-systemer.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(check(crlf).findings, check(lf).findings);
    const fix = lint(crlf).findings.find((f) => f.ruleId === 'inclusion')!.fix!;
    assert.ok(fix.edits[0].text.includes('\r\n') && !/[^\r]\n/.test(fix.edits[0].text));
  });

  it('tabs: a tab-indented list is read, columns count the tab as one', async () => {
    const report = check('# Strategi\n\n\t- punkt\n\n## Etik\n\n\tDette er kode.\n');
    assert.equal(report.elements.ethics.status, 'thin');
    assert.equal(report.elements.ethics.line, 5);
  });

  it('a binary file: one error, nothing else, no crash', async () => {
    const report = check('PNG\u0000\u0001\u0002binary\u0000data');
    assert.deepEqual(report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity}`), ['1:1 readable-text error']);
  });

  // Long texts are parsed in chapters; the 5 MB size runs in `npm run test:stress`.
  for (const [size, title] of [
    [100 * 1024, 'a 100 KB file (parsed in chapters) is checked to the end'],
    [5 * 1024 * 1024, 'a 5 MB file is checked to the end @stress'],
  ] as const) {
    it(title, function () {
      this.timeout(120000);
      const paragraph = 'Vi vil sikre digital inklusion af alle borgere gennem assisteret selvbetjening og analoge alternativer. ';
      let text = '# Strategi\n\n';
      let n = 0;
      while (text.length < size) text += `## Afsnit ${++n}\n\n${paragraph.repeat(8)}\n\n`;
      // The last section, and only it, treats ethics: found there only if the text is read to the end.
      const lastLine = text.split('\n').length;
      text += '## Etik og kunstig intelligens\n\nVi bruger kun algoritmer i sagsbehandlingen, når en medarbejder træffer afgørelsen, og vi fortæller borgerne, hvilke data vi bruger.\n';
      const report = check(text);
      assert.equal(report.outline.length, n + 2);
      // A paragraph repeated hundreds of times is no strategy a reviewer would call complete: treated, at least thin.
      assert.notEqual(report.elements.inclusion.status, 'missing');
      assert.deepEqual([report.elements.ethics.line, report.elements.ethics.status !== 'missing'], [lastLine, true]);
    });
  }

  it('a file over the size limit is refused with a located error', async () => {
    const report = check('a'.repeat(17 * 1024 * 1024));
    assert.deepEqual(report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`), ['1:1 readable-text']);
    assert.match(report.findings[0].message, /17\.0 MB/);
  });

  for (const [shape, make] of [
    ['dash markers on one line', (n: number) => '- '.repeat(n) + 'x\n'],
    ['ordered markers on one line', (n: number) => '1. '.repeat(n) + 'x\n'],
    ['block quotes', (n: number) => '>'.repeat(n) + ' x\n'],
    // Indentation grows the file quadratically: 2,000 levels is already 4 MB (`npm run test:stress`).
    ['indented list items (300 levels)', (n: number) => Array.from({ length: Math.min(n, 300) }, (_, i) => '  '.repeat(i) + '- x').join('\n') + '\n'],
    ['indented list items (2,000 levels) @stress', (n: number) => Array.from({ length: Math.min(n, 2000) }, (_, i) => '  '.repeat(i) + '- x').join('\n') + '\n'],
  ] as const) {
    it(`10,000 nested levels (${shape}): skipped lines reported, rest checked`, function () {
      this.timeout(60000);
      const text = `# Strategi\n\n${make(10000)}\n## Etik\n\nTekst.\n`;
      const result = lint(text);
      const deep = result.findings.filter((f) => f.ruleId === 'readable-text');
      assert.equal(deep.length, 1);
      assert.equal(deep[0].messageId, 'too-deep');
      assert.equal(result.recognition.verdicts.get('ethics')!.status, 'thin');
    });
  }

  for (const [runs, title] of [
    [500, 'odd Markdown: deep emphasis, unclosed fences, raw HTML and link soup do not break the checker'],
    [5000, 'odd Markdown at ten times the size @stress'],
  ] as const) {
    it(title, function () {
      this.timeout(120000);
      const text = [
        '# Strategi',
        '*'.repeat(runs) + 'x' + '*'.repeat(runs),
        '['.repeat((runs * 3) / 5) + ']('.repeat((runs * 3) / 5),
        '<div><table><tr><td>rå html</td></tr></table>',
        '```',
        '## Ikke en overskrift, for hegnet lukkes aldrig',
      ].join('\n\n');
      const report = check(text);
      // The bold-only paragraph is read as a pseudo-heading, as a reader would.
      assert.deepEqual(report.outline.map((o) => o.text), ['Strategi', 'x']);
    });
  }

  describe('through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategitjek-bad-'));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('a binary .md file gives a finding and exit 1, not a crash', async () => {
      writeFileSync(join(dir, 'billede.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
      const result = await runCli(['check', 'billede.md'], { cwd: dir });
      assert.equal(result.code, 1);
      assert.match(result.stdout, /billede\.md:1:1 +fejl +Filen indeholder binære data/);
      assert.equal(result.stderr, '');
    });

    it('an unreadable path (a folder named like a file) gives exit 2', async () => {
      const result = await runCli(['check', 'findes-ikke/strategi.md'], { cwd: dir });
      assert.equal(result.code, 2);
      assert.equal(result.stderr, 'strategitjek: kan ikke læse "findes-ikke/strategi.md": filen eller mappen findes ikke\n');
    });
  });
});
