import * as vscode from 'vscode';
import { classifyReadError, configReadMessage } from '../core/config/readProblem';
import type { ConfigInput } from '../core/config/types';
import { LineIndex } from '../core/text/lineIndex';
import { lazyModules } from './lazy';
import { uiLanguage } from './settings';

const NAMES = ['.strategitjek.yaml', '.strategitjek.yml'];

/**
 * Reads `.strategitjek.yaml` from a document's folder upwards, through the
 * workspace file system (so it works in virtual and web workspaces). The file
 * is data: it is parsed and validated, never executed, which is why this is
 * safe in untrusted workspaces too. Results are cached until a config file
 * changes.
 *
 * A config file that is there but unusable (a folder, unreadable, broken
 * YAML, values the schema rejects) is never passed over in silence: its
 * problems become diagnostics on the file, and one that cannot be read at
 * all also gets a warning notification, once, because a diagnostic on a
 * folder is easy to miss. The CLI stops with exit code 2 in the same cases.
 */
export class WorkspaceConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ConfigInput>>();
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly diagnostics = vscode.languages.createDiagnosticCollection('strategitjek-config');
  /** Notifications already shown, so a broken file does not nag on every keystroke. */
  private readonly notified = new Set<string>();
  /** The folder of the file each configuration came from: its `files` globs are relative to it. */
  private readonly folders = new WeakMap<ConfigInput, vscode.Uri>();

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/.strategitjek.{yaml,yml}');
    const reset = () => {
      this.cache.clear();
      this.diagnostics.clear();
      this.notified.clear();
      this.changed.fire();
    };
    this.watcher.onDidChange(reset);
    this.watcher.onDidCreate(reset);
    this.watcher.onDidDelete(reset);
  }

  /** A configuration's `files` globs, relative to its file's folder, for `vscode.languages.match`. */
  patterns(config: ConfigInput): vscode.RelativePattern[] {
    const folder = this.folders.get(config);
    return folder ? (config.files ?? []).map((glob) => new vscode.RelativePattern(folder, glob)) : [];
  }

  forDocument(uri: vscode.Uri): Promise<ConfigInput> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme === 'untitled') return Promise.resolve({});
    return this.search(vscode.Uri.joinPath(uri, '..'), folder.uri);
  }

  private search(dir: vscode.Uri, root: vscode.Uri): Promise<ConfigInput> {
    const key = dir.toString();
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.load(dir, root);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async load(dir: vscode.Uri, root: vscode.Uri): Promise<ConfigInput> {
    const language = uiLanguage(dir);
    for (const name of NAMES) {
      const file = vscode.Uri.joinPath(dir, name);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(file);
      } catch (error) {
        const code = (error as vscode.FileSystemError).code ?? (error as NodeJS.ErrnoException).code;
        const failure = classifyReadError(code);
        if (failure === 'missing') continue;
        const message = configReadMessage(failure, vscode.workspace.asRelativePath(file), code ?? (error as Error).message, language);
        this.report(file, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Error)]);
        this.notify(file, message);
        // The file is there: searching further up would silently apply a config the user did not mean.
        return {};
      }
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      const { config, problems } = lazyModules().parseConfig(text, language);
      if (problems.length > 0) {
        const lines = new LineIndex(text);
        const toPosition = (offset: number) => {
          const position = lines.positionAt(offset);
          return new vscode.Position(position.line - 1, position.column - 1);
        };
        this.report(
          file,
          problems.map((problem) => new vscode.Diagnostic(new vscode.Range(toPosition(problem.start), toPosition(problem.end)), problem.message, vscode.DiagnosticSeverity.Error)),
        );
      }
      this.folders.set(config, dir);
      return config;
    }
    if (dir.path === root.path || dir.path.length <= root.path.length) return {};
    return this.search(vscode.Uri.joinPath(dir, '..'), root);
  }

  private report(file: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    for (const diagnostic of diagnostics) diagnostic.source = 'Strategitjek';
    this.diagnostics.set(file, diagnostics);
  }

  private notify(file: vscode.Uri, message: string): void {
    const key = `${file.toString()}\n${message}`;
    if (this.notified.has(key)) return;
    this.notified.add(key);
    void vscode.window.showWarningMessage(message);
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
    this.diagnostics.dispose();
  }
}
