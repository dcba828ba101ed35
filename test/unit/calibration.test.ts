import { strict as assert } from 'node:assert';
import { STRATEGY_CATALOGUE } from '../../src/core/catalogue/catalogues';
import type { SentenceModel, VerdictCalibration } from '../../src/core/catalogue/sentenceModelType';
import { defaultConfig } from '../../src/core/config/types';
import { buildDocument } from '../../src/core/model/buildDocument';
import { calibrationFeatureNames, calibrationFeatures, calibrationVerdict, treeValue, type CalibrationInput } from '../../src/core/recognition/calibration';
import { recognise } from '../../src/core/recognition/recognise';
import { SENTENCE_MODELS } from '../../src/core/recognition/sentenceModel';
import { lint } from '../../src/core/lint';
import { toFileReport } from '../../src/core/report';
import { formatMarkdown } from '../../src/formatters/markdown';
import { reportMeta } from '../../src/formatters/meta';

/*
 * The verdict calibration moves a verdict one step towards the one its trained
 * weights give, within limits the rules can show a reviewer. These tests use
 * hand-made weights that always prefer one verdict, so they do not move when
 * the trained ones do.
 */

const names = calibrationFeatureNames(STRATEGY_CATALOGUE.ids);

/** Weights under which `status` always wins, for every element. */
function always(status: 'missing' | 'thin' | 'present'): VerdictCalibration {
  const weights = { missing: names.map(() => 0), thin: names.map(() => 0), present: names.map(() => 0) };
  weights[status][names.indexOf('bias')] = 10;
  return { features: names, weights };
}

/** A sentence model that reads nothing (every score far below its threshold), with the given calibration. */
function modelWith(calibration: VerdictCalibration): SentenceModel {
  const bias: Record<string, number> = {};
  const weights: Record<string, Record<string, number>> = {};
  for (const id of STRATEGY_CATALOGUE.ids) {
    bias[id] = -10;
    weights[id] = {};
  }
  return { threshold: 0, bias, weights, calibration };
}

// About 130 words: long enough for the calibration to read (it stands back below 100).
const FILLER = Array.from({ length: 12 }, (_, i) => `Afsnit ${i + 1} beskriver kommunens arbejde med borgerservice, byggesager og skoler i almindelige ord.`).join(' ');
const LONG = `# Strategi\n\n${FILLER}\n\n## Etik\n\nVi bruger data ansvarligt.\n`;

const ethics = (text: string, calibration: VerdictCalibration) => recognise(buildDocument(text), defaultConfig(), STRATEGY_CATALOGUE, modelWith(calibration)).verdicts.get('ethics')!;

