import type { TermSpec } from '../elementTypes';

/** One element's vocabulary: the words that show a text treats it, in Danish, Norwegian, Swedish and English. */
export interface ElementVocabulary {
  /** Words that, in a heading, name the element. */
  heading: TermSpec[];
  /** Words that, in running text or tables, show the element is discussed. */
  body: TermSpec[];
  /** For each sub-check of the element's guidance, the words that show the point is covered. */
  guidance?: Record<string, TermSpec[]>;
  /**
   * Words one of which must stand in running text before it counts as evidence for the element at all. The
   * leadership chain is who does what: text that only names leader levels as the actors of single tasks
   * ("Direktionen får en status to gange om året") does not speak of it; a word of responsibility, ownership or
   * division of work does. Sections whose heading names the element need none.
   */
  proseNeeds?: TermSpec[];
  /**
   * Words one of which must stand in a paragraph before the sub-checks' words count there, unless the section's
   * heading names the element. A goal is checkable by a number or a date in a sentence about goals, not by "mindst
   * én familie" in a paragraph about trying a tool.
   */
  guidanceNeeds?: TermSpec[];
}

/** Several plain terms with one weight: keeps the long word lists readable. */
export function weighted(weight: number, ...terms: string[]): TermSpec[] {
  return terms.map((term) => ({ term, weight }));
}

/**
 * Several terms with one weight that count only with one of `requires` in the
 * same paragraph: a concept pair ("time" and "development", "ask" and
 * "citizens") that a writer often spreads over two sentences.
 */
export function needing(weight: number, requires: string[], ...terms: string[]): TermSpec[] {
  return terms.map((term) => ({ term, weight, requires, requiresWithin: 'paragraph' as const }));
}
