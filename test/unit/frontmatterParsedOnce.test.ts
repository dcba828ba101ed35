import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';
import { readHeadFrontmatter } from '../../src/core/parse/frontmatter';

/*
 * The command line reads a file's head to decide whether it is a strategy
 * and then checks the file; the editor checks a document on every pause in
 * typing. Both read the same frontmatter again, and it is parsed once: the
 * head is cut as the Markdown parser cuts the block (without the line break
 * before the closing fence), so the check finds the same YAML text, and a
 * parsed YAML document is kept by its text.
 */
const CASES: Array<[string, string]> = [
  ['LF', '---\ntitel: Strategi for Aarby\ndokumenttype: digitaliseringsstrategi\n---\n\n# Strategi\n\nTekst.\n'],
  ['CRLF', '---\r\ntitel: Strategi for Aarby\r\nnote: |+\r\n  to linjer\r\n\r\n---\r\n\r\n# Strategi\r\n'],
  ['CR', '---\rtitel: Strategi for Aarby\r---\r\r# Strategi\r'],
  ['empty block', '---\n---\n\n# Strategi\n'],
];

describe('the frontmatter is parsed once per text', () => {
  for (const [name, text] of CASES) {
    it(`the head reads the YAML the check reads, and a second check reuses the parse (${name})`, () => {
      const head = readHeadFrontmatter(text);
      const checked = lint(text).document.frontmatter;
      assert.deepEqual(head.data, checked.data);
      assert.equal(head.end, checked.range.end);
      assert.ok(checked.document);
      // A second check of the same text reads the very same parsed document.
      assert.equal(lint(text).document.frontmatter.document, checked.document);
    });
  }

  it('a changed frontmatter is parsed anew', () => {
    const first = lint('---\ntitel: Aarby\n---\n\n# Strategi\n').document.frontmatter;
    const second = lint('---\ntitel: Borup\n---\n\n# Strategi\n').document.frontmatter;
    assert.notEqual(first.document, second.document);
    assert.equal(second.data['titel'], 'Borup');
  });
});