describe('the verdict calibration', () => {
  it('names one feature per value, in the order the values come', () => {
    const input: CalibrationInput = {
      element: 2,
      elements: STRATEGY_CATALOGUE.ids.length,
      status: 'thin',
      evidence: 'heading',
      reasons: ['few-words'],
      substance: { words: 4, sentences: 1, listItems: 0, tableRows: 0, placeholders: 0 },
      blocks: 1,
      uncovered: 0,
      terms: 1,
      vocabularyBest: 2,
      vocabularySum: 3,
      vocabularyBlocks: 2,
      vocabularyStrongBlocks: 1,
      namedHeadings: 1,
      modelBest: -1.5,
      modelHeading: 0.5,
      modelBlocks: 0,
      modelStrongBlocks: 0,
      concreteness: 1.5,
      wordedSentences: 2,
      answeringSentences: 1,
      modelSentences: 3,
      modelSections: 1,
      termReliabilityBest: 0.75,
      termReliabilityMean: -0.25,
      documentWords: 2980,
      othersPresent: 4 / 9,
      othersMissing: 2 / 9,
      answeringShare: 0.125,
    };
    const features = calibrationFeatures(input);
    assert.equal(features.length, names.length);
    const value = (name: string) => features[names.indexOf(name)];
    assert.equal(value('bias'), 1);
    assert.equal(value('status:thin'), 1);
    assert.equal(value('status:present'), 0);
    assert.equal(value('evidence:heading'), 1);
    assert.equal(value('reason:few-words'), 1);
    assert.equal(value(`element:${STRATEGY_CATALOGUE.ids[2]}`), 1);
    assert.equal(value(`element:${STRATEGY_CATALOGUE.ids[2]}&status:thin`), 1);
    assert.equal(value(`element:${STRATEGY_CATALOGUE.ids[2]}&model-best`), -0.5);
    assert.equal(value('concreteness'), 0.5);
    // The sentence counts come right after concreteness, each squashed like the other counts.
    assert.deepEqual(
      names.slice(names.indexOf('concreteness'), names.indexOf('concreteness') + 5),
      ['concreteness', 'worded-sentences', 'answering-sentences', 'model-sentences', 'model-sections'],
    );
    assert.equal(value('worded-sentences'), Math.log(3) / 3);
    assert.equal(value('answering-sentences'), Math.log(2) / 3);
    assert.equal(value('model-sentences'), Math.log(4) / 4);
    assert.equal(value('model-sections'), Math.log(2) / 3);
    assert.equal(value(`element:${STRATEGY_CATALOGUE.ids[3]}&status:thin`), 0);
    // The term reliabilities and the document beside the element follow the sentence counts.
    assert.deepEqual(
      names.slice(names.indexOf('model-sections') + 1, names.indexOf('model-sections') + 7),
      ['term-reliability-best', 'term-reliability-mean', 'document-words', 'others-present', 'others-missing', 'answering-share'],
    );
    assert.equal(value('term-reliability-best'), 0.75);
    assert.equal(value('term-reliability-mean'), -0.25);
    assert.equal(value('document-words'), Math.log(2981) / 8);
    assert.equal(value('others-present'), 4 / 9);
    assert.equal(value('others-missing'), 2 / 9);
    assert.equal(value('answering-share'), 0.125);
  });

  it('reads the other elements as the rules judged them, and how reliably the terms the document uses tell that the element is treated', () => {
    const model = modelWith(always('thin'));
    // Two of the terms the section uses are known to this model, one reliable and one not; the third reads 0.
    const reader: SentenceModel = { ...model, termReliability: { ethics: { 'etisk ansvarlig*': 1.5, 'algoritm*': -0.5 } } };
    const text = `# Strategi\n\n${FILLER}\n\n## Etik\n\nVi bruger data etisk ansvarligt i alle sager. Algoritmer skal kunne forklares.\n`;
    const verdicts = recognise(buildDocument(text), defaultConfig(), STRATEGY_CATALOGUE, reader).verdicts;
    const ethics = verdicts.get('ethics')!;
    const feature = (name: string) => ethics.calibration!.features[names.indexOf(name)];
    assert.deepEqual(ethics.calibration!.terms, ['etisk ansvarlig*', 'algoritm*', 'forklare*']);
    assert.equal(feature('term-reliability-best'), 1.5);
    assert.equal(feature('term-reliability-mean'), (1.5 - 0.5 + 0) / 3);
    // The other nine as the rules judged them before the calibration moved any (in this model it moves them all to thin).
    const others = [...verdicts.values()].filter((verdict) => verdict.id !== 'ethics');
    const before = (verdict: (typeof others)[number]) => verdict.calibration!.from ?? verdict.status;
    assert.equal(feature('others-present'), others.filter((verdict) => before(verdict) === 'present').length / 9);
    assert.equal(feature('others-missing'), others.filter((verdict) => before(verdict) === 'missing').length / 9);
  });

  it('counts the sentences that carry the element: in the verdict by its words and by the model, in the document by the model, and the sections they stand in', () => {
    // A sentence model that reads every sentence as an answer on ethics and none on anything else.
    const model = modelWith(always('thin'));
    const reader: SentenceModel = { ...model, bias: { ...model.bias, ethics: 10 } };
    const text = `# Strategi\n\n${FILLER}\n\n## Etik\n\nVi bruger data etisk ansvarligt i alle sager. Borgerne kan altid se, hvad kommunen gør med deres oplysninger. Algoritmer skal kunne forklares.\n\n## Drift\n\nDriften af systemerne sker i fællesskab med nabokommunerne.\n`;
    const verdict = recognise(buildDocument(text), defaultConfig(), STRATEGY_CATALOGUE, reader).verdicts.get('ethics')!;
    assert.equal(verdict.section?.text, 'Etik');
    const count = (name: string, scale: number) => Math.round(Math.expm1(verdict.calibration!.features[names.indexOf(name)] * scale));
    // Two of the section's three sentences use ethics words ("etisk ansvarligt", "Algoritmer … forklares"); the model reads all three.
    assert.equal(count('worded-sentences', 3), 2);
    assert.equal(count('answering-sentences', 3), 3);
    // The filler's twelve sentences, the three on ethics and the one on operations, in three sections.
    assert.equal(count('model-sentences', 4), 16);
    assert.equal(count('model-sections', 3), 3);
  });

  it('gives the status with the highest score', () => {
    assert.equal(calibrationVerdict(always('present'), names.map(() => 1)), 'present');
    assert.equal(calibrationVerdict(always('missing'), names.map(() => 1)), 'missing');
  });

  it('adds its trees to the linear scores: a split sends a verdict left at or below its threshold, right above it', () => {
    const words = names.indexOf('words');
    // Linearly "thin" wins by 1; one tree on the words feature adds 2 to "present" above 0.5 and nothing at or below.
    const linear = always('thin');
    const calibration: VerdictCalibration = {
      features: names,
      weights: { ...linear.weights, thin: linear.weights.thin.map((weight) => weight / 10) },
      trees: { missing: [], thin: [], present: [[[words, 0.5, 1, 2], [0], [2]]] },
    };
    const features = (value: number) => names.map((name, i) => (name === 'bias' ? 1 : i === words ? value : 0));
    assert.equal(treeValue(calibration.trees!.present[0], features(0.5)), 0);
    assert.equal(treeValue(calibration.trees!.present[0], features(0.51)), 2);
    assert.equal(calibrationVerdict(calibration, features(0.5)), 'thin');
    assert.equal(calibrationVerdict(calibration, features(0.51)), 'present');
  });

  it('moves a thin verdict to present, and says what the rules said', () => {
    const verdict = ethics(LONG, always('present'));
    assert.equal(verdict.status, 'present');
    assert.deepEqual(verdict.reasons, []);
    assert.equal(verdict.calibration?.from, 'thin');
    assert.equal(verdict.section?.text, 'Etik');
  });

  it('moves a thin verdict to missing, with nothing left to point at', () => {
    const verdict = ethics(LONG, always('missing'));
    assert.equal(verdict.status, 'missing');
    assert.deepEqual(verdict.blocks, []);
    assert.equal(verdict.anchor, undefined);
    assert.equal(verdict.calibration?.from, 'thin');
  });

  it('moves a present verdict one step only: to "only touched on"', () => {
    const text = `# Strategi\n\n${FILLER}\n\n## Etik\n\nVi bruger aldrig data om borgere til at forudsige, hvem der får brug for hjælp. Et menneske træffer altid afgørelsen, og borgeren kan altid få at vide, hvilke oplysninger vi har brugt. Algoritmer, vi køber, skal kunne forklares, og vi tester dem for skævheder, før de tages i brug.\n`;
    const rules = ethics(text, always('present'));
    assert.equal(rules.status, 'present');
    assert.equal(rules.calibration?.from, undefined, 'the rules find this present');
    const verdict = ethics(text, always('missing'));
    assert.equal(verdict.status, 'thin');
    assert.deepEqual(verdict.reasons, ['few-words']);
    assert.equal(verdict.calibration?.from, 'present');
  });

  it('leaves present a section named for the element that answers in a table, row by row, however few its sentences', () => {
    const rows = ['| Tidsbestilling | Digital | Borgeren vælger selv tiden, også om aftenen |', '| Første samtale om gæld | Fysisk møde | Skam og helbred klares ikke i en formular |', '| Opfølgning | Borgerens valg | Telefon, video eller møde efter ønske |'];
    const withRows = (count: number) =>
      `# Strategi\n\n${FILLER}\n\n## Hvad bliver digitalt, og hvad gør vi fortsat ansigt til ansigt\n\nVi har gennemgået kerneopgaverne én for én.\n\n| Opgave | Form | Hvorfor |\n| --- | --- | --- |\n${rows.slice(0, count).join('\n')}\n`;
    const coreTasks = (text: string, calibration: VerdictCalibration) =>
      recognise(buildDocument(text), defaultConfig(), STRATEGY_CATALOGUE, modelWith(calibration)).verdicts.get('core-tasks')!;
    const table = coreTasks(withRows(3), always('thin'));
    assert.equal(table.status, 'present');
    assert.equal(table.evidence, 'heading');
    assert.equal(table.calibration?.from, undefined);
    // Two rows are not yet a table that answers: the calibration moves that verdict as any other.
    const short = coreTasks(withRows(2), always('thin'));
    assert.equal(coreTasks(withRows(2), always('present')).status, 'present', 'the rules find two rows present too');
    assert.equal(short.status, 'thin');
    assert.equal(short.calibration?.from, 'present');
  });

  it('turns a missing verdict into a possible answer only where there is a paragraph to point at', () => {
    const withWords = `# Strategi\n\n${FILLER}\n\n## Drift\n\nBorgernes data behandles efter databeskyttelsesforordningen.\n`;
    const rules = recognise(buildDocument(withWords), defaultConfig(), STRATEGY_CATALOGUE, modelWith(always('missing'))).verdicts.get('ethics')!;
    const verdict = ethics(withWords, always('present'));
    assert.equal(rules.status, 'missing');
    assert.equal(verdict.status, 'thin');
    assert.deepEqual(verdict.reasons, ['possible']);
    assert.equal(verdict.calibration?.from, 'missing');
    assert.deepEqual(verdict.blocks.map((block) => block.text), ['Borgernes data behandles efter databeskyttelsesforordningen.']);
    // A document that says nothing of ethics has nothing to point at: missing stays missing.
    const none = `# Strategi\n\n${FILLER}\n`;
    assert.equal(ethics(none, always('thin')).status, 'missing');
    assert.equal(ethics(none, always('thin')).calibration?.from, undefined);
  });

  it('leaves an element the author declared, and template text, as the rules judged them', () => {
    const marked = `# Strategi\n\n${FILLER}\n\n## Etik\n<!-- strategitjek: ethics -->\n\nVi bruger data ansvarligt.\n`;
    assert.equal(ethics(marked, always('missing')).status, ethics(marked, always('thin')).status);
    assert.equal(ethics(marked, always('missing')).calibration?.from, undefined);
    const placeholder = `# Strategi\n\n${FILLER}\n\n## Etik\n\n[Skriv jeres etiske principper her]\n`;
    assert.equal(ethics(placeholder, always('missing')).status, 'thin');
  });

  it('stands back on a text under a hundred words, where it has nothing to go on', () => {
    const short = '# Strategi\n\n## Etik\n\nVi bruger data ansvarligt.\n';
    const verdict = ethics(short, always('missing'));
    assert.equal(verdict.status, 'thin');
    assert.equal(verdict.calibration?.from, undefined);
  });

  it('says in the JSON report and the markdown report that it moved a verdict, and from what', () => {
    const committed = SENTENCE_MODELS.digitaliseringsstrategi;
    try {
      SENTENCE_MODELS.digitaliseringsstrategi = modelWith(always('present'));
      const result = lint(LONG);
      const report = toFileReport(result, 'strategi.md');
      assert.equal(report.elements.ethics.status, 'present');
      assert.equal(report.elements.ethics.calibratedFrom, 'thin');
      assert.equal(report.elements['leadership-pipeline'].status, 'missing');
      assert.equal(report.elements['leadership-pipeline'].calibratedFrom, null, 'an element with nothing to point at stays missing, unmoved');
      for (const [language, said] of [['da', '✓ Til stede (vurderet ud fra hele teksten; reglerne alene sagde »kun berørt«)'], ['en', '✓ Present (weighed against the whole text; the rules alone said »touched on«)']] as const) {
        const markdown = formatMarkdown([{ report, meta: reportMeta(result.document.frontmatter.data) }], { config: { ...defaultConfig(), language } });
        const row = markdown.split('\n').find((line) => line.includes('/ethics'));
        assert.ok(row?.includes(` | ${said} | `), row);
      }
    } finally {
      SENTENCE_MODELS.digitaliseringsstrategi = committed;
    }
  });
});
