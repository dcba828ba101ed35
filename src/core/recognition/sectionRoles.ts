import type { Block, Section } from '../model/types';
import { compileTerm, prepare, scoreTerms } from './terms';

/*
 * Sections that are not where a strategy treats its themes: summaries and
 * introductions (they mention everything and explain nothing), tables of
 * contents, and closing matter such as appendices. Recognised by heading.
 */
const SUMMARY_HEADINGS = [
  'resumé', 'resume', 'sammenfatning', 'sammendrag', 'kort fortalt', 'kort sagt', 'indledning', 'forord',
  'introduktion', 'summary', 'executive summary', 'introduction', 'foreword', 'overblik', 'på én side',
  'læsevejledning', 'vision', 'visionen', 'innledning', 'oppsummering', 'at a glance', 'preface',
  'opsummering', 'sammanfattning', 'summering', 'konklusion', 'conclusion', 'afrunding', 'in summary',
].map((term) => compileTerm(term));

const CONTENTS_HEADINGS = ['indhold', 'indholdsfortegnelse', 'contents', 'table of contents', 'innhold'].map((term) =>
  compileTerm(term),
);

const CLOSING_HEADINGS = [
  'bilag*', 'appendiks', 'appendix', 'kontakt*', 'ordliste', 'begrebsliste', 'referencer', 'litteratur*', 'kilder',
  'noter', 'versionshistorik', 'godkendelse', 'references', 'glossary', 'contact*', 'vedlegg', 'kolofon',
].map((term) => compileTerm(term));

/*
 * Case boxes and examples from other organisations ("Eksempel: Sådan gør
 * Nordby", "Case", "Inspiration"): they show that someone treats a theme, not
 * that this strategy does, so they never make an element present.
 */
const EXAMPLE_HEADINGS = [
  'eksempel*', 'example*', 'case', 'cases', 'casen', 'faktaboks*', 'boks', 'inspiration*',
  'erfaringer fra', 'erfaring fra', 'erfarenheter från', 'good practice', 'god praksis', 'case study', 'eksempelvis', 'exempel*',
  // "Sådan gør Aarhus" shows another organisation's practice; "Sådan gør vi" is the document's own.
  ...['sådan gør', 'så gör', 'slik gjør'].map((term) => ({ term, unless: ['vi', 'jeg', 'jag', 'du'] })),
].map((term) => compileTerm(term));

/**
 * A test of a heading's words alone, remembered by the words: the editor checks a document again on every
 * pause in typing, and its sections are new objects each time while nearly all their headings are not.
 * The memory is dropped when it grows past a few documents' worth of headings.
 */
function byHeadingText(test: (text: string) => boolean): (section: Section) => boolean {
  const answers = new Map<string, boolean>();
  return (section) => {
    let answer = answers.get(section.text);
    if (answer === undefined) {
      if (answers.size >= 20_000) answers.clear();
      answer = test(section.text);
      answers.set(section.text, answer);
    }
    return answer;
  };
}

function headingMatches(terms: ReturnType<typeof compileTerm>[]): (section: Section) => boolean {
  // Only short headings are pure summary or closing headings; "Vision for
  // borgernes digitale hverdag" is a theme, not a summary.
  return byHeadingText((text) => {
    const prepared = prepare(text);
    return prepared.tokens.length <= 4 && scoreTerms(prepared, terms).score > 0;
  });
}

const namesSummary = headingMatches(SUMMARY_HEADINGS);
const namesContents = headingMatches(CONTENTS_HEADINGS);
const namesClosing = headingMatches(CLOSING_HEADINGS);

/** A case box or an example: the heading starts with, or says, that it shows someone else's practice. */
const namesExample = byHeadingText((text) => {
  const prepared = prepare(text);
  if (prepared.tokens.length === 0) return false;
  const first = prepare(prepared.tokens.slice(0, 3).map((token) => token.raw).join(' '));
  return scoreTerms(first, EXAMPLE_HEADINGS).score > 0 || (prepared.tokens.length <= 8 && scoreTerms(prepared, EXAMPLE_HEADINGS).score > 0);
});

/**
 * Whether a section or one above it passes a heading test, asked for every block and element, so each answer is
 * remembered per section; a section asks its parent's remembered answer rather than walking its whole ancestry.
 */
function inOrUnder(test: (section: Section) => boolean): (section: Section) => boolean {
  const answers = new WeakMap<Section, boolean>();
  const answer = (section: Section): boolean => {
    let known = answers.get(section);
    if (known === undefined) {
      known = test(section) || (section.parent !== undefined && answer(section.parent));
      answers.set(section, known);
    }
    return known;
  };
  return answer;
}

/**
 * A document's title names the whole text, even when it says "på én side" or "Vision": a level-1 heading with
 * chapters under it is a title, not a summary whose chapters would all be summaries too.
 */
const isTitleLike = (s: Section) => s.depth === 1 && s.children.some((child) => child.kind !== 'pseudo');

const isSummaryHeading = (s: Section) => s.kind !== 'root' && !isTitleLike(s) && namesSummary(s);
const isContentsHeading = (s: Section) => s.kind !== 'root' && namesContents(s);

export const isSummarySection = inOrUnder(isSummaryHeading);

export const isContentsSection = inOrUnder(isContentsHeading);

export const isExampleSection = (section: Section): boolean => section.kind !== 'root' && namesExample(section);

export const isClosingSection = (section: Section): boolean => section.kind !== 'root' && namesClosing(section);

/**
 * Text before the first real section: blocks before the first heading, and the
 * introduction directly under a title heading that has chapters below it.
 */
export function isPreambleBlock(block: Block): boolean {
  const section = block.section;
  // Text before the first heading introduces what follows; in a text with no headings at all (a letter,
  // a half-page ambition in prose) it is the whole answer, not an introduction.
  if (section.kind === 'root') return section.children.length > 0;
  return section.depth === 1 && section.kind !== 'pseudo' && section.children.length > 0;
}
