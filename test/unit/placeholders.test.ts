import assert from 'node:assert/strict';
import { stripPlaceholders } from '../../src/core/model/substance';

/*
 * Template leftovers are counted and taken out before words are counted. The
 * quick test in front of the full pattern must never hide one: each kind is
 * here, in the case a template or a hurried author would write it.
 */
describe('template placeholders', () => {
  const kinds = [
    '[Skriv jeres mål her]',
    '[Afventer input fra Borgerservice]',
    '[hvert kvartal / hvert halve år]',
    '<indsæt dato>',
    'todo',
    'TBD',
    'FixMe',
    'XXX',
    '{{Hvad beslutter politikerne?}}',
    'Lorem ipsum dolor sit amet',
  ];
  for (const kind of kinds) {
    it(`finds ${kind}`, () => {
      assert.equal(stripPlaceholders(`Vi vil ${kind} i 2027.`).count, 1);
    });
  }

  it('leaves text without brackets or template words as it is', () => {
    const text = 'Vi vil give borgerne én indgang og afprøve løsningen med ti brugere i 2027.';
    assert.deepEqual(stripPlaceholders(text), { text, count: 0 });
  });
});
