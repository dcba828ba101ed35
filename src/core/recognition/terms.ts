import type { TermSpec } from '../catalogue/elementTypes';
import { tokenize, type Token } from './tokens';

interface WordPattern {
  text: string;
  /** `word*`: the word starts with the text. */
  prefix: boolean;
  /** `*word`: the word ends with the text (compounds: "innovationsstrategi"). */
  suffix: boolean;
}

export interface CompiledTerm {
  label: string;
  words: WordPattern[];
  weight: number;
  unless: WordPattern[];
  unlessNext: WordPattern[];
  /** Lower-case word forms a single-word term does not match (see `TermSpec.except`). */
  except: Set<string>;
  requires: WordPattern[];
  requiresWithin: 'sentence' | 'paragraph';
  caseSensitive: boolean;
}

interface TermHit {
  term: CompiledTerm;
  start: number;
  end: number;
  /** The first and last token of the match. */
  first: number;
  last: number;
}

function pattern(word: string, caseSensitive: boolean): WordPattern {
  // A lone `*` inside a phrase stands for any one word ("samme * som": "det samme omsorgssystem som").
  if (word === '*') return { text: '', prefix: true, suffix: false };
  const prefix = word.length > 1 && word.endsWith('*');
  const suffix = word.length > 1 && word.startsWith('*');
  const bare = word.slice(suffix ? 1 : 0, prefix ? -1 : undefined);
  return { text: caseSensitive ? bare : bare.toLowerCase(), prefix, suffix };
}

/**
 * A term's words, split the way text is tokenised: punctuation the tokeniser drops ("digitalt, analogt
 * eller hybridt", "24/7") separates words here too, or such a term could never match.
 */
