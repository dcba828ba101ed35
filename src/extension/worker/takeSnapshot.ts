import type { ResolvedConfig } from '../../core/config/types';
import { disableRuleEdit, fixAllMissing, markSectionEdit } from '../../core/fix/documentEdits';
import { insertionPoint, placeSection } from '../../core/fix/insertionPoint';
import type { ElementId } from '../../core/catalogue/elementTypes';
import type { Linter } from '../../core/incremental';
import { lint, type LintResult } from '../../core/lint';
import { toFileReport } from '../../core/report';
import type { LinkedStrategy } from '../../core/recognition/strategyLink';
import type { TextEdit } from '../../core/fix/types';
import { reportMeta } from '../../formatters/meta';
import type { CheckSnapshot, ElementSnapshot, SectionSnapshot } from './snapshot';

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
