import type { DocumentType } from '../../core/catalogue/catalogues';
import type { ElementId } from '../../core/catalogue/elementTypes';
import type { ResolvedConfig } from '../../core/config/types';
import { disableRuleEdit, fixAllMissing, markSectionEdit } from '../../core/fix/documentEdits';
import { insertionPoint, placeSection } from '../../core/fix/insertionPoint';
import type { Language } from '../../core/i18n/localized';
import type { Linter } from '../../core/incremental';
import { lint, type LintResult } from '../../core/lint';
import type { TextRange } from '../../core/model/types';
import { toFileReport, type FileReport } from '../../core/report';
import type { ElementVerdict } from '../../core/recognition/recognise';
import type { ConnectedSection, LinkedStrategy } from '../../core/recognition/strategyLink';
import type { TextEdit } from '../../core/fix/types';
import type { Finding } from '../../core/rules/types';
import { reportMeta } from '../../formatters/meta';

/*
 * What the editor needs from one check, as plain data: it crosses from the
 * checking worker to the extension host by structured clone (no class
 * instances, no functions, no shared object identity needed), and hovers,
 * code actions, commands and the status bar answer from it without running
 * the checker again. No `vscode` here: the worker bundles this file.
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

/**
 * Checks a text and returns what the editor needs; with a linter,
 * incrementally. `strategy`: the strategy an ambition's `strategi:` names,
 * read by the extension host (the report's `strategy` then lists the
 * sections the ambition connects to).
 */
export function checkSnapshot(text: string, config: ResolvedConfig, linter?: Linter, strategy?: LinkedStrategy): CheckSnapshot {
  return toSnapshot(linter ? linter.lint(text, { config, strategy }) : lint(text, { config, strategy }));
}

function toSnapshot(result: LintResult): CheckSnapshot {
  const { document, recognition } = result;
  const elements: ElementSnapshot[] = recognition.catalogue.ids.map((id) => {
    const verdict = recognition.verdicts.get(id)!;
    const point = insertionPoint(document, recognition, id);
    return {
      id,
      status: verdict.status,
      uncovered: [...verdict.uncovered],
      quote: null,
      insertionOffset: point.offset,
      level: point.level,
      place: placeSection(document, point.offset, '\n'),
    };
  });
  const report = toFileReport(result, '');
  for (const element of elements) {
    const first = report.elements[element.id].evidence?.quotes[0];
    element.quote = first ? { line: first.line, text: first.text } : null;
  }
  const sections: SectionSnapshot[] = document.sections.map((section) => {
    const ids: ElementId[] = [];
    for (const [id, verdict] of recognition.verdicts) if (verdict.status !== 'missing' && verdict.section === section) ids.push(id);
    for (const id of recognition.sectionElements.get(section) ?? []) if (!ids.includes(id)) ids.push(id);
    return {
      headingRange: { start: section.headingRange.start, end: section.headingRange.end },
      text: section.text,
      elements: ids,
      markAt: ids.length === 0 ? markSectionEdit(document, section, recognition.catalogue.ids[0]).start : null,
    };
  });
  const disableRule: Record<string, TextEdit | null> = {};
  for (const finding of result.findings) {
    if (!(finding.ruleId in disableRule)) disableRule[finding.ruleId] = disableRuleEdit(result, finding.ruleId) ?? null;
  }
  return {
    textLength: result.text.length,
    config: result.config,
    language: result.config.language,
    eol: document.lines.eol,
    findings: result.findings,
    documentType: recognition.catalogue.type,
    elements,
    sections,
    frontmatter: { present: document.frontmatter.present, contentStart: document.frontmatter.contentStart, end: document.frontmatter.range.end },
    fixAllMissing: fixAllMissing(result),
    disableRule,
    report,
    meta: reportMeta(document.frontmatter.data),
    link:
      result.link && recognition.catalogue.linkElement
        ? {
            element: recognition.catalogue.linkElement,
            path: result.link.path,
            problem: result.link.problem ?? null,
            connected: result.link.connected.map((section) => ({ ...section })),
            candidates: result.link.candidates,
          }
        : null,
  };
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
