import assert from 'node:assert/strict';
import { compileTerm, prepare, scoreTerms } from '../../src/core/recognition/terms';

const score = (term: string, text: string) => scoreTerms(prepare(text), [compileTerm({ term, weight: 2 })]).score;

describe('catalogue terms', () => {
  it('split at the punctuation the text tokeniser drops, so a term with a comma or slash matches', () => {
    assert.equal(score('digitalt, analogt eller hybridt', 'Vi tilbyder det digitalt, analogt eller hybridt.'), 2);
    assert.equal(score('forventer, at', 'Jeg forventer, at I siger fra.'), 2);
    assert.equal(score('24/7', 'Selvbetjening døgnet rundt, 24/7.'), 2);
  });

  it('keep wildcards, hyphens and per cent signs inside a word', () => {
    assert.equal(score('it-afdeling*', 'IT-afdelingen hjælper.'), 2);
    assert.equal(score('%', 'Mindst 80 % af sagerne.'), 2);
    assert.equal(score('digitali*', 'Digitaliseringen fortsætter.'), 2);
  });

  it('read a lone * inside a phrase as exactly one word of any kind', () => {
    assert.equal(score('samme * som', 'Vi skriver i det samme omsorgssystem som hjemmeplejen.'), 2);
    assert.equal(score('samme * som', 'Vi bruger samme som de andre.'), 0);
    assert.equal(score('samme * som', 'Det samme gamle system som før.'), 0);
    assert.equal(score('prøve * af', 'Vi vil prøve den af i et team.'), 2);
  });

  it('drop a match when a word of `unlessNext` follows it in the same sentence, and only then', () => {
    const inflow = (text: string) => scoreTerms(prepare(text), [compileTerm({ term: 'tilgang*', weight: 2, unlessNext: ['af', 'av'] })]).score;
    assert.equal(inflow('Tilgangen af sager stiger hvert år.'), 0);
    assert.equal(inflow('Tilgangen av cruiseskip blir større.'), 0);
    assert.equal(inflow('Min tilgang er at starte småt.'), 2);
    assert.equal(inflow('Det er min tilgang. Af samme grund starter vi småt.'), 2);
  });

  it('skip a word listed in `except`, and only that word', () => {
    const figure = (text: string) => scoreTerms(prepare(text), [compileTerm({ term: '*0*', weight: 2, except: ['2028'] })]).score;
    assert.equal(figure('Flere glade gæster i 2028.'), 0);
    assert.equal(figure('Senest i 2028 er 80 % af sagerne digitale.'), 2);
    assert.equal(figure('Vi når 2030-målet.'), 2);
  });
});
