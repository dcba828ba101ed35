import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';

// A letter to staff with no headings at all: its paragraphs are the answers, not an introduction to them.
const LETTER = `---
titel: Min digitale ambition
dokumenttype: min-digitale-ambition
---

Kære alle

Til sidst etikken. Fjernaflæste målere kan vise, hvornår en husstand bruger vand, og dermed hvornår nogen er hjemme. Jeg vil ikke have, at vi bruger timedata til andet end at finde lækager, og et menneske vurderer altid sagen, før vi kontakter borgeren. Det skriver vi ind i vores databehandling, og MED-udvalget får reglerne forelagt.
`;

describe('a text with no headings', () => {
  it('is judged as the answer itself, not as a summary before the chapters', () => {
    const verdict = lint(LETTER).recognition.verdicts.get('ambition-ethics')!;
    assert.equal(verdict.evidence, 'prose');
    assert.deepEqual(verdict.reasons, []);
    assert.equal(verdict.status, 'present');
  });

  it('before a first heading, the same paragraph is still an introduction', () => {
    const verdict = lint(`${LETTER}\n## Mål\n\nOm to år er 80 % af målerne fjernaflæste.\n`).recognition.verdicts.get('ambition-ethics')!;
    assert.equal(verdict.evidence, 'summary');
  });
});
