import assert from 'node:assert/strict';
import { AMBITION_CATALOGUE } from '../../src/core/catalogue/catalogues';
import { AMBITIONS_ROOT, compareReaders, readerSummary, formatScore, loadCorpus, scoreCorpus, type Score } from '../corpus/corpus';

/*
 * Agreement on leaders' "Min digitale ambition" documents
 * (test/fixtures/ambitions/), labelled for the six questions before the
 * checker ran, by a writer who never saw the recognition code. As for
 * strategies: the tuning part may be read, the sealed part is only scored in
 * aggregate, both tables are printed, and floors catch a regression.
 */
const tuning = loadCorpus('tuning', AMBITIONS_ROOT);
const sealed = loadCorpus('sealed', AMBITIONS_ROOT);
const ids = AMBITION_CATALOGUE.ids;

/**
 * Floors under today's figures: 83.3 % and 74.9 %. Batch 6, which scored 61.7 % and 66.7 % cold, had
 * brought them from 83.0 % and 70.8 % to 79.3 % and 70.1 % (tuned since to 81.6 % and 71.3 %); batch 7
 * (58.3 % and 66.7 % cold) and batch 8 (60.0 % and 43.3 % cold) to 79.7 % and 67.9 % (71.6 % sealed without batch 8), and batch 9
 * (66.7 % and 56.7 % cold) to 79.4 % and 67.0 % (68.4 % sealed without batch 9), and batch 10 (56.7 % and
 * 73.3 % cold) to 78.4 % and 69.0 % (68.6 % sealed without batch 10); twenty words for a present answer
 * then gave 79.9 % and 70.7 %, and batch 11 (63.3 % and 46.7 % cold) 78.9 % and 68.2 % (70.4 % sealed without it), and batch 12 (65.0 %
 * and 83.3 % cold) 78.0 % and 69.8 % (68.5 % sealed without it). A fixed rhythm as the agenda's point, and a
 * possible answer that makes every point at full length counted as an answer, gave 79.1 % and 72.0 %; batch 13
 * (61.7 % and 73.3 % cold) 78.6 % and 72.1 %, tuned to 79.2 % and 72.1 %; batch 14 (80.0 % and 63.3 % cold)
 * 79.6 % and 71.5 %; an ethics point that names a technology or a situation, not a slogan's words, and a
 * trial in a small scope for a set time as an approach, 81.8 % and 73.4 %; then 82.1 % and 74.4 % (expectations said
 * of the staff, routines a sentence keeps "for when relevant" declined, coherence answering its own how), and
 * batch 15 (68.3 % and 73.3 % cold) 81.6 % and 74.3 %, and batch 16 (75.0 % and 70.0 % cold, tuned to 83.3 % on
 * its tuning part) 82.0 % and 74.3 % (81.9 % and 74.5 % without it); a fixed slot the sentence declines ("jeg vil ikke
 * have et fast punkt") is no routine: 82.4 % and 74.3 %; a firm "never" beside something personal a system holds
 * (a MitID code, photos, diagnoses) as an ethical line: 83.3 % and 74.9 %; batch 17 (70.0 % and 73.3 % cold), a lone
 * `*` in a phrase as any one word ("i det samme omsorgssystem som"), starting small and "if it works" as approaches,
 * "ethical hacking" kept out of ethics and Swedish case handling as a concrete point: 83.5 % and 75.6 %
 * (floors raised to 0.835 and 0.755); batch 18 (75.0 % and 80.0 % cold), position data, rankings and a caseworker's
 * look as concrete ethical points, and the model retrained with it: today's 83.0 % and 75.8 % (83.1 % and 75.4 %
 * without batch 18), so the tuning floor moves to 0.825; batch 19 (65.0 % and 70.0 % cold) and a long paragraph that
 * treats every answer no longer read as a summary: 83.1 % and 77.7 % (floors raised to 0.83 and 0.77); a heading in
 * the leader's own words that holds a phrase saying an element alone names it: 83.3 % and 77.7 %; batch 20
 * (76.7 % and 73.3 % cold) and the model retrained with it: 82.7 % and 77.1 % (83.0 % and 77.3 % without it), so
 * the tuning floor moves to 0.825; batch 21 (78.3 % and 76.7 % cold), "det store billede" no longer read as a
 * photograph, and the model retrained with it: 82.9 % and 77.4 %; batch 22 (76.7 % and 60.0 % cold) and the model
 * retrained with it: 82.6 % and 77.2 % (82.8 % and 77.9 % without it); batch 23 (78.3 % and 76.7 % cold), register
 * matching as a concrete ethical point, English and Swedish meeting rhythms, and the model retrained with it (its
 * threshold moves from 1.35 to 2.05): 83.0 % and 76.8 % (83.0 % and 76.8 % without it), so the sealed floor moves to
 * 0.765; batch 24 (68.3 % and 76.7 % cold), Swedish and Norwegian words for routines and islands, ranking people as a
 * concrete ethical point, and the model retrained with it: 82.4 % and 76.9 % (82.9 % and 76.9 % without it), so the
 * tuning floor moves to 0.82; batch 25 (68.3 % and 73.3 % cold), a bold phrase on a line of its own read as a
 * heading, English and Swedish weekdays as rhythms, registers not matched as an ethical line, and the model retrained
 * with it: 82.1 % and 76.7 % (82.4 % and 76.9 % without it); batch 26 (80.0 % and 73.3 % cold), a question whose
 * answer is left as a placeholder read as no answer, the municipality's shared systems in English, and the model
 * retrained with it: 82.0 % and 76.7 % (82.1 % and 76.9 % without it); a goal's number counted only in a paragraph
 * about goals, lines drawn around people's data as concrete ethics, the same system other units use as coherence, and
 * no side remark by what a section mostly speaks of: 84.4 % and 78.3 %; batches 27 (81.7 % and 80.0 % cold) and 28
 * (75.0 % and 70.0 % cold), routines kept for "when there is something" declined, and the model retrained with them:
 * 84.3 % and 78.4 % (84.6 % and 78.7 % without them), so the floors rise to 0.84 and 0.78; a question heading that
 * makes no points, coherence present only with something shared named (or the linked strategy referred to), and a
 * target given to the strategy no goal of the unit's: 85.7 % and 80.2 %; batch 29 (80.0 % and 60.0 % cold) and the
 * model retrained with it: 85.4 % and 79.6 % (85.6 % and 80.3 % without it); an approach said as a means ("ved at
 * starte med …"): 85.5 % and 79.6 %; batches 30 (76.7 % and 73.3 % cold) and 31 (78.3 % and 70.0 % cold), "tilgangen
 * af …" (an inflow) no longer read as an approach, and the model retrained with them: 85.3 % and 79.0 % (85.5 % and
 * 79.3 % without them); the sentence after one that carries an answer judged with it (`answersRunOn`), the means said
 * outright ("det gør jeg ved at …") as an approach, named kinds of shared solution (booking, map, self-service) as
 * coherence, a slogan-length line naming both directions no longer half the bar for expectations, a year alone no
 * figure to check, and refusals of systems that sort or predict people as concrete ethics: 86.6 % and 80.3 %; batch 32
 * (80.0 % and 93.3 % cold) and the model retrained with it: 86.4 % and 80.7 %; the model's threshold shifted per
 * element: 86.6 % and 81.1 %; batch 33 (78.3 % and 86.7 % cold) and the model retrained with it: 86.2 % and 80.8 %
 * (86.4 % and 80.6 % without it); batch 34 (81.7 % and 73.3 % cold) and the model retrained with it: 86.1 % and
 * 80.6 %; minutes that tell of the leader in the third person ("Det kan vi forvente af hende") and chatbots, look-ups
 * and lists that single people out as concrete ethics: 86.5 % and 81.3 %; batch 35 (80.0 % and 96.7 % cold) and the
 * model retrained with it: 86.4 % and 81.7 %; a rollout part by part ("kvarter for kvarter, begyndende med Vestbyen") as an
 * approach: 86.5 % and 81.8 %; a routine declined in English contractions or left to come up "naturally", and batch 36
 * (80.0 % and 63.3 % cold) with the model retrained with it: 86.5 % and 81.4 % (86.6 % and 81.9 % without it); a promise to the staff that only mirrors what is asked
 * of them ("… og det samme kan I forvente af mig") no longer makes the leader's direction, and batch 37 (71.7 % and
 * 100.0 % cold) with the model retrained with it: 86.4 % and 81.7 % (86.8 % and 81.2 % without it); batch 38 (85.0 % and 93.3 % cold) and the model retrained
 * with it: 86.2 % and 82.2 % (86.3 % and 81.9 % without it), so the floors rise to 0.855 and 0.81; the model's section candidates beside weaker ones: 86.3 % and 82.2 %; data kept only in sums as concrete ethics, and batch 39 (90.0 % and 60.0 % cold) with the model retrained with it: 86.4 % and 81.7 % (86.2 % and 82.3 % without it); batches 40 (81.7 % and 93.3 % cold) and 41 (93.3 % and 60.0 % cold) with the model retrained with them: 86.6 % and 81.5 %; the verdict calibration (recognition/calibration.ts): 87.4 % and 83.5 %, so the floors rise to 0.87 and 0.83; frontmatter whose YAML breaks keeps its undamaged pairs (a sealed ambition with a stray quote in its title is read as an ambition), batches 42 to 46 (cold: 78.3 % and 86.7 %, 78.3 % and 86.7 %, 91.7 % and 90.0 %, 81.7 % and 80.0 %, 83.3 % and 93.3 %) and the models retrained with them: 87.3 % and 84.7 %. Batches 47 (88.3 % and 80.0 % cold) and 48 (85.0 % and 90.0 % cold) and the models retrained with them: 87.4 % and 84.4 %. An answer left as template text is unanswered (the catalogue's `templateTextUnanswered`): 88.4 % and 85.6 %; batches 49 (88.3 % and 80.0 % cold) and 50 (83.3 % and 86.7 % cold) and the models retrained with them: 88.5 % and 85.9 %, so the floors rise to 0.88 and 0.85. Batches 51 (86.7 % and 90.0 % cold) and 52 (88.3 % and 86.7 % cold) and the models retrained with them: 88.6 % and 85.7 %. Batches 53 (91.7 % and 86.7 % cold) and 54 (88.3 % and 80.0 % cold) and the models retrained with them: 88.5 % and 85.4 %. Slogans of method count for approaches only beside a word that says what will be done: 88.6 % and 85.7 %; batches 55 (91.7 % and 83.3 % cold) and 56 (91.7 % and 93.3 % cold) and the models retrained with them: 88.5 % and 86.0 %. Batches 57 (81.7 % and 90.0 % cold) and 58 (85.0 % and 90.0 % cold) and the models retrained with them: 88.7 % and 86.3 %. Batches 59 (81.7 % and 70.0 % cold) and 60 (90.0 % and 76.7 % cold) and the models retrained with them: 88.4 % and 86.0 %. Batches 61 (95.0 % and 90.0 % cold) and 62 (86.7 % and 90.0 % cold), read by the models of batch 60: 88.5 % and 86.1 % (retrained with them: 88.2 % and 85.8 %); the concreteness of the best answering sentence as a calibration feature (a substance model trained on the sentences a `present` label quotes against those a `thin` one quotes: slogans against lines drawn), with the models retrained with those batches: 90.7 % and 88.6 %; batches 63 (88.3 % and 96.7 % cold) and 64 (91.7 % and 76.7 % cold), read with it, and the models retrained with them and the concreteness per element: 90.6 % and 88.7 %, so the floors rise to 0.90 and 0.88. Batches 65 (91.7 % and 96.7 % cold) and 66 (90.0 % and 86.7 % cold) and the models retrained with them: 91.2 % and 88.7 % (91.2 % and 88.6 % without them). Batches 67 (90.0 % and 93.3 % cold) and 68 (93.3 % and 86.7 % cold), with the models retrained with them as before: 91.2 % and 89.0 %; the sentence model keeping 2,000 features per element instead of 600 and the substance model keeping every feature seen four times (both chosen on cross-validation: 90.3 → 91.2 %): 92.8 % and 90.6 %, so the floors rise to 0.92 and 0.90. Batches 69 (90.0 % and 80.0 % cold) and 70 (91.7 % and 93.3 % cold) and the models retrained with them: 92.7 % and 90.5 %. Boosted trees on top of the linear verdict calibration (chosen on cross-validation: 91.4 → 92.1 %): 94.3 % and 91.1 %, so the floors rise to 0.935 and 0.905. Four sentence counts as calibration features (chosen on cross-validation: 92.1 → 92.0 %, kept for the strategies' 81.3 → 82.3 %): 94.5 % and 91.4 %. New labelled text may lower them; a code
 * change must not.
 */
