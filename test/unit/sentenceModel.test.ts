import { strict as assert } from 'node:assert';
import { STRATEGY_CATALOGUE } from '../../src/core/catalogue/catalogues';
import { defaultConfig } from '../../src/core/config/types';
import { lint } from '../../src/core/lint';
import { buildDocument } from '../../src/core/model/buildDocument';
import { recognise } from '../../src/core/recognition/recognise';
import type { SentenceModel } from '../../src/core/catalogue/sentenceModelType';
import { scoreFeatures, sentenceFeatures } from '../../src/core/recognition/sentenceModel';
import { tokenize } from '../../src/core/recognition/tokens';

describe('the sentence model', () => {
  it('reads a sentence as the stems and character grams of its words of four letters or more', () => {
    assert.deepEqual(sentenceFeatures(tokenize('Vi deler data.')), ['s:deler', '^dele', 'deler', 'eler$', 's:data', '^data', 'data$']);
    // A hyphenated word is read part by part, like the plain words.
    assert.deepEqual(sentenceFeatures(tokenize('it-systemer')), ['s:system', '^syst', 'syste', 'ystem', 'steme', 'temer', 'emer$']);
  });

  it('scores by the weights of the features, scaled by the root of their number, plus the bias', () => {
    const model: SentenceModel = { threshold: 0, bias: { simplicity: -1 }, weights: { simplicity: { 's:deler': 2, 's:data': 2 } } };
    assert.equal(scoreFeatures(model, 'simplicity', ['s:deler', 's:data', 'x', 'y']), -1 + 4 / 2);
    assert.equal(scoreFeatures(model, 'ethics', ['s:deler']), -Infinity);
  });

  // A model that knows one word, so the test does not move when the trained weights do.
  const model: SentenceModel = { threshold: 1, bias: {}, weights: {} };
  for (const id of STRATEGY_CATALOGUE.ids) {
    (model.bias as Record<string, number>)[id] = -1;
    (model.weights as Record<string, Record<string, number>>)[id] = id === 'simplicity' ? { 's:system': 10 } : {};
  }
  const judge = (text: string) => recognise(buildDocument(text), defaultConfig(), STRATEGY_CATALOGUE, model).verdicts.get('simplicity')!;

  it('turns a missing element into "possibly answered" at the sentence that reads like an answer', () => {
    const text = '# Plan\n\n## Indkøb\n\nVi køber ind efter behov.\n\nVi foretrækker de systemer, vi allerede har.\n';
    const verdict = judge(text);
    assert.equal(verdict.status, 'thin');
    assert.deepEqual(verdict.reasons.slice(0, 1), ['possible']);
    assert.equal(verdict.section?.text, 'Indkøb');
    assert.equal(text.slice(verdict.anchor!.start, verdict.anchor!.end), 'Vi foretrækker de systemer, vi allerede har.');
  });

  it('judges a section whose paragraphs read clearly like an answer as one, in the section’s own words', () => {
    const strong: SentenceModel = { ...model, weights: { ...model.weights, simplicity: { 's:system': 20 } } };
    const text =
      '# Plan\n\n## Indkøb\n\nNår en afdeling beder om noget nyt, ser vi først på de systemer, vi allerede har i huset.\n\n' +
      'Kan de systemer, vi allerede har, ikke klare opgaven, taler vi med leverandøren om en udvidelse.\n';
    const verdict = recognise(buildDocument(text), defaultConfig(), STRATEGY_CATALOGUE, strong).verdicts.get('simplicity')!;
    assert.equal(verdict.status, 'present');
    assert.equal(verdict.section?.text, 'Indkøb');
    assert.deepEqual(verdict.terms, []);
    // One such paragraph, however clear, is only a possible answer.
    const one = '# Plan\n\n## Indkøb\n\nVi køber ind efter behov.\n\nVi foretrækker de systemer, vi allerede har.\n';
    assert.deepEqual(recognise(buildDocument(one), defaultConfig(), STRATEGY_CATALOGUE, strong).verdicts.get('simplicity')!.reasons.slice(0, 1), ['possible']);
  });

  it('leaves a confident "missing" where no sentence reaches the threshold', () => {
    assert.equal(judge('# Plan\n\n## Indkøb\n\nVi køber ind efter behov.\n').status, 'missing');
  });

  it('never reads a case box, a quote or a summary as a possible answer', () => {
    assert.equal(judge('# Plan\n\n## Eksempel fra Nabokommune\n\nDe foretrækker de systemer, de allerede har.\n').status, 'missing');
    assert.equal(judge('# Plan\n\n## Indkøb\n\n> Vi foretrækker de systemer, vi allerede har.\n').status, 'missing');
  });

  it('catches a paraphrase that uses none of the vocabulary with the committed model', () => {
    const verdict = lint('# Plan for Testby\n\n## Indkøb\n\nHvor det kan lade sig gøre, foretrækker vi funktioner i de systemer, vi allerede har, frem for nye selvstændige løsninger.\n').recognition.verdicts.get('simplicity')!;
    assert.equal(verdict.status, 'thin');
    assert.deepEqual(verdict.terms, []);
  });
});
