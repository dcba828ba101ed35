import assert from 'node:assert/strict';
import { classifyReadError, configReadMessage } from '../../src/core/config/readProblem';

describe('unreadable .strategitjek.yaml is explained, not ignored (issue 9, item 10)', () => {
  it('tells a missing file from a folder, a permission problem and anything else, in Node and VS Code codes', () => {
    assert.deepEqual(
      ['ENOENT', 'FileNotFound', 'EISDIR', 'FileIsADirectory', 'EACCES', 'NoPermissions', 'Unavailable', undefined].map(classifyReadError),
      ['missing', 'missing', 'directory', 'directory', 'permission', 'permission', 'other', 'other'],
    );
  });

  it('says what is wrong and what happens meanwhile, in Danish and English', () => {
    assert.equal(
      configReadMessage('directory', '.strategitjek.yaml', 'EISDIR', 'da'),
      '.strategitjek.yaml er en mappe, ikke en fil. Strategitjek bruger standardindstillingerne, indtil den er erstattet af en fil.',
    );
    assert.equal(
      configReadMessage('permission', '.strategitjek.yaml', 'EACCES', 'en'),
      '.strategitjek.yaml cannot be read (permission denied). Strategitjek uses its default settings until the file can be read.',
    );
    assert.equal(configReadMessage('other', 'a.yaml', 'Unavailable', 'en'), 'a.yaml cannot be read (Unavailable). Strategitjek uses its default settings until the file can be read.');
  });
});
