import type { DocumentType } from '../../core/catalogue/catalogues';
import type { ElementId } from '../../core/catalogue/elementTypes';
import type { ResolvedConfig } from '../../core/config/types';
import type { Language } from '../../core/i18n/localized';
import type { TextRange } from '../../core/model/types';
import type { FileReport } from '../../core/report';
import type { ElementVerdict } from '../../core/recognition/recognise';
import type { ConnectedSection } from '../../core/recognition/strategyLink';
import type { TextEdit } from '../../core/fix/types';
import type { Finding } from '../../core/rules/types';
/*
 * What the editor needs from one check, as plain data: it crosses from the
 * checking worker to the extension host by structured clone (no class
 * instances, no functions, no shared object identity needed), and hovers,
 * code actions, commands and the status bar answer from it without running
 * the checker again. No `vscode` here: the worker bundles this file. Only
 * types and small helpers live here; taking a snapshot, which runs the
 * checker, is in `takeSnapshot.ts`, so the extension host can use these
 * without loading the checker.
 */

export interface ElementSnapshot {
  id: ElementId;
  status: ElementVerdict['status'];
  /** Sub-checks the text does not cover. */
  uncovered: string[];
  /** The first sentence the verdict rests on, for hovers. */
  quote: { line: number; text: string } | null;
  /** Where the element's section belongs, for diagnostics' related information. */
  insertionOffset: number;
  /** Heading level of an inserted section. */
  level: number;
  /** Where a section inserted by the insert-section command goes (placed with `\n`). */
  place: { offset: number; prefix: string; suffix: string };
}

export interface SectionSnapshot {
  headingRange: TextRange;
  text: string;
  /** The elements the section answers (by verdict first, then by heading or marker). */
  elements: ElementId[];
  /**
   * Offset of the end of the heading's last line, where a
   * `<!-- strategitjek: id -->` marker goes; set only on sections that answer
   * nothing, the only ones offered the mark-this-section action.
   */
  markAt: number | null;
}

export interface CheckSnapshot {
  /** Length of the checked text (a leading byte order mark removed). */
  textLength: number;
  config: ResolvedConfig;
  language: Language;
  eol: string;
  findings: Finding[];
  /** The document's type, which chose its catalogue (and so `elements`). */
  documentType: DocumentType;
  /** In catalogue order. */
  elements: ElementSnapshot[];
  sections: SectionSnapshot[];
  frontmatter: { present: boolean; contentStart: number; end: number };
  /** The edits of "insert all missing sections". */
  fixAllMissing: TextEdit[];
  /** The edit turning a rule off in the frontmatter, for each rule with a finding (null where refused). */
  disableRule: Record<string, TextEdit | null>;
  /** The JSON contract for the readiness report; its path is filled in by the caller. */
  report: FileReport;
  meta: Record<string, string>;
  /**
   * What an ambition's `strategi:` connects to, for the hover on the element
   * it is judged with (the catalogue's `linkElement`); null when the check
   * was given no strategy.
   */
  link: { element: ElementId; path: string; problem: string | null; connected: ConnectedSection[]; candidates: number } | null;
}

/** The edit marking a section as answering an element; the same text as the core's `markSectionEdit`. */
export function markEdit(snapshot: CheckSnapshot, section: SectionSnapshot, id: ElementId): TextEdit | undefined {
  if (section.markAt === null) return undefined;
  return { start: section.markAt, end: section.markAt, text: `${snapshot.eol}${snapshot.eol}<!-- strategitjek: ${id} -->` };
}

/** The element's entry in a snapshot. */
export function elementOf(snapshot: CheckSnapshot, id: ElementId): ElementSnapshot {
  return snapshot.elements.find((e) => e.id === id)!;
}
