import { elementById } from '../catalogue/elements';
import type { ElementId } from '../catalogue/elementTypes';
import type { Section, StrategyDocument } from '../model/types';
import { ancestry } from '../model/walk';
import type { Recognition } from './recognise';
import { isClosingSection, isContentsSection, isExampleSection, isSummarySection } from './sectionRoles';
import { tokenize } from './tokens';

/*
 * How an ambition is tied to the strategy it answers to: which of the
 * strategy's sections (its focus areas and the elements they answer) the
 * ambition speaks of. Pure: the adapters read the strategy's text (inside
 * the workspace only) and hand it over.
 */

/** The strategy an ambition names, as the adapter found it. */
export type LinkedStrategy =
  | { path: string; text: string }
  /** `not-found`: no such file; `outside`: it lies outside the workspace and was not read; `unreadable`: it could not be read. */
  | { path: string; problem: 'not-found' | 'outside' | 'unreadable' };

export interface ConnectedSection {
  heading: string;
  /** 1-based line of the heading in the strategy. */
  line: number;
  /** The strategy element the section answers, if any. */
  element: ElementId | null;
}

export interface StrategyLink {
  path: string;
  problem?: 'not-found' | 'outside' | 'unreadable';
  /** The strategy's sections the ambition refers to, in the strategy's order. */
  connected: ConnectedSection[];
  /** How many of the strategy's sections could have been referred to. */
  candidates: number;
  /** A few of the strategy's section headings, for a finding's suggestion. */
  examples: string[];
}

/** Words in headings that say nothing about a focus area. */
const FILLER = new Set(
  (
    'og i på af for til med om at en et den det de der som vi vores jeres alle skal kan kunne være bliver mere nye ny nyt fra ud op ' +
    'digital digitale digitalt digitalisering digitaliseringen strategi strategien strategisk strategiske kommune kommunen kommunens indsats indsatser fokusområde fokusområder mål ' +
    'and the of for to with in on a an our we all more new digitalisation digitalization strategy council municipality focus area areas'
  ).split(' '),
);

/** The start of a word that inflected forms share ("borgerne" and "borger" → "borg…"). */
function stem(word: string): string {
  return word.length <= 5 ? word : word.slice(0, Math.max(5, word.length - 3));
}

function contentWords(text: string): string[] {
  return [...new Set(tokenize(text).map((token) => token.norm).filter((word) => word.length >= 4 && !FILLER.has(word) && !/^\d/.test(word)))];
}

/** The strategy's sections an ambition could refer to: chapters and their subsections, not the title, contents, summary or closing matter. */
function focusSections(strategy: StrategyDocument): Section[] {
  const top = strategy.sections.filter((section) => section.kind !== 'pseudo' && section.depth === 1);
  return strategy.sections.filter(
    (section) =>
      section.kind !== 'pseudo' &&
      !(top.length === 1 && section === top[0]) &&
      !ancestry(section).some((s) => isContentsSection(s) || isClosingSection(s) || isSummarySection(s) || isExampleSection(s)),
  );
}

/**
 * Which of the strategy's sections the ambition refers to: by the words of
 * the section's heading, or, for a section that answers one of the
 * strategy's elements, by the words of that element's name ("digital
 * inklusion" for a section headed "Alle skal kunne være med"). At least half
 * of the content words, and two when there are two or more, must be there,
 * inflections allowed.
 */
export function linkToStrategy(ambition: StrategyDocument, path: string, strategy: StrategyDocument, strategyRecognition: Recognition): StrategyLink {
  const text = [...ambition.sections.map((section) => section.text), ...ambition.blocks.map((block) => block.text)].join(' \n ');
  const stems = new Set(contentWords(text).map(stem));
  const words = contentWords(text);
  const answers = new Map<Section, ElementId>();
  for (const [id, verdict] of strategyRecognition.verdicts) {
    if (verdict.status !== 'missing' && verdict.section && verdict.section.kind !== 'root' && !answers.has(verdict.section)) answers.set(verdict.section, id);
  }
  const mentions = (heading: string) => {
    const own = contentWords(heading);
    const matched = own.filter((word) => stems.has(stem(word)) || words.some((w) => w.startsWith(stem(word))));
    return own.length > 0 && matched.length >= Math.max(Math.ceil(own.length / 2), Math.min(own.length, 2));
  };
  const sections = focusSections(strategy);
  const connected: ConnectedSection[] = [];
  for (const section of sections) {
    const element = answers.get(section) ?? null;
    const name = element ? elementById(element).name : undefined;
    if (mentions(section.text) || (name && (mentions(name.da) || mentions(name.en)))) {
      connected.push({ heading: section.text, line: strategy.lines.positionAt(section.headingRange.start).line, element });
    }
  }
  return { path, connected, candidates: sections.length, examples: sections.slice(0, 3).map((section) => section.text) };
}
