import assert from 'node:assert/strict';
import { guardPipes } from '../../src/core/parse/pipeGuard';

describe('the pipe guard', () => {
  it('leaves tables of ordinary width untouched', () => {
    const table = '| Niveau | Ansvar |\n| --- | --- |\n| Direktionen | Sætter retning |\n';
    assert.equal(guardPipes(table), table);
  });

  it('keeps the length and masks only the pipes beyond the limit on each line', () => {
    const text = `${'|'.repeat(6)}\r\n${'|'.repeat(3)}\n|x|`;
    const guarded = guardPipes(text, 4);
    assert.equal(guarded.length, text.length);
    assert.equal(guarded, `||||  \r\n|||\n|x|`);
  });

  it('makes 1 MB of pipes cheap to parse: at most 128 per line are left', () => {
    const guarded = guardPipes(`# X\n\n${'|'.repeat(1_000_000)}`);
    assert.equal(guarded.split('|').length - 1, 128);
  });
});
