import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { fixAllMissing } from '../../src/core/fix/documentEdits';
import { lint } from '../../src/core/lint';

/*
 * Found by the property suite (seed 7): a lone setext title whose words name
 * elements became "the title" only once sections were inserted under it, so
 * those elements turned from thin to missing and a second "insert all" added
 * them again. The title is now the only level-1 heading, whatever is below it.
 */
describe('"insert all" under a lone title', () => {
  const text = '---\nnote: x\n---\n\nansvar etik ipsum 2.3 :Los ansvar inklusion\n===\n\n**hjælp   ipsum**\n';

  it('a second "insert all" changes nothing', () => {
    const once = applyEdits(text, fixAllMissing(lint(text)));
    assert.notEqual(once, text);
    assert.deepEqual(fixAllMissing(lint(once)), []);
  });

  it('the title\'s words are not evidence before or after', () => {
    assert.equal(lint(text).recognition.verdicts.get('ethics')!.status, 'missing');
    const once = applyEdits(text, fixAllMissing(lint(text)));
    assert.equal(lint(once).recognition.verdicts.get('ethics')!.status, 'thin');
  });
});
