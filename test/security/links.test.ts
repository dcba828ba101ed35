import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/parseConfig';
import { sanitizeConfig } from '../../src/core/config/sanitize';
import { defaultConfig, mergeConfig } from '../../src/core/config/types';
import { expandUrlTemplate, sanitizeUrlTemplate } from '../../src/core/config/urlTemplate';
import { lint } from '../../src/core/lint';
import { columnUrl, ruleUrl } from '../../src/core/links';
import { RULE_IDS } from '../../src/core/rules';
import { toFileReport } from '../../src/core/report';
import { formatMarkdown } from '../../src/formatters/markdown';
import { reportMeta } from '../../src/formatters/meta';

const EVIL = 'https://evil.example/x?<img src=x onerror=alert(1)>';

/** A strategy whose frontmatter tries to steer every link and the language. */
const HOSTILE = [
  '---',
  'titel: S',
  'strategitjek:',
  `  columnsUrl: "${EVIL}#{column}"`,
  '  docsUrl: "https://evil.example/"',
  '  language: en',
  '  rules:',
  '    ethics: warning',
  '---',
  '# S',
  '',
].join('\n');

describe('links a document cannot steer (issue 9, item 3)', () => {
  it('frontmatter overrides keep rules and drop columnsUrl, docsUrl and language', () => {
    const result = lint(HOSTILE);
    assert.equal(result.config.columnsUrl, undefined);
    assert.equal(result.config.docsUrl, defaultConfig().docsUrl);
    assert.equal(result.config.language, 'da');
    assert.deepEqual(result.config.rules, { ethics: 'warning' });
  });

  it('the ignored keys are reported as unknown, at the key', () => {
    const result = lint(HOSTILE);
    const reported = result.findings.filter((f) => f.ruleId === 'frontmatter-schema').map((f) => [f.message, HOSTILE.slice(f.range.start, f.range.end)]);
    assert.deepEqual(reported, [
      ['Ukendt nøgle »columnsUrl« under »strategitjek«.', 'columnsUrl'],
      ['Ukendt nøgle »docsUrl« under »strategitjek«.', 'docsUrl'],
      ['Ukendt nøgle »language« under »strategitjek«.', 'language'],
    ]);
  });

  it('the readiness report of a hostile document links only to the project’s pages', () => {
    const result = lint(HOSTILE);
    const report = formatMarkdown([{ report: toFileReport(result, 's.md'), meta: reportMeta(result.document.frontmatter.data) }], { config: mergeConfig(defaultConfig()) });
    assert.doesNotMatch(report, /evil|<img/);
    const targets = [...report.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.ok(targets.length > 20);
    for (const target of targets) assert.ok(target.startsWith('https://github.com/strategitjek/strategitjek/blob/main/docs/'), target);
  });

  describe('URL templates from trusted places', () => {
    for (const accepted of ['https://intranet.example/klummer.pdf#page={page}', 'https://x.example/{column}', 'klummer/{column}.md', 'docs/klummer.pdf#page={page}']) {
      it(`accepts ${accepted}`, () => assert.equal(sanitizeUrlTemplate(accepted), accepted));
    }
    for (const refused of [
      'http://intranet.example/{column}',
      'file:///etc/passwd',
      'javascript:alert(1)//{column}',
      'data:text/html,<script>alert(1)</script>',
      'JAVASCRIPT:alert(1)',
      '//evil.example/{column}',
      '/etc/klummer/{column}',
      '../../klummer/{column}.md',
      'klummer/../../{column}.md',
      'https://intranet.example@evil.example/{column}',
      'https://intra\nnet.example/{column}',
      'java\tscript:alert(1)',
      '\\\\server\\share\\{column}',
      'https://',
      '',
      42,
    ]) {
      it(`refuses ${JSON.stringify(refused)}`, () => assert.equal(sanitizeUrlTemplate(refused), undefined));
    }

    it('fills and percent-encodes a template so nothing in it is Markdown', () => {
      assert.equal(
        expandUrlTemplate("https://intranet.example/klummer (1).pdf?q=<x>|'*[]`#page={page}", { column: 7, page: 18 }),
        'https://intranet.example/klummer%20%281%29.pdf?q=%3Cx%3E%7C%27%2A%5B%5D%60#page=18',
      );
      assert.equal(expandUrlTemplate('klummer/{column} (kopi).md', { column: 7 }), 'klummer/7%20%28kopi%29.md');
    });

    it('columnUrl and ruleUrl fall back to the project’s pages for a template that was never sanitised', () => {
      const config = { columnsUrl: 'javascript:alert(1)//{column}', docsUrl: 'https://x.example/d)<b>' };
      assert.equal(columnUrl(7, config), 'https://x.example/d%29%3Cb%3E/columns/07.md');
      assert.equal(columnUrl(7, { columnsUrl: 'javascript:alert(1)', docsUrl: 'data:x' }), 'https://github.com/strategitjek/strategitjek/blob/main/docs/columns/07.md');
      assert.equal(ruleUrl('ethics', { docsUrl: 'file:///tmp/' }), 'https://github.com/strategitjek/strategitjek/blob/main/docs/rules/ethics.md');
    });

    it('.strategitjek.yaml: an http:// template is reported and dropped', () => {
      const { config, problems } = parseConfig('columnsUrl: "http://intranet.example/{column}"\n');
      assert.equal(config.columnsUrl, undefined);
      assert.deepEqual(problems.map((p) => p.message), ['»columnsUrl« skal være en adresse, der begynder med https://, eller en sti i forhold til arbejdsområdet.']);
    });

    it('editor settings go through the same sanitiser: bad thresholds, unknown rules and unsafe URLs are dropped', () => {
      const config = sanitizeConfig(
        { rules: { ethics: 'off', nonsense: 'off', inclusion: 'loud' }, thresholds: { presentMinWords: -3, presentMinStatements: 2.5, summarySpread: 5 }, columnsUrl: 'http://x.example/{column}' },
        RULE_IDS,
      );
      assert.deepEqual(config, { rules: { ethics: 'off' }, thresholds: { summarySpread: 5 } });
    });
  });
});
