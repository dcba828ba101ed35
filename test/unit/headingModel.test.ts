import { strict as assert } from 'node:assert';
import { STRATEGY_CATALOGUE } from '../../src/core/catalogue/catalogues';
import { defaultConfig } from '../../src/core/config/types';
import { buildDocument } from '../../src/core/model/buildDocument';
import { calibrationFeatureNames } from '../../src/core/recognition/calibration';
import { recognise } from '../../src/core/recognition/recognise';
import { bestSentenceScore, SENTENCE_MODELS } from '../../src/core/recognition/sentenceModel';
import { prepare } from '../../src/core/recognition/terms';

/*
 * The heading model reads a heading the way reviewers do: "Når borgeren ikke
 * kan selv" is the heading of an inclusion section though it holds none of the
 * inclusion vocabulary's words. The calibration weighs the document's best
 * heading for each element; these tests hold the committed model to headings
 * that say their element plainly in other words, and hold that the reading
 * reaches the calibration's features.
 */
const model = SENTENCE_MODELS.digitaliseringsstrategi!;
const headingScore = (id: string, heading: string) => bestSentenceScore(model.headings!, id, prepare(heading));

describe('the heading model', () => {
  it('is committed for every element of both document types', () => {
    for (const [type, trained] of Object.entries(SENTENCE_MODELS)) {
      assert.ok(trained?.headings, `${type} has a heading model`);
      assert.deepEqual(Object.keys(trained.headings.weights).sort(), Object.keys(trained.bias).sort(), type);
    }
  });

  for (const [heading, id] of [
    ['Når borgeren ikke kan selv', 'inclusion'],
    ['Plads til at udvikle', 'room-to-develop'],
    ['Borgerne i centrum', 'citizen-value'],
  ] as const) {
    it(`reads »${heading}« as ${id}'s heading above every other element's and above a plain »Tidsplan«`, () => {
      const own = headingScore(id, heading);
      for (const other of STRATEGY_CATALOGUE.ids.filter((candidate) => candidate !== id)) assert.ok(own > headingScore(other, heading), `${id} ${own} against ${other}`);
      assert.ok(own > headingScore(id, 'Tidsplan') + 2);
    });
  }

  it('makes a section whose heading it reads as the element a possible answer, where the vocabulary finds nothing', () => {
    const filler = 'Planen beskriver de næste fire år for skoler, veje, byggesager og ældrepleje i almindelige ord, så alle kan læse den.';
    const body = 'Biblioteket tager imod dem, der hellere vil tale med et menneske. Vi ringer tilbage samme dag.';
    const text = `# Strategi\n\n${filler} ${filler}\n\n## Når borgeren ikke kan selv\n\n${body}\n\n## Tidsplan\n\n${filler}\n`;
    const verdict = recognise(buildDocument(text), defaultConfig(), STRATEGY_CATALOGUE).verdicts.get('inclusion')!;
    assert.deepEqual(
      { status: verdict.status, evidence: verdict.evidence, section: verdict.section?.text, terms: verdict.terms, reasons: verdict.reasons },
      { status: 'thin', evidence: 'heading', section: 'Når borgeren ikke kan selv', terms: [], reasons: ['possible', 'few-words'] },
    );
    // The same text under a heading the model does not read as inclusion's: the verdict does not point at a heading.
    const plain = recognise(buildDocument(text.replace('Når borgeren ikke kan selv', 'Tidsplan for biblioteket')), defaultConfig(), STRATEGY_CATALOGUE).verdicts.get('inclusion')!;
    assert.notEqual(plain.evidence, 'heading');
  });

  it("gives the calibration the document's best heading for the element", () => {
    const filler = 'Kommunen arbejder med borgerservice, byggesager, skoler og ældrepleje, og planen beskriver de næste fire år i almindelige ord.';
    const text = (heading: string) => `# Strategi\n\n${filler} ${filler}\n\n## ${heading}\n\n${filler}\n\n## Tidsplan\n\n${filler}\n`;
    const feature = calibrationFeatureNames(STRATEGY_CATALOGUE.ids).indexOf('model-heading');
    const read = (heading: string) => recognise(buildDocument(text(heading)), defaultConfig(), STRATEGY_CATALOGUE).verdicts.get('inclusion')!.calibration!.features[feature];
    assert.ok(read('Når borgeren ikke kan selv') > read('Budget og økonomi'));
    // A heading the model reads as inclusion's, scaled and capped as the calibration reads it.
    assert.equal(read('Når borgeren ikke kan selv'), Math.min(5, headingScore('inclusion', 'Når borgeren ikke kan selv')) / 3);
  });
});
