import type { DocumentType } from './catalogue/catalogues';
import type { ElementId } from './catalogue/elementTypes';
import type { Severity } from './config/types';
import { lint, type LintOptions, type LintResult } from './lint';
import { explainVerdict, type Evidence } from './recognition/evidence';
import type { ElementStatus } from './recognition/recognise';
import type { ConnectedSection } from './recognition/strategyLink';

/*
 * The versioned report contract (schemaVersion 1). The CLI's JSON format
 * prints exactly these objects; `check()` returns one file's part. Lines and
 * columns are 1-based; columns count UTF-16 code units.
 */

export const SCHEMA_VERSION = 1;

export interface ElementReport {
  status: ElementStatus;
  line: number | null;
  heading: string | null;
  /** Why: the evidence the verdict rests on (added within schemaVersion 1); null when missing, except an ambition's answer left as template text, which points at the placeholder. */
  evidence: Evidence | null;
  /** The rules' verdict when the trained calibration, weighing the whole text, moved it one step (added within schemaVersion 1); otherwise null. */
  calibratedFrom: ElementStatus | null;
}

export interface FindingReport {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  element: ElementId | null;
  columns: number[];
}

export interface OutlineEntry {
  depth: number;
  text: string;
  line: number;
  element: ElementId | null;
}

/** The strategy an ambition answers to, and its sections the ambition refers to (added within schemaVersion 1). */
interface StrategyLinkReport {
  path: string;
  /** Why it was not read: `not-found`, `outside` (the workspace) or `unreadable`; null when it was. */
  problem: 'not-found' | 'outside' | 'unreadable' | null;
  sections: ConnectedSection[];
}

export interface FileReport {
  path: string;
  /** Which catalogue the file was checked against (added within schemaVersion 1). */
  documentType: DocumentType;
  /** One entry per element of the document type's catalogue, and only those (typed as a full record for the readers of one type). */
  elements: Record<ElementId, ElementReport>;
  findings: FindingReport[];
  outline: OutlineEntry[];
  /** Only for a document tied to a strategy (an ambition's `strategi:`). */
  strategy?: StrategyLinkReport;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  files: FileReport[];
  summary: Summary;
}

export function toFileReport(result: LintResult, path: string): FileReport {
  const { document, recognition } = result;
  const lines = document.lines;
  const elements = {} as Record<ElementId, ElementReport>;
  const ids = recognition.catalogue.ids;
  for (const id of ids) {
    const verdict = recognition.verdicts.get(id)!;
    // A missing element has no place, except an answer left as template text (`templateTextUnanswered`).
    const anchor = verdict.anchor;
    elements[id] = {
      status: verdict.status,
      line: anchor ? lines.positionAt(anchor.start).line : null,
      heading: verdict.section && verdict.section.kind !== 'root' ? verdict.section.text : null,
      evidence: explainVerdict(verdict, document),
      calibratedFrom: verdict.calibration?.from ?? null,
    };
  }
  const findings = result.findings.map((finding) => {
    const start = lines.positionAt(finding.range.start);
    const end = lines.positionAt(finding.range.end);
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      element: finding.element,
      columns: finding.columns,
    };
  });
  const answeredBy = new Map<unknown, ElementId>();
  for (const id of ids) {
    const verdict = recognition.verdicts.get(id)!;
    if (verdict.status !== 'missing' && verdict.section && verdict.anchor === verdict.section.headingRange && !answeredBy.has(verdict.section)) {
      answeredBy.set(verdict.section, id);
    }
  }
  const outline = document.sections.map((section) => ({
    depth: section.depth,
    text: section.text,
    line: lines.positionAt(section.headingRange.start).line,
    element: answeredBy.get(section) ?? recognition.sectionElements.get(section)?.[0] ?? null,
  }));
  const file: FileReport = { path, documentType: recognition.catalogue.type, elements, findings, outline };
  if (result.link) file.strategy = { path: result.link.path, problem: result.link.problem ?? null, sections: result.link.connected };
  return file;
}

export function summarize(files: FileReport[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

export function buildReport(files: FileReport[]): Report {
  return { schemaVersion: SCHEMA_VERSION, files, summary: summarize(files) };
}

export interface CheckOptions extends LintOptions {
  /** The path printed in the report; `<text>` when checking a string. */
  path?: string;
}

/** Checks one strategy's text and returns its part of the JSON report. */
export function check(text: string, options: CheckOptions = {}): FileReport {
  return toFileReport(lint(text, options), options.path ?? '<text>');
}
