import assert from 'node:assert/strict';
import { guardNesting } from '../../src/core/parse/nestingGuard';
import { safeSplitPoints } from '../../src/core/parse/splitPoints';
import { lineEnds, nextLineStart } from '../../src/core/text/lineBreaks';

/*
 * The nesting guard and the chapter cuts find lines with the engine's own
 * search and skip prose and empty lines without reading them; these cases
 * hold the exact results at the edges of those shortcuts.
 */
describe('line scanning in the parser guards', () => {
  it('finds line ends after \\n, \\r and \\r\\n alike', () => {
    for (const text of ['ab\ncd', 'ab\rcd', 'ab\r\ncd']) {
      const end = lineEnds(text);
      assert.equal(end(0), 2, JSON.stringify(text));
      assert.equal(end(nextLineStart(text, 2)), text.length, JSON.stringify(text));
    }
    assert.equal(nextLineStart('ab', 2), 2);
  });

  it('blanks each run of lines nested deeper than the limit, joined across one line break of any kind', () => {
    const deep = '\t'.repeat(9) + 'x';
    const text = `a\n${deep}\r\n${deep}\rb\n\n${deep}`;
    const { blanked } = guardNesting(text);
    assert.deepEqual(blanked, [
      { start: 2, end: 2 + 10 + 2 + 10, depth: 18 },
      { start: text.length - 10, end: text.length, depth: 18 },
    ]);
  });

  it('counts quotes, bullets and ordered items, and leaves a line at the limit alone', () => {
    assert.deepEqual(guardNesting(`${'> '.repeat(8)}x`).blanked, []); // 8 quotes and 8 columns: 12
    assert.deepEqual(guardNesting(`${'- '.repeat(16)}x`).blanked, []); // 16 items: the limit itself
    assert.deepEqual(guardNesting(`${'1. '.repeat(17)}x`).blanked, [{ start: 0, end: 52, depth: 17 }]);
  });

  it('does not take U+2028 for a line break', () => {
    const text = `text\u2028${'\t'.repeat(9)}x`;
    assert.deepEqual(guardNesting(text).blanked, []);
  });

  it('cuts before headings after blank lines, and not inside HTML blocks, fences or frontmatter', () => {
    const text = ['---', '# ikke her', '---', '', '# A', 'tekst', '', '<!--', '', '# ikke her', '-->', '', '# B', '```', '', '# ikke her', '```', '', '# C', ''].join('\r\n');
    const cuts = safeSplitPoints(text, 0).map((point) => point.line);
    assert.deepEqual(cuts, [5, 13, 19]);
  });

  it('does not cut after an HTML block that runs to the next blank line while prose continues it', () => {
    const text = '<div>\nløbende tekst\n# ikke her\n\n# D\n';
    assert.deepEqual(safeSplitPoints(text, 0).map((point) => point.line), [5]);
  });
});
