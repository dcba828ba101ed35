import * as vscode from 'vscode';
import { DOCUMENT_TYPES } from '../core/schemas/frontmatterFields';
import type { EditorSettings } from './settings';

const FRONTMATTER_TYPE = /^---[ \t]*\r?\n(?:[^\n]*\n)*?dokumenttype[ \t]*:[ \t]*["']?([\w-]+)/;

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

  isStrategy(document: vscode.TextDocument, settings: EditorSettings): boolean {
    if (document.languageId !== 'markdown') return false;
    if (this.requested.has(document.uri.toString())) return true;
    // The frontmatter is at the top: the first 60 lines are enough to read it.
    return isStrategyFile(document.uri, document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 60), 0)), settings);
  }
}

/**
 * The rule for a Markdown file, open or not: its frontmatter declares a
 * strategy, or it matches the `strategitjek.files` globs. `head` is the start
 * of the file's text.
 */
export function isStrategyFile(uri: vscode.Uri, head: string, settings: EditorSettings): boolean {
  if (declaresStrategy(head)) return true;
  const document = { uri, languageId: 'markdown' } as vscode.TextDocument;
  return settings.files.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

/** True when the frontmatter's `dokumenttype` is one of the strategy document types. */
export function declaresStrategy(head: string): boolean {
  const match = FRONTMATTER_TYPE.exec(head.replace(/^\uFEFF/, ''));
  return !!match && (DOCUMENT_TYPES as readonly string[]).includes(match[1]);
}
