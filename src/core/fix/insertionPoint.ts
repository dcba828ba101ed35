import type { ElementId } from '../catalogue/elementTypes';
import type { Section, StrategyDocument } from '../model/types';
import type { Recognition } from '../recognition/recognise';
import type { TextEdit } from './types';
import { isClosingSection } from '../recognition/sectionRoles';

export interface InsertionPoint {
  offset: number;
  /** Heading level for the new section. */
  level: number;
  /** What the section is placed after or before, for fix titles and tests. */
  placement: 'after-element' | 'before-closing' | 'end';
  neighbour?: Section;
}

/**
 * Where a missing element's section belongs: after the section of the
 * nearest element that comes before it in the catalogue's order, else before
 * the closing matter (appendices, contact), else at the end.
 */
export function insertionPoint(document: StrategyDocument, recognition: Recognition, id: ElementId): InsertionPoint {
  const ids = recognition.catalogue.ids;
  const order = ids.indexOf(id);
  for (let i = order - 1; i >= 0; i--) {
    const verdict = recognition.verdicts.get(ids[i]);
    const section = verdict?.status !== 'missing' ? anchorSection(verdict?.section, verdict?.evidence) : undefined;
    if (section) return { offset: section.range.end, level: section.depth, placement: 'after-element', neighbour: section };
  }
  const level = chapterDepth(document);
  const closing = document.sections.find((section) => section.depth <= level && isClosingSection(section));
  if (closing) return { offset: closing.range.start, level: closing.depth, placement: 'before-closing', neighbour: closing };
  return { offset: document.text.length, level, placement: 'end' };
}

/** A section that is a chapter of its own, not the title or a bold pseudo-heading. */
function anchorSection(section: Section | undefined, evidence: string | undefined): Section | undefined {
  if (!section || section.kind === 'root' || evidence === 'summary') return undefined;
  let current: Section | undefined = section;
  while (current && current.kind === 'pseudo') current = current.parent;
  if (!current || current.kind === 'root') return undefined;
  if (current.depth === 1 && current.children.length > 0) return undefined;
  return current;
}

/** The heading level of the document's chapters: 2 under a single title heading, else the shallowest. */
function chapterDepth(document: StrategyDocument): number {
  const top = document.root.children.filter((section) => section.kind !== 'pseudo');
  if (top.length === 0) return 2;
  if (top.length === 1 && top[0].depth === 1) return 2;
  return Math.min(...top.map((section) => section.depth));
}

/** The line breaks needed before and after a block inserted at `offset`. */
function paddingAt(text: string, offset: number, eol: string): { prefix: string; suffix: string } {
  const before = text.slice(0, offset);
  let prefix = '';
  if (before.length > 0) {
    if (!/(\r\n|\r|\n)$/.test(before)) prefix = eol + eol;
    else if (!/(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$/.test(before)) prefix = eol;
  }
  const after = text.slice(offset);
  const suffix = after.length > 0 && !/^[ \t]*(\r\n|\r|\n)/.test(after) ? eol : '';
  return { prefix, suffix };
}

/**
 * Where a new section really goes and the text around it. An offset inside
 * a fenced code block that the document never closes is moved to the end,
 * and the fence is closed first: inserted there as is, the section would be
 * code, stay "missing", and be inserted again on every fix-all.
 */
export function placeSection(document: StrategyDocument, offset: number, eol: string): { offset: number; prefix: string; suffix: string } {
  const text = document.text;
  const fence = document.openFence;
  if (fence && offset > fence.start) {
    const closing = (/(\r\n|\r|\n)$/.test(text) ? '' : eol) + fence.marker + eol;
    return { offset: text.length, prefix: closing + eol, suffix: '' };
  }
  return { offset, ...paddingAt(text, offset, eol) };
}

/** The edit that inserts a section's Markdown at an insertion point's offset. */
export function insertSectionEdit(document: StrategyDocument, offset: number, markdown: string, eol: string): TextEdit {
  const place = placeSection(document, offset, eol);
  return { start: place.offset, end: place.offset, text: place.prefix + markdown + place.suffix };
}
