import { strict as assert } from 'node:assert';
import { VOCABULARIES } from '../../src/core/catalogue/vocabularies';
import { compileTerm, prepare, scoreTerms } from '../../src/core/recognition/terms';

/*
 * A plan that says, in passing, what happens to the people a digital channel
 * leaves out ("Borgere, der ikke bruger internettet, kan fortsat ringe")
 * speaks of digital inclusion, in every language the checker reads. The
 * clause counts only beside a digital channel in the same sentence: people
 * without access to a meeting room are another matter. What such a passing
 * remark comes to (thin, as a rule) is the calibration's judgement; this test
 * holds what the vocabulary hands it.
 */
const body = VOCABULARIES.inclusion.body.map((term) => compileTerm(term));
const labels = (sentence: string) => scoreTerms(prepare(sentence), body).hits.map((hit) => hit.term.label);

describe('the people a digital channel leaves out, named in passing', () => {
  for (const [language, sentence, term] of [
    ['da', 'Borgere, der ikke bruger internettet, kan som i dag ringe til vintervagten.', 'der ikke bruger'],
    ['da', 'Det skal også være let at anmelde graffiti for dem, der ikke har en smartphone.', 'der ikke har'],
    ['nb', 'Innbyggere som ikke bruker appen, kan ringe til vakttelefonen.', 'som ikke bruker'],
    ['sv', 'Invånare som inte använder appen kan ringa jourtelefonen.', 'som inte använder'],
    ['en', 'Residents who would rather not use the website can still phone us or visit the Customer Service Centre.', 'who would rather not'],
  ] as const) {
    it(`speak of digital inclusion (${language}: "${term}")`, () => {
      assert.ok(labels(sentence).includes(term), labels(sentence).join(', '));
    });
  }

  it('count only beside a digital channel in the same sentence', () => {
    assert.deepEqual(labels('Medarbejdere, der ikke har adgang til mødelokalet, kan ringe til vagten.'), []);
    assert.deepEqual(labels('Borgere, der ikke bruger cykelstien om vinteren, kan køre ad vejen. Vejen står på kortet på hjemmesiden.'), []);
  });
});
