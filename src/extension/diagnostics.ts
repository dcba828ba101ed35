import * as vscode from 'vscode';
import type { Finding } from '../core/rules/types';
import { columnLink, ruleDocUri } from './links';
import { elementOf, type CheckSnapshot } from './worker/snapshot';
import { say } from './messages';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Enough of a document to place diagnostics: open documents and files read from disk both qualify. */
export interface Placeable {
  uri: vscode.Uri;
  positionAt(offset: number): vscode.Position;
}

/**
 * Translates findings into diagnostics: source "Strategitjek", the rule id as
 * code with a link to the rule's page (or the primary column when the user
 * set `columnsUrl`). A missing element is shown where its section belongs
 * (an empty range there), not on the title, so the missing elements do not
 * all stack on the first line; the title is its related information.
 */
export function toDiagnostics(result: CheckSnapshot, document: Placeable, extensionUri: vscode.Uri): vscode.Diagnostic[] {
  const language = result.config.language;
  return result.findings.map((finding) => {
    const missing = finding.messageId === 'missing' && finding.element ? document.positionAt(elementOf(result, finding.element).insertionOffset) : undefined;
    const range = missing ? new vscode.Range(missing, missing) : new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
    diagnostic.source = 'Strategitjek';
    const target =
      result.config.columnsUrl && finding.columns.length > 0 ? columnLink(finding.columns[0], result.config, vscode.workspace.getWorkspaceFolder(document.uri)?.uri) : ruleDocUri(extensionUri, finding.ruleId);
    diagnostic.code = { value: finding.ruleId, target };
    if (missing) {
      const title = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
      diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, title), say('missingFromDocument', language))];
    }
    return diagnostic;
  });
}

/**
 * The finding behind a diagnostic. Code action contexts carry copies of
 * diagnostics, so they are matched by rule, message and position.
 */
export function findingFor(result: Pick<CheckSnapshot, 'findings'>, diagnostic: vscode.Diagnostic, offsetAt: (position: vscode.Position) => number): Finding | undefined {
  if (diagnostic.source !== 'Strategitjek') return undefined;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const start = offsetAt(diagnostic.range.start);
  // A missing element's diagnostic sits where the section belongs, not on the finding's range; its message is unique.
  return result.findings.find((f) => f.ruleId === code && f.message === diagnostic.message && (f.range.start === start || f.messageId === 'missing'));
}
