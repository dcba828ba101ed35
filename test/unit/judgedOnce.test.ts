import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';

/*
 * What a verdict rests on, each thing once. A side remark is thin for its few words, and so is a short text: a
 * verdict that is both gives the reason once, so the JSON report's `evidence.reasons` never lists one twice. And a
 * section and one below it can both name an element ("Organisering" and "Roller og ansvar"): judged together, each
 * paragraph counts once, or its words would count twice towards "present" and the report would quote it twice.
 * Tuning documents where such verdicts stood.
 */
const TUNING = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'tuning');
const verdictsOf = (name: string) => lint(readFileSync(join(TUNING, `${name}.md`), 'utf8')).recognition.verdicts;

describe('a verdict rests on each thing once', () => {
  for (const name of ['canada-digital-ambition', 'fixture-crlf', 'fixture-english']) {
    it(`the reasons it is thin (${name})`, () => {
      const verdicts = [...verdictsOf(name).values()];
      assert.ok(verdicts.some((verdict) => verdict.reasons.includes('few-words')), 'a verdict thin for its few words');
      for (const verdict of verdicts) assert.deepEqual(verdict.reasons, [...new Set(verdict.reasons)], verdict.id);
    });
  }

  it('the paragraphs of a section and of the one below it, both named for the element', () => {
    const verdict = verdictsOf('fixture-nummereret-rapport').get('leadership-pipeline')!;
    const roles = verdict.blocks.filter((block) => block.text.startsWith('Byrådet vedtager strategien'));
    assert.equal(roles.length, 1, 'the roles paragraph, once');
    assert.equal(new Set(verdict.blocks).size, verdict.blocks.length);
  });
});
