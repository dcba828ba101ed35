import type { Frontmatter } from '../parse/frontmatter';
import type { OpenFence } from '../parse/openFence';
import type { LineIndex } from '../text/lineIndex';

/** A half-open range of string offsets into the checked text. */
export interface TextRange {
  start: number;
  end: number;
}

/** How much a stretch of text actually says. */
export interface Substance {
  /** Words outside template placeholders. */
  words: number;
  /** Sentences in running prose. */
  sentences: number;
  listItems: number;
  tableRows: number;
  /** Template placeholders left in the text ("[Skriv …]", TODO, lorem ipsum). */
  placeholders: number;
}

/**
 * The smallest unit of content the recognisers look at: a paragraph, one list
 * item's own text, or one table row.
 */
export interface Block {
  kind: 'paragraph' | 'listItem' | 'tableRow' | 'tableHeader' | 'quote';
  /** Plain text, inline markup removed. */
  text: string;
  range: TextRange;
  substance: Substance;
  /** The section the block belongs to (its innermost one). */
  section: Section;
  /**
   * A list item's bold lead-in, set off by its punctuation ("**Et menneske bestemmer.** Ingen afgørelse
   * …"): in principle lists it names what the item is about, as a heading would.
   */
  lead?: string;
}

type HeadingKind = 'atx' | 'setext' | 'pseudo';

export interface Section {
  kind: HeadingKind | 'root';
  /** 1–6 for real headings; a pseudo-heading is one deeper than its parent. */
  depth: number;
  /** Plain heading text without its numbering ("3.1 Borgerne" → "Borgerne"). */
  text: string;
  /** The numbering that was removed, if any. */
  number?: string;
  headingRange: TextRange;
  /** From the heading to the end of the last subsection. */
  range: TextRange;
  /** The section's own blocks, subsections excluded. */
  blocks: Block[];
  children: Section[];
  parent?: Section;
  /** Element ids named by `<!-- strategitjek: id -->` markers inside the section. */
  markers: string[];
  /** True for headings that are direct children of the Markdown root. */
  topLevel: boolean;
}

export interface StrategyDocument {
  /** The text that was checked (a leading byte order mark removed). */
  text: string;
  lines: LineIndex;
  frontmatter: Frontmatter;
  /** The document itself; its children are the top-level sections. */
  root: Section;
  /** Every section in document order, the root excluded. */
  sections: Section[];
  /** Every block in document order. */
  blocks: Block[];
  /** Runs of lines skipped because they nested deeper than the parser allows. */
  skipped: Array<TextRange & { depth: number }>;
  /** Runs of very short lines skipped to keep parsing in proportion to the text (see `parse/lineBudget.ts`). */
  skippedShortLines: TextRange[];
  /** A fenced code block that the document ends in without closing it; fixes close it before inserting. */
  openFence?: OpenFence;
}
