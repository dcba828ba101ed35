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

  it('leaves at most 128 pipes on a line of 100,000', () => {
    const guarded = guardPipes(`# X\n\n${'|'.repeat(100_000)}`);
    assert.equal(guarded.split('|').length - 1, 128);
  });
});
