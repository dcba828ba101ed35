import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { fixAllMissing } from '../../src/core/fix/documentEdits';
import { lint } from '../../src/core/lint';

const OPEN = ['# Strategi', '', 'Tekst.', '', '```yaml', 'noget: kode', ''];

describe('fixes in a document that ends in an unclosed code fence (issue 9, item 6)', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`a section is inserted after the fence, which the edit closes (${name})`, () => {
      const text = OPEN.join(eol);
      const result = lint(text);
      const fix = result.findings.find((f) => f.ruleId === 'ethics' && f.messageId === 'missing')!.fix!;
      assert.equal(fix.edits.length, 1);
      const [edit] = fix.edits;
      assert.deepEqual([edit.start, edit.end], [text.length, text.length]);
      assert.ok(edit.text.startsWith(`\`\`\`${eol}${eol}## Etik`), JSON.stringify(edit.text.slice(0, 30)));
      const fixed = applyEdits(text, fix.edits);
      assert.ok(fixed.startsWith(text), 'nothing before the end changes');
      assert.equal(lint(fixed).recognition.verdicts.get('ethics')!.status, 'thin');
    });
  }

  it('a fence without a final line break is closed on its own line', () => {
    const text = '# Strategi\n\n~~~~\nkode';
    const fix = lint(text).findings.find((f) => f.ruleId === 'ethics' && f.messageId === 'missing')!.fix!;
    assert.ok(fix.edits[0].text.startsWith('\n~~~~\n\n## Etik'));
  });

  it('a closed fence at the end is left alone', () => {
    const text = '# Strategi\n\n```\nkode\n```\n';
    const fix = lint(text).findings.find((f) => f.ruleId === 'ethics' && f.messageId === 'missing')!.fix!;
    assert.ok(fix.edits[0].text.startsWith('\n## Etik'), JSON.stringify(fix.edits[0].text.slice(0, 20)));
  });

  it('"insert all" closes the fence once and is idempotent', () => {
    const text = OPEN.join('\n');
    const first = lint(text);
    const edits = fixAllMissing(first);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].text.match(/^```$/gm)?.length, 1);
    const once = applyEdits(text, edits);
    const second = lint(once);
    assert.deepEqual(second.findings.filter((f) => f.messageId === 'missing'), []);
    assert.deepEqual(fixAllMissing(second), []);
  });
});
