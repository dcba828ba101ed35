/**
 * The library entry: `check()` returns one file's part of the JSON report;
 * `lint()` gives the full result (document model, verdicts, fixes) that the
 * editor extension uses. Nothing here touches the file system.
 */
export { check, buildReport, toFileReport, SCHEMA_VERSION } from './core/report';
export type { CheckOptions, FileReport, FindingReport, ElementReport, OutlineEntry, Report, Summary } from './core/report';
export { lint } from './core/lint';
export { createLinter } from './core/incremental';
export type { Linter } from './core/incremental';
export type { LintOptions, LintResult } from './core/lint';
export { applyEdits } from './core/fix/applyEdits';
export { parseConfig } from './core/parseConfig';
export { ELEMENTS } from './core/catalogue/elements';
export { COLUMNS } from './core/catalogue/columns';
export { RULES } from './core/rules';
export type { Finding } from './core/rules/types';
export type { Fix, TextEdit } from './core/fix/types';
