import type { Token } from './tokens';

/*
 * Strategitjek reads Danish, Norwegian, Swedish and English. A strategy in
 * another language (a German partner's, a Finnish one borrowed for
 * inspiration) would otherwise come out with every element "missing", said
 * with a confidence the checker has not earned. Common function words of the
 * four languages make up a large share of any text written in them, and
 * almost none of a text in another language.
 */
const FUNCTION_WORDS = new Set([
  // Danish and Norwegian
  'og', 'i', 'at', 'det', 'en', 'et', 'til', 'er', 'for', 'på', 'med', 'de', 'af', 'av', 'vi', 'som', 'har', 'den', 'ikke', 'der', 'om',
  'skal', 'vil', 'kan', 'så', 'men', 'også', 'fra', 'ved', 'sig', 'seg', 'vores', 'våre', 'når', 'eller',
  // Swedish
  'och', 'att', 'är', 'för', 'inte', 'ska', 'kan', 'vår', 'våra', 'som', 'med', 'av', 'till', 'på', 'om', 'eller', 'också',
  // English
  'the', 'and', 'of', 'to', 'in', 'is', 'we', 'our', 'for', 'on', 'with', 'that', 'will', 'are', 'be', 'as', 'by', 'it', 'this', 'or',
]);

/** Below this share of function words a text of some length is not in a language the checker reads. */
const MIN_SHARE = 0.08;
/** Short texts say too little to judge their language. */
const MIN_WORDS = 60;

/** Judged on the words recognition has already split the paragraphs into. */
export function isReadableLanguage(paragraphs: Iterable<Token[]>): boolean {
  let words = 0;
  let known = 0;
  for (const tokens of paragraphs) {
    const counted = functionWords(tokens);
    words += tokens.length;
    known += counted;
  }
  return words < MIN_WORDS || known / words >= MIN_SHARE;
}

/** Function words per paragraph's tokens, kept with them: a paragraph that did not change is not counted again. */
const counts = new WeakMap<Token[], number>();

function functionWords(tokens: Token[]): number {
  let known = counts.get(tokens);
  if (known === undefined) {
    known = 0;
    for (const token of tokens) if (FUNCTION_WORDS.has(token.norm)) known++;
    counts.set(tokens, known);
  }
  return known;
}
