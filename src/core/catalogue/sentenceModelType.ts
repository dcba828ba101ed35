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
}