function splitWords(phrase: string): string[] {
  return phrase.split(/[^\p{L}\p{N}'’*%-]+/u).filter(Boolean);
}

export function compileTerm(spec: TermSpec, defaultWeight = 1): CompiledTerm {
  const entry = typeof spec === 'string' ? { term: spec } : spec;
  const caseSensitive = entry.caseSensitive ?? false;
  return {
    label: entry.term,
    words: splitWords(entry.term).map((word) => pattern(word, caseSensitive)),
    weight: entry.weight ?? defaultWeight,
    unless: (entry.unless ?? []).flatMap(splitWords).map((word) => pattern(word, false)),
    unlessNext: (entry.unlessNext ?? []).flatMap(splitWords).map((word) => pattern(word, false)),
    except: new Set((entry.except ?? []).map((word) => word.toLowerCase())),
    requires: (entry.requires ?? []).flatMap(splitWords).map((word) => pattern(word, false)),
    requiresWithin: entry.requiresWithin ?? 'sentence',
    caseSensitive,
  };
}

function wordMatches(word: WordPattern, candidate: string): boolean {
  if (word.prefix && word.suffix) return candidate.includes(word.text);
  if (word.prefix) return candidate.startsWith(word.text);
  if (word.suffix) return candidate.endsWith(word.text);
  return candidate === word.text;
}

/** A single-word term also matches a part of a hyphenated compound ("MED-udvalget"). */
function tokenMatches(word: WordPattern, token: Token, caseSensitive: boolean, single: boolean): boolean {
  const form = caseSensitive ? token.raw : token.norm;
  if (wordMatches(word, form)) return true;
  if (!single || !token.parts) return false;
  if (!caseSensitive) return token.parts.some((part) => wordMatches(word, part));
  return token.raw.split('-').some((part) => part.length > 0 && wordMatches(word, part));
}

/** The compiled form of a text, made once and matched against many terms. */
export interface TokenizedText {
  text: string;
  /** The text lower-cased, for a quick substring test before token matching. */
  lower: string;
  tokens: Token[];
  /** Token positions by the first two and three letters of the word (and of each hyphenated part). */
  index?: Map<string, number[]>;
  /** For each sentence, the index of its first token and one past its last. */
  sentences?: Array<[number, number]>;
  /**
   * Per guard word list, per sentence: how many tokens of the sentence match
   * it. Counted once, so a sentence with a thousand hits is read once, not a
   * thousand times (the checker stays linear in its input).
   */
  guardCounts?: Map<WordPattern[], Map<number, number>>;
  shouting?: Map<number, boolean>;
  /** The first two and three letters of every word (and hyphenated part) in the text. */
  keys?: Set<string>;
  /** What each term list found here, so a text met again is not matched again. */
  scores?: Map<CompiledTerm[], TermScore>;
}

/**
 * Texts prepared lately, by their text: a document being edited is checked
 * again on every pause in typing, and all but one of its paragraphs and
 * headings are the same as last time. A prepared text depends on nothing but
 * its text, and what is learnt about it later (its index, guard counts,
 * scores) is kept with it. Two generations bound the memory: texts go into
 * the current one, a text found only in the older one moves up, and when the
 * current one holds more than the limit it becomes the older one (and the
 * older one is dropped). A hit in the current generation costs one lookup,
 * where a most-recently-used order cost a delete and an insert per hit.
 */
let current = new Map<string, TokenizedText>();
let older = new Map<string, TokenizedText>();
let currentCharacters = 0;
const RECENT_CHARACTERS = 1 << 20;
const RECENT_LONGEST = 16 * 1024;

/** Forgets the texts prepared lately: for measurements of a first, cold check. */
export function forgetPreparedTexts(): void {
  current = new Map();
  older = new Map();
  currentCharacters = 0;
}

export function prepare(text: string): TokenizedText {
  const known = current.get(text);
  if (known) return known;
  const prepared = older.get(text) ?? { text, lower: text.toLowerCase(), tokens: tokenize(text) };
  // Paragraphs and headings are kept; a single block too long to be one is not worth the room.
  if (text.length <= RECENT_LONGEST) {
    current.set(text, prepared);
    currentCharacters += text.length;
    if (currentCharacters > RECENT_CHARACTERS) {
      older = current;
      current = new Map();
      currentCharacters = 0;
    }
  }
  return prepared;
}

/** Token bounds of a sentence; sentence -1 stands for the whole text. */
function sentenceBounds(prepared: TokenizedText, sentence: number): [number, number] {
  if (sentence < 0) return [0, prepared.tokens.length];
  if (!prepared.sentences) {
    const bounds: Array<[number, number]> = [];
    prepared.tokens.forEach((token, position) => {
      const entry = bounds[token.sentence];
      if (entry) entry[1] = position + 1;
      else bounds[token.sentence] = [position, position + 1];
    });
    prepared.sentences = bounds;
  }
  return prepared.sentences[sentence] ?? [0, 0];
}

/** The words of one sentence of a prepared text (none for a sentence without words). */
export function sentenceTokens(prepared: TokenizedText, sentence: number): Token[] {
  const [start, end] = sentenceBounds(prepared, sentence);
  return prepared.tokens.slice(start, end);
}

const matchesAny = (words: WordPattern[], token: Token) => words.some((word) => tokenMatches(word, token, false, true));

/** True when a word of the list stands in the sentence outside the matched span. */
function sentenceHas(prepared: TokenizedText, sentence: number, words: WordPattern[], skip: [number, number]): boolean {
  prepared.guardCounts ??= new Map();
  let counts = prepared.guardCounts.get(words);
  if (!counts) prepared.guardCounts.set(words, (counts = new Map()));
  let count = counts.get(sentence);
  if (count === undefined) {
    const [from, to] = sentenceBounds(prepared, sentence);
    count = 0;
    for (let i = from; i < to; i++) if (matchesAny(words, prepared.tokens[i])) count++;
    counts.set(sentence, count);
  }
  for (let i = skip[0]; i <= skip[1]; i++) if (matchesAny(words, prepared.tokens[i])) count--;
  return count > 0;
}

/** True when most letters in a sentence are capitals, so case carries no meaning there. */
function isShouting(prepared: TokenizedText, sentence: number): boolean {
  prepared.shouting ??= new Map();
  let answer = prepared.shouting.get(sentence);
  if (answer === undefined) {
    const [from, to] = sentenceBounds(prepared, sentence);
    let upper = 0;
    let letters = 0;
    for (let i = from; i < to; i++) {
      for (const ch of prepared.tokens[i].raw) {
        if (ch.toLowerCase() === ch.toUpperCase()) continue;
        letters++;
        if (ch === ch.toUpperCase()) upper++;
      }
    }
    answer = letters >= 8 && upper / letters > 0.6;
    prepared.shouting.set(sentence, answer);
  }
  return answer;
}

/**
 * Words are indexed by their first two and first three letters; a pattern is
 * looked up by three where it has them. Three letters tell "digital" from
 * "direktion" and "dialog", which two did not, and so spare most of the
 * comparisons that found nothing.
 */
function wordKeys(word: string): string[] {
  return word.length >= 3 ? [word.slice(0, 2), word.slice(0, 3)] : [word.slice(0, 2)];
}

function patternKey(text: string): string {
  return text.slice(0, text.length >= 3 ? 3 : 2).toLowerCase();
}

/**
 * Where a word pattern can start: the tokens whose word, or a part of a
 * hyphenated word, begins with the pattern's first letters (see `wordKeys`). Built once per
 * text, it spares most token-by-token comparisons.
 */
function startsFor(prepared: TokenizedText, word: WordPattern): Iterable<number> {
  if (word.suffix || word.text.length < 2) return prepared.tokens.keys();
  if (!prepared.index) {
    const index = new Map<string, number[]>();
    const add = (key: string, position: number) => {
      const list = index.get(key);
      if (!list) index.set(key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    };
    prepared.tokens.forEach((token, position) => {
      for (const key of wordKeys(token.norm)) add(key, position);
      for (const part of token.parts ?? []) if (part.length >= 2) for (const key of wordKeys(part)) add(key, position);
    });
    prepared.index = index;
  }
  return prepared.index.get(patternKey(word.text)) ?? [];
}

/** Every place a term occurs in the text, with its sense checked. */
function findTerm(prepared: TokenizedText, term: CompiledTerm): TermHit[] {
  const { tokens } = prepared;
  const hits: TermHit[] = [];
  const length = term.words.length;
  if (length === 0) return hits;
  // Most terms do not occur in most paragraphs. Words are found through the
  // index of first letters; suffix patterns, which the index cannot serve,
  // are ruled out first by a native substring search.
  const first = term.words[0];
  if ((first.suffix || first.text.length < 2) && !(term.caseSensitive ? prepared.text : prepared.lower).includes(first.text)) return hits;
  let after = -1;
  for (const i of startsFor(prepared, first)) {
    if (i <= after || i + length > tokens.length) continue;
    let matched = true;
    for (let k = 0; k < length; k++) {
      if (!tokenMatches(term.words[k], tokens[i + k], term.caseSensitive, length === 1)) {
        matched = false;
        break;
      }
    }
    if (!matched) continue;
    const sentence = tokens[i].sentence;
    // A phrase must stand within one sentence.
    if (tokens[i + length - 1].sentence !== sentence) continue;
    const span: [number, number] = [i, i + length - 1];
    if (term.caseSensitive && isShouting(prepared, sentence)) continue;
    if (term.unless.length > 0 && sentenceHas(prepared, sentence, term.unless, span)) continue;
    if (term.except.size > 0 && term.except.has(tokens[i].norm)) continue;
    const next = tokens[i + length];
    if (term.unlessNext.length > 0 && next?.sentence === sentence && matchesAny(term.unlessNext, next)) continue;
    if (term.requires.length > 0 && !sentenceHas(prepared, term.requiresWithin === 'paragraph' ? -1 : sentence, term.requires, span)) continue;
    hits.push({ term, start: tokens[i].start, end: tokens[i + length - 1].end, first: i, last: i + length - 1 });
    after = i + length - 1;
  }
  return hits;
}

export interface TermScore {
  /** Sum of weights, each distinct term counted at most twice. */
  score: number;
  /** Distinct terms found. */
  distinct: number;
  hits: TermHit[];
}

/**
 * A term list indexed by the first letters of each term's first word (see `patternKey`), so
 * a text is matched only against the terms that can start in it: one pass
 * over the text's own letter pairs instead of a lookup per catalogue term.
 */
interface TermIndex {
  terms: CompiledTerm[];
  byKey: Map<string, number[]>;
  /** Terms the index cannot serve (suffix patterns, one-letter words): always tried. */
  always: number[];
}

const indexes = new WeakMap<CompiledTerm[], TermIndex>();

function indexTerms(terms: CompiledTerm[]): TermIndex {
  let index = indexes.get(terms);
  if (index) return index;
  const byKey = new Map<string, number[]>();
  const always: number[] = [];
  terms.forEach((term, position) => {
    const first = term.words[0];
    if (!first || first.suffix || first.text.length < 2) always.push(position);
    else {
      const key = patternKey(first.text);
      const list = byKey.get(key);
      if (list) list.push(position);
      else byKey.set(key, [position]);
    }
  });
  index = { terms, byKey, always };
  indexes.set(terms, index);
  return index;
}

/** The terms of a list that can occur in a text, in the list's order. */
function candidateTerms(prepared: TokenizedText, terms: CompiledTerm[]): CompiledTerm[] {
  if (terms.length < 16) return terms;
  return candidatePositions(prepared, terms).map((position) => terms[position]);
}

/** Positions in a list of the terms that can occur in a text, ascending unless told otherwise. */
function candidatePositions(prepared: TokenizedText, terms: CompiledTerm[], sorted = true): number[] {
  const index = indexTerms(terms);
  let keys = prepared.keys;
  if (!keys) {
    keys = new Set<string>();
    for (const token of prepared.tokens) {
      for (const key of wordKeys(token.norm)) keys.add(key);
      for (const part of token.parts ?? []) for (const key of wordKeys(part)) keys.add(key);
    }
    prepared.keys = keys;
  }
  const positions = [...index.always];
  for (const key of keys) for (const position of index.byKey.get(key) ?? []) positions.push(position);
  return sorted ? positions.sort((a, b) => a - b) : positions;
}

export function scoreTerms(prepared: TokenizedText, terms: CompiledTerm[]): TermScore {
  prepared.scores ??= new Map();
  let score = prepared.scores.get(terms);
  if (!score) {
    const found: TermHit[] = [];
    for (const term of candidateTerms(prepared, terms)) for (const hit of findTerm(prepared, term)) found.push(hit);
    score = scoreHits(prepared, found);
    prepared.scores.set(terms, score);
  }
  return score;
}

/** Scores hits of one list of terms, found in the list's order. */
function scoreHits(prepared: TokenizedText, found: TermHit[]): TermScore {
  // Where two terms match the same words ("borgernes behov" and "behov"), only
  // the heavier one counts: a phrase is not evidence twice over.
  found.sort((a, b) => b.term.weight - a.term.weight || a.start - b.start);
  // Tokens already claimed by a heavier hit; marking them keeps this linear in the hits' length.
  const taken = found.length > 1 ? new Uint8Array(prepared.tokens.length) : undefined;
  const hits: TermHit[] = [];
  const perTerm = new Map<CompiledTerm, number>();
  let score = 0;
  for (const hit of found) {
    if (taken) {
      let free = true;
      for (let t = hit.first; t <= hit.last && free; t++) if (taken[t]) free = false;
      if (!free) continue;
      for (let t = hit.first; t <= hit.last; t++) taken[t] = 1;
    }
    hits.push(hit);
    const seen = perTerm.get(hit.term) ?? 0;
    perTerm.set(hit.term, seen + 1);
    if (seen < 2) score += hit.term.weight;
  }
  return { score, distinct: perTerm.size, hits };
}

/** Several named term lists matched together: one pass over a text for all of them. */
export interface TermLists<K> {
  all: CompiledTerm[];
  /** For each position in `all`, the list it came from. */
  owners: K[];
}

export function combineTermLists<K>(lists: Iterable<[K, CompiledTerm[]]>): TermLists<K> {
  const all: CompiledTerm[] = [];
  const owners: K[] = [];
  for (const [key, terms] of lists) {
    for (const term of terms) {
      all.push(term);
      owners.push(key);
    }
  }
  return { all, owners };
}

/**
 * `scoreTerms` for every list at once, with the same results: the text's
 * candidate terms are looked up once in an index of all lists, instead of
 * once per list. Lists without hits are left out.
 */
export function scoreTermLists<K>(prepared: TokenizedText, lists: TermLists<K>): Map<K, TermScore> {
  // Terms are tried in any order; the few that occur are put back in the
  // lists' order, which decides between equally heavy hits at one place.
  const occurring: Array<[number, TermHit[]]> = [];
  for (const position of candidatePositions(prepared, lists.all, false)) {
    const hits = findTerm(prepared, lists.all[position]);
    if (hits.length > 0) occurring.push([position, hits]);
  }
  occurring.sort((a, b) => a[0] - b[0]);
  const found = new Map<K, TermHit[]>();
  for (const [position, hits] of occurring) {
    const owner = lists.owners[position];
    const list = found.get(owner);
    if (list) list.push(...hits);
    else found.set(owner, hits);
  }
  const scores = new Map<K, TermScore>();
  for (const [owner, hits] of found) scores.set(owner, scoreHits(prepared, hits));
  return scores;
}
