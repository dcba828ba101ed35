import type { CalibrationTree, VerdictCalibration } from '../catalogue/sentenceModelType';
import type { Substance } from '../model/types';

/*
 * The last step of recognition: a small trained model that reads what the
 * rules found for an element (the verdict, its kind of evidence and reasons,
 * how much text carries it) beside what the whole document says of it (how
 * strongly and how often its words occur, whether a heading names it, how
 * much its best heading reads like one reviewers point at for it (the heading
 * model, in words no vocabulary lists), how well the sentence model reads its
 * best paragraphs, how concretely the
 * sentence that answers it best is put, how many sentences carry it, in the
 * verdict's text and across the document's sections) and says which verdict a
 * careful reviewer would give. The rules draw sharp lines ("at least so many
 * words", "two sentences that say how"); reviewers weigh everything at once,
 * and the labelled corpus shows how. The model is linear in its features,
 * with shallow boosted trees on top that learn where features interact (few
 * sentences weigh otherwise under a heading named for the element than in
 * loose prose). It is trained with the sentence model (`npm run train`), on
 * verdicts the rules gave with sentence models that had not seen the
 * document, and is kept in the same generated file. It only moves a verdict
 * one step, and never past what the rules can show a reviewer: a "present"
 * needs text the rules judged, and a "missing" turned "thin" points at the
 * paragraph that made the difference. It leaves
 * present a section named for the element that answers in a table of three
 * rows or more, which it would otherwise read by its few sentences.
 */

export const STATUSES = ['missing', 'thin', 'present'] as const;
type Status = (typeof STATUSES)[number];

const EVIDENCE_KINDS = ['marker', 'mapping', 'heading', 'prose', 'summary'] as const;
const REASONS = ['summary-only', 'example', 'possible', 'placeholder', 'reference', 'few-words', 'no-how', 'lacks-points'] as const;

/** What recognition knows about one element when it has judged it. */
export interface CalibrationInput {
  /** The element's place in its catalogue (features are per element where elements differ). */
  element: number;
  elements: number;
  status: Status;
  evidence: string | undefined;
  reasons: readonly string[];
  substance: Substance;
  blocks: number;
  uncovered: number;
  terms: number;
  /** The element's vocabulary over every paragraph of the document: the strongest, the sum, how many score 1 and 2. */
  vocabularyBest: number;
  vocabularySum: number;
  vocabularyBlocks: number;
  vocabularyStrongBlocks: number;
  /** Headings that name the element, firmly or weakly. */
  namedHeadings: number;
  /** The sentence model: the best paragraph's score above the threshold, and how many paragraphs reach it (and half a point more). */
  modelBest: number;
  /** The heading model: the best score any heading of the document has for the element. */
  modelHeading: number;
  modelBlocks: number;
  modelStrongBlocks: number;
  /** How concretely the verdict's best answering sentence answers (the substance model; 0 without one). */
  concreteness: number;
  /** Of the verdict's own sentences, how many hold one of the element's words, and how many the sentence model reads as answering (at or above its threshold). */
  wordedSentences: number;
  answeringSentences: number;
  /** Over the whole document, how many sentences the sentence model reads as answering, and in how many sections they stand. */
  modelSentences: number;
  modelSections: number;
  /** How reliably the element's words the document uses tell that it is treated (the model's `termReliability`): the best and the mean of its terms, 0 without any. */
  termReliabilityBest: number;
  termReliabilityMean: number;
  /** The document beside the element (see `DocumentContext`). */
  documentWords: number;
  othersPresent: number;
  othersMissing: number;
  answeringShare: number;
}

/** What the document as a whole says: its words, the share of the other elements the rules judged present and missing, and this element's share of the sentences the model reads as answering any element. */
export type DocumentContext = Pick<CalibrationInput, 'documentWords' | 'othersPresent' | 'othersMissing' | 'answeringShare'>;

const squash = (value: number, scale: number) => Math.log1p(Math.max(0, value)) / scale;

