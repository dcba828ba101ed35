import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text/lineIndex';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns across LF, CRLF and CR', () => {
    const index = new LineIndex('ab\r\ncd\nef\rg');
    assert.deepEqual(index.positionAt(0), { line: 1, column: 1 });
    assert.deepEqual(index.positionAt(4), { line: 2, column: 1 });
    assert.deepEqual(index.positionAt(7), { line: 3, column: 1 });
    assert.deepEqual(index.positionAt(10), { line: 4, column: 1 });
    assert.equal(index.lineCount, 4);
    assert.equal(index.lineEnd(1), 2);
    assert.equal(index.offsetAt({ line: 2, column: 2 }), 5);
  });

  it('detects the dominant line break', () => {
    assert.equal(new LineIndex('a\r\nb\r\nc\n').eol, '\r\n');
    assert.equal(new LineIndex('a\nb\n').eol, '\n');
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('abc');
    assert.deepEqual(index.positionAt(99), { line: 1, column: 4 });
    assert.deepEqual(index.positionAt(-5), { line: 1, column: 1 });
  });
});
