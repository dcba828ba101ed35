import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';

/*
 * A side remark is thin for its few words, and so is a short text: a verdict that is both gives the reason once, so
 * the JSON report's `evidence.reasons` never lists one twice. Three tuning documents where such verdicts stood.
 */
const TUNING = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'tuning');

describe('the reasons a verdict is thin', () => {
  for (const name of ['canada-digital-ambition', 'fixture-crlf', 'fixture-english']) {
    it(`are given once each (${name})`, () => {
      const verdicts = [...lint(readFileSync(join(TUNING, `${name}.md`), 'utf8')).recognition.verdicts.values()];
      assert.ok(verdicts.some((verdict) => verdict.reasons.includes('few-words')), 'a verdict thin for its few words');
      for (const verdict of verdicts) assert.deepEqual(verdict.reasons, [...new Set(verdict.reasons)], verdict.id);
    });
  }
});
