import type { DocumentType } from '../catalogue/catalogues';
import ambitionModel from '../catalogue/models/ambition.generated.json';
import strategyModel from '../catalogue/models/strategy.generated.json';
import type { SentenceModel, SentenceScoring } from '../catalogue/sentenceModelType';
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

/** Words that say what will not be done: a concrete answer draws lines, a slogan seldom does. */
const NEGATIONS = new Set(['ikke', 'aldrig', 'ingen', 'intet', 'inte', 'aldri', 'ikkje', 'never', 'not', 'no', 'none', 'nor', "won't", "don't"]);

/**
 * The features the substance model reads: the sentence model's (`topic`, when
 * they are at hand), and whether the sentence holds a number or a negation,
 * and its short words ("vi", "we", "not"), which the topic features leave out
 * and which tell a commitment from a slogan.
 */
export function substanceFeatures(tokens: readonly Token[], topic: readonly string[] = sentenceFeatures(tokens)): string[] {
  const features = [...topic];
  let number = false;
  let negation = false;
  const short = new Set<string>();
  for (const token of tokens) {
    if (/\p{N}/u.test(token.norm)) number = true;
    if (NEGATIONS.has(token.norm)) negation = true;
    if (token.norm.length >= 2 && token.norm.length < MIN_WORD && /\p{L}/u.test(token.norm)) short.add(`w:${token.norm}`);
  }
  if (number) features.push('#number');
  if (negation) features.push('#negation');
  features.push(...short);
  return features;
}

/** The weights' sum over the features, scaled so long sentences do not win by length. */
function scaledSum(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let sum = 0;
  for (const feature of features) sum += weights[feature] ?? 0;
  return sum / Math.sqrt(Math.max(1, features.length));
}

/** A sentence's score for an element: its bias and the scaled sum of its features' weights. */
export function scoreFeatures(model: SentenceScoring, id: string, features: readonly string[]): number {
  const weights = model.weights[id];
  if (!weights || features.length === 0) return -Infinity;
  return model.bias[id] + scaledSum(weights, features);
}

type PerSentence = WeakMap<TokenizedText, string[][]>;

/**
 * Features per sentence of a prepared text, worked out once per text (a text met again in a re-check reuses them).
 * `featuresOf` gets the sentence's words and its place among the sentences that have any.
 */
function perSentence(prepared: TokenizedText, cache: PerSentence, featuresOf: (tokens: readonly Token[], index: number) => string[]): string[][] {
  let sets = cache.get(prepared);
  if (!sets) {
    sets = [];
    const sentences = (prepared.tokens.at(-1)?.sentence ?? -1) + 1;
    for (let sentence = 0; sentence < sentences; sentence++) {
      const tokens = sentenceTokens(prepared, sentence);
      if (tokens.length > 0) sets.push(featuresOf(tokens, sets.length));
    }
    cache.set(prepared, sets);
  }
  return sets;
}

const topicFeatures: PerSentence = new WeakMap();
const concreteFeatures: PerSentence = new WeakMap();

/** The sentence model's features of each sentence of a prepared text that has words, in order (training reads them too). */
export const topicSets = (prepared: TokenizedText) => perSentence(prepared, topicFeatures, (tokens) => sentenceFeatures(tokens));

/** The substance features per sentence, built on the topic features already worked out for the same sentences. */
function concreteSets(prepared: TokenizedText): string[][] {
  const topics = topicSets(prepared);
  return perSentence(prepared, concreteFeatures, (tokens, index) => substanceFeatures(tokens, topics[index]));
}

type PerReading<T> = WeakMap<SentenceScoring, WeakMap<TokenizedText, Map<string, T>>>;

/**
 * A reading of a text for an element, kept per model, text and element: a re-check after an edit reads only the
 * paragraphs that changed. `read` is a function of its arguments alone, not a closure made per call: recognition asks
 * for a reading of every paragraph and heading for every element on every check, nearly always one it already has,
 * and a closure for each question was a quarter of what a re-check allocated.
 */
