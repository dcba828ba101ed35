import assert from 'node:assert/strict';
import { classifyStrategy, headTitle } from '../../src/core/strategyRule';
import { formatMarkdown } from '../../src/formatters/markdown';
import { defaultConfig } from '../../src/core/config/types';
import { lint } from '../../src/core/lint';
import { toFileReport } from '../../src/core/report';
import { reportMeta } from '../../src/formatters/meta';

const verdict = (path: string, head: string, configured = false) => {
  const { strategy, reason } = classifyStrategy({ path, head, configured });
  return `${strategy ? 'strategy' : 'skip'}:${reason}`;
};

describe('is this a strategy? one rule for CLI and editor (issue 12)', () => {
  it('a declared document type decides, in Danish or English keys', () => {
    assert.equal(verdict('notes.md', '---\ndokumenttype: digitaliseringsstrategi\n---\n# Noter\n'), 'strategy:declared');
    assert.equal(verdict('notes.md', '---\ntype: min-digitale-ambition\n---\n'), 'strategy:declared');
    assert.equal(verdict('notes.md', '---\ndocumentType: Digital strategy\n---\n'), 'strategy:declared');
    assert.equal(verdict('digitaliseringsstrategi.md', '---\ndokumenttype: referat\n---\n# Digitaliseringsstrategi\n'), 'skip:other-type');
  });

  it('configured globs, then a title or file name naming a digitalisation strategy, plan or ambition', () => {
    assert.equal(verdict('a.md', '# Noter\n', true), 'strategy:configured');
    for (const title of ['Digitaliseringsstrategi 2026-2029', 'Digital strategi for Aarby', 'Strategi for digitalisering', 'IT-strategi', 'Digitaliseringsplan', 'Min digitale ambition', 'Digital Strategy 2025', 'Digitaliseringspolitik']) {
      assert.equal(verdict('a.md', `# ${title}\n`), 'strategy:title', title);
    }
    assert.equal(verdict('a.md', '---\ntitle: Our digital strategy\n---\n\nText.\n'), 'strategy:title');
    assert.equal(verdict('docs/digital-strategy.md', '# Plan\n'), 'strategy:file-name');
    assert.equal(verdict('README.md', '# Projektet\n\nOm digitalisering og strategi.\n'), 'skip:not-a-strategy');
    assert.equal(verdict('README.md', ''), 'skip:not-a-strategy');
  });

  it('a readiness report Strategitjek wrote is never a strategy, in either language', () => {
    const result = lint('---\ntitel: Digitaliseringsstrategi\n---\n# Digitaliseringsstrategi\n');
    for (const language of ['da', 'en'] as const) {
      const report = formatMarkdown([{ report: toFileReport(result, 'digitaliseringsstrategi.md'), meta: reportMeta(result.document.frontmatter.data) }], {
        config: { ...defaultConfig(), language },
      });
      assert.equal(verdict('digitaliseringsstrategi-rapport.md', report), 'skip:own-report', language);
    }
  });

  it('broken frontmatter does not throw and falls back to the title', () => {
    assert.equal(verdict('a.md', '---\n: : [\n---\n# Digitaliseringsstrategi\n'), 'strategy:title');
    assert.equal(headTitle('---\ntitel: 7\n---\n# Digital strategi\n'), 'Digital strategi');
  });
});
