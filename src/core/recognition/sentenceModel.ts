import type { DocumentType } from '../catalogue/catalogues';
import ambitionModel from '../catalogue/models/ambition.generated.json';
import strategyModel from '../catalogue/models/strategy.generated.json';
import type { SentenceModel } from '../catalogue/sentenceModelType';
import type { Token } from './tokens';
import { sentenceTokens, type TokenizedText } from './terms';

/*
 * A small statistical model over sentences, trained from the labelled corpus's
 * tuning part by `npm run train` (scripts/trainSentenceModel.ts) and committed
 * as generated data. The vocabulary finds an element by its words; the model
 * catches the paraphrases the vocabulary does not know ("Vi bruger Aula som
 * fælles indgang" for simplicity). Where the vocabulary finds nothing, it turns
 * a confident "missing" into "possibly answered" (thin), pointing at the
 * sentence, so a reviewer can see why. A section of two or more paragraphs
 * that all read, clearly above that bar, like an answer is offered to the
 * ordinary judgement as a place the element is treated (see `recognise`); the
 * verdict then points at those paragraphs, and the model alone still never
 * decides that an element is present (the verdict calibration, calibration.ts,
 * weighs its reading together with everything else the rules found).
 */

/**
 * The model of each document type. Loaded with recognition, not with the
 * catalogue, so the editor's activation does not parse the weights. Training
 * replaces an entry while it cross-validates, and puts the committed one back.
 */
export const SENTENCE_MODELS: Partial<Record<DocumentType, SentenceModel>> = {
  digitaliseringsstrategi: strategyModel,
  'min-digitale-ambition': ambitionModel,
};

/** Words this short are mostly function words in the four languages read; they say nothing about a topic. */
const MIN_WORD = 4;
/** Long enough to hold most inflected stems; the rest of a compound is reached by its character grams. */
const STEM = 6;
const GRAM = 5;

/**
 * A sentence's features: each word's stem (its first letters) and the
 * character grams of the word, so a compound ("dataetik", "borgerrettet") and
 * an inflection share features with the plain word across Danish, Norwegian,
 * Swedish and English.
 */
export function sentenceFeatures(tokens: readonly Token[]): string[] {
  const features = new Set<string>();
  for (const token of tokens) {
    const words = token.parts ?? [token.norm];
    for (const word of words) {
      if (word.length < MIN_WORD || !/\p{L}/u.test(word)) continue;
      features.add(`s:${word.slice(0, STEM)}`);
      const padded = `^${word}$`;
      for (let i = 0; i + GRAM <= padded.length; i++) features.add(padded.slice(i, i + GRAM));
    }
  }
  return [...features];
}

/** A sentence's score for an element: the sum of its features' weights, scaled so long sentences do not win by length. */
export function scoreFeatures(model: SentenceModel, id: string, features: readonly string[]): number {
  const weights = model.weights[id];
  if (!weights || features.length === 0) return -Infinity;
  let sum = 0;
  for (const feature of features) sum += weights[feature] ?? 0;
  return model.bias[id] + sum / Math.sqrt(features.length);
}

/** Features per sentence of a prepared text, worked out once per text (a text met again in a re-check reuses them). */
const featuresByText = new WeakMap<TokenizedText, string[][]>();

function sentenceFeatureSets(prepared: TokenizedText): string[][] {
  let sets = featuresByText.get(prepared);
  if (!sets) {
    sets = [];
    const sentences = (prepared.tokens.at(-1)?.sentence ?? -1) + 1;
    for (let sentence = 0; sentence < sentences; sentence++) {
      const tokens = sentenceTokens(prepared, sentence);
      if (tokens.length > 0) sets.push(sentenceFeatures(tokens));
    }
    featuresByText.set(prepared, sets);
  }
  return sets;
}

/** Best scores by model, text and element: a re-check after an edit scores only the paragraphs that changed. */
const bestScores = new WeakMap<SentenceModel, WeakMap<TokenizedText, Map<string, number>>>();

/** The best score any sentence of the text has for the element. */
export function bestSentenceScore(model: SentenceModel, id: string, prepared: TokenizedText): number {
  let byText = bestScores.get(model);
  if (!byText) bestScores.set(model, (byText = new WeakMap()));
  let byElement = byText.get(prepared);
  if (!byElement) byText.set(prepared, (byElement = new Map()));
  let best = byElement.get(id);
  if (best === undefined) {
    best = -Infinity;
    for (const features of sentenceFeatureSets(prepared)) best = Math.max(best, scoreFeatures(model, id, features));
    byElement.set(id, best);
  }
  return best;
}