function perReading<T, M extends SentenceScoring>(cache: PerReading<T>, model: M, id: string, prepared: TokenizedText, read: (model: M, id: string, prepared: TokenizedText) => T): T {
  let byText = cache.get(model);
  if (!byText) cache.set(model, (byText = new WeakMap()));
  let byElement = byText.get(prepared);
  if (!byElement) byText.set(prepared, (byElement = new Map()));
  let reading = byElement.get(id);
  if (reading === undefined) {
    reading = read(model, id, prepared);
    byElement.set(id, reading);
  }
  return reading;
}

const sentenceScores: PerReading<Float64Array> = new WeakMap();

/**
 * The element's score for each sentence of the text (those with words, in order), worked out once per model, text
 * and element: the best score, the count of answering sentences and the most concrete answer are all read from
 * these, so no sentence is scored twice in a check, and a paragraph unchanged since the last check is not scored again.
 */
function sentenceScoresOf(model: SentenceScoring, id: string, prepared: TokenizedText): Float64Array {
  return perReading(sentenceScores, model, id, prepared, scoreSentences);
}

function scoreSentences(model: SentenceScoring, id: string, prepared: TokenizedText): Float64Array {
  // A typed array: a plain one would be kept as small integers when empty and as doubles otherwise, two hidden
  // classes for V8, and the optimised loops that read the scores would be thrown away when they met the other.
  return Float64Array.from(topicSets(prepared), (features) => scoreFeatures(model, id, features));
}

/** What the sentence model reads in a text for an element: its best sentence's score, and how many sentences reach the model's threshold. */
interface SentenceReading {
  best: number;
  answering: number;
}

const sentenceReadings: PerReading<SentenceReading> = new WeakMap();

/**
 * The text's best sentence score and its answering sentences, kept like the scores themselves: recognition asks this
 * of every paragraph for every element on every check, and a walk over the scores each time would repeat work the
 * cache exists to save.
 */
export function sentenceReading(model: SentenceScoring, id: string, prepared: TokenizedText): SentenceReading {
  return perReading(sentenceReadings, model, id, prepared, readSentences);
}

function readSentences(model: SentenceScoring, id: string, prepared: TokenizedText): SentenceReading {
  const reading = { best: -Infinity, answering: 0 };
  for (const score of sentenceScoresOf(model, id, prepared)) {
    reading.best = Math.max(reading.best, score);
    if (score >= model.threshold) reading.answering++;
  }
  return reading;
}

/** The best score any sentence of the text has for the element. */
export function bestSentenceScore(model: SentenceScoring, id: string, prepared: TokenizedText): number {
  return sentenceReading(model, id, prepared).best;
}

const answerReadings: PerReading<{ topic: number; substance: number }> = new WeakMap();

/**
 * The best topic score of a sentence of the text, and the substance of the most concrete sentence with that score
 * (read only for a model with a substance model). The topic scores are the ones `sentenceScoresOf` keeps, so a
 * sentence the model already read is not scored again.
 */
function answerReading(model: SentenceModel, id: string, prepared: TokenizedText): { topic: number; substance: number } {
  return perReading(answerReadings, model, id, prepared, readAnswer);
}

function readAnswer(model: SentenceModel, id: string, prepared: TokenizedText): { topic: number; substance: number } {
  const substance = model.substance!;
  const reading = { topic: -Infinity, substance: 0 };
  const topics = sentenceScoresOf(model, id, prepared);
  const concrete = concreteSets(prepared);
  for (let i = 0; i < topics.length && i < concrete.length; i++) {
    const topic = topics[i];
    if (topic < reading.topic) continue;
    const score = substance.bias + scaledSum(substance.weights, concrete[i]);
    reading.substance = topic > reading.topic ? score : Math.max(reading.substance, score);
    reading.topic = topic;
  }
  return reading;
}

/**
 * How concretely the text answers the element: the substance score of the
 * sentence that reads most like an answer to it (of equals, the more
 * concrete). 0 without a substance model or a sentence.
 */
export function answerSubstance(model: SentenceModel, id: string, texts: readonly TokenizedText[]): number {
  const substance = model.substance;
  if (!substance) return 0;
  let bestTopic = -Infinity;
  let best = 0;
  for (const prepared of texts) {
    const reading = answerReading(model, id, prepared);
    if (reading.topic < bestTopic) continue;
    best = reading.topic > bestTopic ? reading.substance : Math.max(best, reading.substance);
    bestTopic = reading.topic;
  }
  return best;
}