const FLOORS = { tuning: 0.935, sealed: 0.905 };
/** What issue 13 asks of the sealed part. */
const TARGET = 0.9;

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('agreement with reviewers on the labelled ambitions', () => {
  let tuningScore: Score;
  let sealedScore: Score;

  before(() => {
    tuningScore = scoreCorpus(tuning, ids);
    sealedScore = scoreCorpus(sealed, ids);
  });

  it('has at least 12 ambitions, a third of them sealed, each labelled for the six questions', () => {
    assert.ok(tuning.length + sealed.length >= 12, `${tuning.length + sealed.length} documents`);
    assert.ok(sealed.length * 3 >= tuning.length + sealed.length, `${sealed.length} sealed of ${tuning.length + sealed.length}`);
    for (const document of [...tuning, ...sealed]) assert.deepEqual(Object.keys(document.labels).sort(), [...ids].sort(), document.name);
  });

  for (const part of ['tuning', 'sealed'] as const) {
    it(`${part} part: agreement stays above its floor`, () => {
      const all = (part === 'tuning' ? tuningScore : sealedScore).all;
      assert.ok(ratio(all.agree, all.total) >= FLOORS[part], `agreement ${all.agree}/${all.total}`);
    });
  }

  let readerLine = '';
  it('a blind second reader labelled every sealed ambition and agrees with the first on at least 90 % of the judgements', () => {
    const comparison = compareReaders(sealed, AMBITIONS_ROOT, ids);
    assert.equal(comparison.documents, sealed.length);
    const summary = readerSummary(comparison, 'scripts/readerAgreement.ts --ambitions');
    readerLine = summary.line;
    assert.ok(summary.readers >= 0.9, readerLine);
  });

  after(() => {
    if (!tuningScore || !sealedScore) return;
    const met = ratio(sealedScore.all.agree, sealedScore.all.total) >= TARGET ? 'met' : 'NOT met';
    console.log(['', formatScore('Ambitions, tuning part', tuningScore, tuning.length), '', formatScore('Ambitions, sealed part', sealedScore, sealed.length), `  issue 13 target on the sealed part: agreement ≥ 90 % ${met}`, readerLine, ''].join('\n'));
  });
});
