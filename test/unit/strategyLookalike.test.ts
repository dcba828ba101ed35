import assert from 'node:assert/strict';
import { declareStrategyEdit, looksLikeStrategy } from '../../src/core/strategyLookalike';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { classifyStrategy } from '../../src/core/strategyRule';

describe('look-alike strategies and declaring one (issue 12: "Tjek som strategi?")', () => {
  it('a title or file name with a strategy word, or two headings about digitalisation, looks like a strategy', () => {
    assert.equal(looksLikeStrategy({ path: 'a.md', head: '# Handleplan for borgerservice 2026\n\nTekst.\n' }), true);
    assert.equal(looksLikeStrategy({ path: 'borgerservicestrategi-udkast.md', head: '# Udkast\n' }), true);
    assert.equal(looksLikeStrategy({ path: 'noter.md', head: '# Noter\n\n## Digitale løsninger\n\n## Data og deling\n' }), true);
  });

  it('notes, strategies already taken, other document types and our own reports do not', () => {
    assert.equal(looksLikeStrategy({ path: 'README.md', head: '# Projektet\n\nNoter om etik.\n' }), false);
    assert.equal(looksLikeStrategy({ path: 'x.md', head: '# Digitaliseringsstrategi 2026\n' }), false, 'already a strategy by its title');
    assert.equal(looksLikeStrategy({ path: 'x.md', head: '---\ndokumenttype: referat\n---\n# Handleplan\n' }), false);
    assert.equal(looksLikeStrategy({ path: 'strategi.rapport.md', head: '# Høringsparathed: Strategi\n' }), false);
  });

  it('declaring adds dokumenttype as the first frontmatter key, or a new frontmatter, and nothing else', () => {
    const withFrontmatter = '---\ntitel: Handleplan\n---\n\n# Handleplan\n';
    const declared = applyEdits(withFrontmatter, [declareStrategyEdit(withFrontmatter)]);
    assert.equal(declared, '---\ndokumenttype: digitaliseringsstrategi\ntitel: Handleplan\n---\n\n# Handleplan\n');
    const bare = '\uFEFF# Handleplan\r\n\r\nTekst.\r\n';
    assert.equal(applyEdits(bare, [declareStrategyEdit(bare)]), '\uFEFF---\r\ndokumenttype: digitaliseringsstrategi\r\n---\r\n\r\n# Handleplan\r\n\r\nTekst.\r\n');
    // A thematic break at the top is not a frontmatter.
    const rule = '---\n\n# Handleplan\n';
    assert.equal(applyEdits(rule, [declareStrategyEdit(rule)]), '---\ndokumenttype: digitaliseringsstrategi\n---\n\n---\n\n# Handleplan\n');
    for (const text of [declared, applyEdits(bare, [declareStrategyEdit(bare)])]) {
      assert.deepEqual(classifyStrategy({ path: 'a.md', head: text }), { strategy: true, reason: 'declared' });
    }
  });
});
