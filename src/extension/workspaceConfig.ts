import * as vscode from 'vscode';
import { parseConfig } from '../core/config/parseConfig';
import type { ConfigInput } from '../core/config/types';

const NAMES = ['.strategitjek.yaml', '.strategitjek.yml'];

/**
 * Reads `.strategitjek.yaml` from a document's folder upwards, through the
 * workspace file system (so it works in virtual and web workspaces). The file
 * is data: it is parsed and validated, never executed, which is why this is
 * safe in untrusted workspaces too. Results are cached until a config file
 * changes.
 */
export class WorkspaceConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ConfigInput>>();
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/.strategitjek.{yaml,yml}');
    const reset = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this.watcher.onDidChange(reset);
    this.watcher.onDidCreate(reset);
    this.watcher.onDidDelete(reset);
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
    for (const name of NAMES) {
      const file = vscode.Uri.joinPath(dir, name);
      try {
        const bytes = await vscode.workspace.fs.readFile(file);
        return parseConfig(new TextDecoder().decode(bytes)).config;
      } catch {
        // Not there: look further up.
      }
    }
    if (dir.path === root.path || dir.path.length <= root.path.length) return {};
    return this.search(vscode.Uri.joinPath(dir, '..'), root);
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