/** The calibration's features, in the order of its weights. The generated file names them too, so the drift test fails when they change without retraining. */
export function calibrationFeatureNames(elementIds: readonly string[]): string[] {
  return [
    'bias',
    ...STATUSES.map((status) => `status:${status}`),
    ...EVIDENCE_KINDS.map((kind) => `evidence:${kind}`),
    ...REASONS.map((reason) => `reason:${reason}`),
    'words',
    'sentences',
    'list-items',
    'blocks',
    'uncovered',
    'terms',
    'vocabulary-best',
    'vocabulary-sum',
    'vocabulary-blocks',
    'vocabulary-strong-blocks',
    'named-headings',
    'model-best',
    'model-heading',
    'model-blocks',
    'model-strong-blocks',
    'concreteness',
    'worded-sentences',
    'answering-sentences',
    'model-sentences',
    'model-sections',
    'term-reliability-best',
    'term-reliability-mean',
    'document-words',
    'others-present',
    'others-missing',
    'answering-share',
    ...elementIds.map((id) => `element:${id}`),
    ...elementIds.flatMap((id) => STATUSES.map((status) => `element:${id}&status:${status}`)),
    ...elementIds.map((id) => `element:${id}&model-best`),
    ...elementIds.map((id) => `element:${id}&concreteness`),
    ...elementIds.map((id) => `element:${id}&model-heading`),
  ];
}

export function calibrationFeatures(input: CalibrationInput): number[] {
  const modelBest = Math.max(-5, Math.min(5, input.modelBest)) / 3;
  const concreteness = Math.max(-5, Math.min(5, input.concreteness)) / 3;
  const modelHeading = Math.max(-5, Math.min(5, input.modelHeading)) / 3;
  const statusFeatures = STATUSES.map((status) => (input.status === status ? 1 : 0));
  const elementFeatures = Array.from({ length: input.elements }, (_, index) => (index === input.element ? 1 : 0));
  return [
    1,
    ...statusFeatures,
    ...EVIDENCE_KINDS.map((kind) => (input.evidence === kind ? 1 : 0)),
    ...REASONS.map((reason) => (input.reasons.includes(reason) ? 1 : 0)),
    squash(input.substance.words, 5),
    squash(input.substance.sentences, 3),
    squash(input.substance.listItems, 3),
    squash(input.blocks, 3),
    input.uncovered / 3,
    input.terms / 8,
    squash(input.vocabularyBest, 2),
    squash(input.vocabularySum, 4),
    squash(input.vocabularyBlocks, 3),
    squash(input.vocabularyStrongBlocks, 3),
    squash(input.namedHeadings, 2),
    modelBest,
    modelHeading,
    squash(input.modelBlocks, 3),
    squash(input.modelStrongBlocks, 3),
    concreteness,
    squash(input.wordedSentences, 3),
    squash(input.answeringSentences, 3),
    squash(input.modelSentences, 4),
    squash(input.modelSections, 3),
    input.termReliabilityBest,
    input.termReliabilityMean,
    squash(input.documentWords, 8),
    input.othersPresent,
    input.othersMissing,
    input.answeringShare,
    ...elementFeatures,
    ...elementFeatures.flatMap((on) => statusFeatures.map((status) => on * status)),
    ...elementFeatures.map((on) => on * modelBest),
    ...elementFeatures.map((on) => on * concreteness),
    ...elementFeatures.map((on) => on * modelHeading),
  ];
}

/** What one regression tree of the calibration adds to its status's score for these features. */
export function treeValue(tree: CalibrationTree, features: readonly number[]): number {
  let node = tree[0];
  while (node.length === 4) node = tree[features[node[0]] <= node[1] ? node[2] : node[3]];
  return node[0];
}

/** The verdict the calibration gives, before the limits of `calibrate` (for training and tests). */
export function calibrationVerdict(calibration: VerdictCalibration, features: readonly number[]): Status {
  let best: Status = 'missing';
  let bestScore = -Infinity;
  for (const status of STATUSES) {
    const weights = calibration.weights[status];
    let score = 0;
    for (let i = 0; i < features.length; i++) score += weights[i] * features[i];
    // A few hundred trees of depth three: a thousand comparisons a verdict, nothing beside the rules.
    for (const tree of calibration.trees?.[status] ?? []) score += treeValue(tree, features);
    if (score > bestScore) {
      best = status;
      bestScore = score;
    }
  }
  return best;
}
