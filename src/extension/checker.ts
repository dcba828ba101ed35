import * as vscode from 'vscode';
import { defaultConfig, mergeConfig } from '../core/config/types';
import { lint, type LintResult } from '../core/lint';
import { toDiagnostics } from './diagnostics';
import { readSettings } from './settings';
import type { StrategyDocuments } from './strategyDocuments';
import type { WorkspaceConfigs } from './workspaceConfig';

export interface CheckedDocument {
  uri: vscode.Uri;
  version: number;
  result: LintResult;
}

/**
 * Runs the core checker on documents and publishes diagnostics. Edits are
 * debounced; a result computed for a version that has since changed is
 * thrown away, so diagnostics never describe text that is no longer there.
 */
export class Checker implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('strategitjek');
  private readonly results = new Map<string, CheckedDocument>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly checked = new vscode.EventEmitter<CheckedDocument | { uri: vscode.Uri; result?: undefined }>();
  /** Fires after a document was checked, or cleared (no result). */
  readonly onDidCheck = this.checked.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly strategies: StrategyDocuments,
    private readonly configs: WorkspaceConfigs,
  ) {}

  resultFor(document: vscode.TextDocument): CheckedDocument | undefined {
    const entry = this.results.get(document.uri.toString());
    return entry && entry.version === document.version ? entry : undefined;
  }

  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = readSettings(document.uri).debounce;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.check(document);
      }, delay),
    );
  }

  /** Checks a document now. With `force`, any Markdown file is checked, strategy or not. */
  async check(document: vscode.TextDocument, force = false): Promise<CheckedDocument | undefined> {
    const settings = readSettings(document.uri);
    if (force) this.strategies.request(document);
    if (!settings.enable || !this.strategies.isStrategy(document, settings)) {
      this.clear(document.uri);
      return undefined;
    }
    const version = document.version;
    const fileConfig = await this.configs.forDocument(document.uri);
    if (document.isClosed || document.version !== version) return undefined;
    const config = mergeConfig(defaultConfig(), fileConfig, settings.checker);
    const result = lint(document.getText(), { config });
    const entry: CheckedDocument = { uri: document.uri, version, result };
    this.results.set(document.uri.toString(), entry);
    this.diagnostics.set(document.uri, toDiagnostics(result, document, this.extensionUri));
    this.checked.fire(entry);
    return entry;
  }

  /** Checks text that is not open in an editor (the check-workspace command). */
  checkText(uri: vscode.Uri, text: string, fileConfig: Parameters<typeof mergeConfig>[1], toPosition: (offset: number) => vscode.Position): LintResult {
    const settings = readSettings(uri);
    const result = lint(text, { config: mergeConfig(defaultConfig(), fileConfig, settings.checker) });
    this.diagnostics.set(uri, toDiagnostics(result, { uri, positionAt: toPosition }, this.extensionUri));
    return result;
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const had = this.results.delete(key) || this.diagnostics.has(uri);
    this.diagnostics.delete(uri);
    if (had) this.checked.fire({ uri });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.diagnostics.dispose();
    this.checked.dispose();
  }
}
