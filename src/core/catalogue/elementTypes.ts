import type { Localized } from '../i18n/localized';

/**
 * A vocabulary entry as written in the catalogue.
 *
 * A plain string is a word or phrase: each word matches exactly, a trailing
 * `*` makes it a stem ("kerneopgave*" matches "kerneopgaverne"), a leading
 * `*` matches the end of a compound ("*strategi" matches "datastrategi"), and a lone `*` between
 * two words of a phrase stands for any one word ("samme * som"). The object
 * form adds sense: `unless` words in the same sentence cancel the match (the
 * school sense of "inklusion"), `requires` words must be there (a bare
 * "dagsorden" only counts next to "strategisk" or "digitalisering"), and
 * `caseSensitive` keeps "MED" (the works council) apart from "med".
 */
export type TermSpec =
  | string
  | {
      term: string;
      weight?: number;
      unless?: string[];
      /** Words that cancel the match when they stand right after it ("tilgangen af sager" is an inflow, not an approach). */
      unlessNext?: string[];
      /** Words the matched word itself must not be: "*0*" finds a figure, but "2028" alone is the question's horizon. */
      except?: string[];
      requires?: string[];
      /** Where a `requires` word must stand: the same sentence (default) or anywhere in the paragraph. */
      requiresWithin?: 'sentence' | 'paragraph';
      caseSensitive?: boolean;
    };

/** The ten things every digitalisation strategy must answer. Stable ids. */
export const ELEMENT_IDS = [
  'core-tasks',
  'simplicity',
  'changing-needs',
  'citizen-value',
  'room-to-develop',
  'digital-mindset',
  'strategic-agenda',
  'inclusion',
  'ethics',
  'leadership-pipeline',
] as const;

/** The six questions a leader's "Min digitale ambition" answers (column 18). Stable ids. */
const AMBITION_ELEMENT_IDS = [
  'ambition-coherence',
  'ambition-agenda',
  'ambition-goals',
  'ambition-approaches',
  'ambition-expectations',
  'ambition-ethics',
] as const;

type StrategyElementId = (typeof ELEMENT_IDS)[number];
type AmbitionElementId = (typeof AMBITION_ELEMENT_IDS)[number];
/** An element of any document type's catalogue. */
export type ElementId = StrategyElementId | AmbitionElementId;

export function isElementId(value: unknown): value is ElementId {
  return typeof value === 'string' && ((ELEMENT_IDS as readonly string[]).includes(value) || (AMBITION_ELEMENT_IDS as readonly string[]).includes(value));
}

/** A point the guidance checks inside an element's text ("names target groups"). */
interface SubCheck {
  id: string;
  /** Short label for lists and hovers. */
  label: Localized;
  /** What is lacking and how to add it; the finding's message. */
  message: Localized;
  columns: number[];
  /**
   * A point without which the element is not treated, whatever else is covered: where some points are
   * essential, present needs at least one of them (ethics: a stance or the use of AI, not only the law
   * and who is consulted, which a data-security section has too).
   */
  essential?: boolean;
  /**
   * A point the document makes by referring to the document it answers to (an ambition's `strategi:`): naming the
   * strategy's focus areas is naming something shared.
   */
  madeByLink?: boolean;
}

export interface ElementDefinition {
  id: ElementId;
  /** The section name a template would use. */
  name: Localized;
  /** The question the section must answer, in one sentence. */
  question: Localized;
  /** Why it matters, in a sentence or two (hovers and docs). */
  why: Localized;
  /** Columns it rests on, the primary one first. */
  columns: number[];
  /** Snippet and quick-fix content. */
  snippet: {
    prefix: string;
    heading: Localized;
    prompts: Localized[];
  };
  /** Sub-checks run by the element's guidance rule, if it has one. */
  guidance?: SubCheck[];
  /** How many sub-checks the text must cover before the element counts as present. */
  presentNeeds?: number;
  /**
   * True when the answer is itself a "how" (an ambition's practical approaches): the text is never
   * judged thin for not saying how, which for such an element would ask the same question twice.
   */
  answersHow?: boolean;
  /**
   * True when a text that makes every sub-check's point must still be of full length to count as present. Elsewhere
   * covering every point halves the bar ("Digitalisering er et fast punkt på personalemødet hver måned" answers an
   * ambition's agenda); here a line that names them all is most often a slogan ("Jeg forventer engagement, og I kan
   * forvente det samme af mig"; "Digitalisering er et fast punkt for direktionen").
   */
  fullLengthWhenComplete?: boolean;
}
