import * as vscode from 'vscode';
import { STRATEGY_HEAD_LENGTH } from '../core/strategyHead';
import { headModules } from './lazy';
import type { EditorSettings } from './settings';

/**
 * Decides which Markdown files are strategies. Other Markdown (READMEs,
 * notes) is never checked unless the user asks for it with a command: a tool
 * that nags in unrelated projects gets uninstalled.
 */
export class StrategyDocuments {
  /** Documents the user checked by command, whatever they look like. */
  private readonly requested = new Set<string>();

  request(document: vscode.TextDocument): void {
    this.requested.add(document.uri.toString());
  }

  forget(document: vscode.TextDocument): void {
    this.requested.delete(document.uri.toString());
  }

  /** `patterns`: the `files` globs of the document's `.strategitjek.yaml` (see `WorkspaceConfigs.patterns`). */
  isStrategy(document: vscode.TextDocument, settings: EditorSettings, patterns: readonly vscode.GlobPattern[] = []): boolean {
    if (document.languageId !== 'markdown') return false;
    if (this.requested.has(document.uri.toString())) return true;
    // Frontmatter and title are at the top: the head is enough to decide.
    return isStrategyFile(document.uri, documentHead(document), settings, patterns);
  }
}

/** The start of a document, where its frontmatter and title are: its first 200 lines, cut at `length` characters. */
export function documentHead(document: vscode.TextDocument, length = STRATEGY_HEAD_LENGTH): string {
  return document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 200), 0)).slice(0, length);
}

/**
 * The rule for a Markdown file, open or not: the core's one rule
 * (`classifyStrategy`, the same the CLI applies to folders), with the
 * `strategitjek.files` globs and the `files` globs of `.strategitjek.yaml`
 * as the configured part. `head` is the start of
 * the file's text.
 */
export function isStrategyFile(uri: vscode.Uri, head: string, settings: EditorSettings, patterns: readonly vscode.GlobPattern[] = []): boolean {
  const document = { uri, languageId: 'markdown' } as vscode.TextDocument;
  const configured = [...settings.files, ...patterns].some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  return headModules().classifyStrategy({ path: uri.path, head, configured }).strategy;
}
