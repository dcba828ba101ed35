/**
 * A trained sentence model (recognition/sentenceModel.ts reads it): per
 * element, the weight of each feature and a bias, and the score a sentence
 * needs to count as a possible answer. The models themselves are generated
 * data in catalogue/models/, written by `npm run train`.
 */
export interface SentenceModel {
  threshold: number;
  bias: Readonly<Record<string, number>>;
  weights: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * How concretely a sentence answers, whichever element it answers: sentences
   * a reviewer's `present` points at against those a `thin` points at (a
   * slogan, a promise without a step). One pooled naive Bayes over the
   * features of `substanceFeatures`.
   */
  substance?: { bias: number; weights: Readonly<Record<string, number>> };
  /**
   * The same kind of model over headings alone: per element, how much a
   * heading's words read like the heading of a section a reviewer points at
   * for it ("What changes and what does not" for the core tasks). The
   * calibration weighs the document's best heading; it never points anywhere.
   */
  headings?: SentenceScoring;
  /**
   * How far each vocabulary term, where a document uses it, tells that reviewers find the element treated there: per
   * element and term label, the log-odds of a label that does not accept "missing" among the tuning documents that use
   * the term, against the element's own rate (shrunk towards 0 for rare terms). "Tjenester" is one of the core tasks'
   * words and says little; "kerneopgave" says much. The calibration reads the best and the mean of a document's terms.
   */
  termReliability?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The verdict calibration trained with the model (recognition/calibration.ts); none while training reads verdicts for it. */
  calibration?: VerdictCalibration;
}

/** What scoring a sentence (or a heading) for an element needs of a model. */
export type SentenceScoring = Pick<SentenceModel, 'threshold' | 'bias' | 'weights'>;

/**
 * A multinomial logistic model over a verdict's features: per status, one
 * weight for each feature named in `features`, plus the values of its boosted
 * trees; the status with the highest score is the calibration's verdict.
 */
export interface VerdictCalibration {
  features: string[];
  weights: Readonly<Record<'missing' | 'thin' | 'present', readonly number[]>>;
  /**
   * Shallow regression trees whose values add to each status's linear score
   * (gradient boosting from the linear model). The linear model weighs each
   * feature the same whatever the others say; the trees learn where they
   * interact (few sentences weigh differently under a named heading than in
   * loose prose). Without them the linear scores decide alone.
   */
  trees?: Readonly<Record<'missing' | 'thin' | 'present', readonly CalibrationTree[]>>;
}

/**
 * A regression tree as a flat list of nodes, the root first. A split
 * `[feature, threshold, left, right]` sends a verdict whose feature (an index
 * into `features`) is at most the threshold to node `left`, any other to node
 * `right`; a leaf `[value]` is what the tree adds to its status's score. (The
 * nodes are typed as plain number lists because a JSON import gives them so.)
 */
export type CalibrationTree = ReadonlyArray<readonly number[]>;
