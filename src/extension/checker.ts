import * as vscode from 'vscode';
import { defaultConfig, mergeConfig, type ResolvedConfig } from '../core/config/types';
import type { LinkedStrategy } from '../core/recognition/strategyLink';
import { STRATEGY_HEAD_LENGTH } from '../core/strategyHead';
import { toDiagnostics } from './diagnostics';
import { readLinkedStrategy, type ReadLink } from './linkedStrategy';
import { readSettings } from './settings';
import { documentHead, type StrategyDocuments } from './strategyDocuments';
import { InlineBackend, WorkerBackend, type CheckBackend } from './worker/client';
import { spawnNodeWorker } from './worker/nodeWorker';
import { lazyModules } from './lazy';
import type { CheckSnapshot } from './worker/snapshot';
import type { WorkspaceConfigs } from './workspaceConfig';

export interface CheckedDocument {
  uri: vscode.Uri;
  version: number;
  /** Plain data from the check: findings, element statuses, sections, edits. */
  snapshot: CheckSnapshot;
}

/** Documents at least this long show a spinner in the status bar while they are checked. */
const BIG_DOCUMENT = 100_000;

/**
 * Runs the core checker on documents and publishes diagnostics. The checker
 * runs in a worker thread (on the desktop), so the extension host's thread
 * only sends text and receives plain results. Edits are debounced; a request
 * superseded by a newer version of its document is dropped, and a result for
 * a version that has since changed is thrown away, so diagnostics never
 * describe text that is no longer there.
 */
export class Checker implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('strategitjek');
  /** The latest result per document, with the settings (config and linked strategy) it was checked with. */
  private readonly results = new Map<string, { checked: CheckedDocument; config: string }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The check in flight per document, shared by callers asking for the same version and settings. */
  private readonly inFlight = new Map<string, { version: number; config: string; promise: Promise<CheckedDocument | undefined> }>();
  private readonly checked = new vscode.EventEmitter<CheckedDocument | { uri: vscode.Uri; snapshot?: undefined }>();
  /** Fires after a document was checked, or cleared (no result). */
  readonly onDidCheck = this.checked.event;
  private readonly busyChanged = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a big document's check starts or ends. */
  readonly onDidChangeBusy = this.busyChanged.event;
  private readonly busy = new Map<string, number>();
  private readonly heldEmitter = new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>();
  /** Test hook: fires when a check of a held document waits (see `hold`). */
  readonly onDidHold = this.heldEmitter.event;
  /** Raised by `clear`, so a check that was running then publishes nothing. */
  private readonly generations = new Map<string, number>();
  private readonly backend: CheckBackend;
  private inline: CheckBackend | undefined;
  /** Per checked ambition, the file its `strategi:` resolved to: a change there re-checks it. */
  private readonly links = new Map<string, string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly strategies: StrategyDocuments,
    private readonly configs: WorkspaceConfigs,
  ) {
    // The checker itself is loaded only when checking runs on this thread (see lazy.ts).
    const inline = () => (this.inline ??= new InlineBackend((...args) => lazyModules().checkSnapshot(...args)));
    this.backend =
      process.env.STRATEGITJEK_WEB || extensionUri.scheme !== 'file'
        ? inline()
        : new WorkerBackend(() => spawnNodeWorker(vscode.Uri.joinPath(extensionUri, 'dist', 'checkWorker.cjs').fsPath), inline);
  }

  resultFor(document: vscode.TextDocument): CheckedDocument | undefined {
    const entry = this.results.get(document.uri.toString())?.checked;
    return entry && entry.version === document.version ? entry : undefined;
  }

  /**
   * The result for the document's current text, for hovers, code actions and
   * views: the one at hand, else a check's. The worker answers only the
   * newest request per document, so a check can come back empty because
   * another request for the same text replaced it; then that request's result
   * is awaited instead of answering with nothing.
   */
  async current(document: vscode.TextDocument, force = false): Promise<CheckedDocument | undefined> {
    const key = document.uri.toString();
    for (let attempt = 0; attempt < 3; attempt++) {
      const known = this.resultFor(document);
      if (known) return known;
      const version = document.version;
      const checked = await this.check(document, force);
      if (checked) return checked;
      if (document.isClosed || document.version !== version) return undefined;
      const replacing = this.inFlight.get(key);
      if (!replacing || replacing.version !== version) return this.resultFor(document);
      const replaced = await replacing.promise;
      if (replaced) return replaced;
    }
    return this.resultFor(document);
  }

  /** Resolves when the document has no check in flight (the one running, if any, has published or been dropped). */
  async settled(uri: vscode.Uri): Promise<void> {
    for (let running = this.inFlight.get(uri.toString()); running; running = this.inFlight.get(uri.toString())) await running.promise;
  }

  /** True while a big document's check runs. */
  isBusy(uri: vscode.Uri): boolean {
    return (this.busy.get(uri.toString()) ?? 0) > 0;
  }

  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = readSettings(document.uri).debounce;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.check(document, false, true);
      }, delay),
    );
  }

  /**
   * Checks a document now. With `force`, any Markdown file is checked, strategy or not. With `reuse` (the debounced
   * check after an edit, and the re-check after a settings change), a result for the same version and settings
   * stands: the edit may have been checked already, and the settings may have come out the same.
   */
  async check(document: vscode.TextDocument, force = false, reuse = false): Promise<CheckedDocument | undefined> {
    const settings = readSettings(document.uri);
    if (force) this.strategies.request(document);
    if (!settings.enable) {
      this.clear(document.uri);
      return undefined;
    }
    const version = document.version;
    const fileConfig = await this.configs.forDocument(document.uri);
    if (document.isClosed || document.version !== version) return undefined;
    // `.strategitjek.yaml` may name strategies by glob (`files:`), so the config is read before deciding.
    if (!this.strategies.isStrategy(document, settings, this.configs.patterns(fileConfig))) {
      this.clear(document.uri);
      return undefined;
    }
    const config = mergeConfig(defaultConfig(), fileConfig, settings.checker);
    const key = document.uri.toString();
    // An ambition's strategy is read here, on the extension host, and sent with the text: the worker reads no files.
    const link = await readLinkedStrategy(document.uri, documentHead(document, STRATEGY_HEAD_LENGTH + 1));
    if (document.isClosed || document.version !== version) return undefined;
    if (link?.uri) this.links.set(key, link.uri.toString());
    else this.links.delete(key);
    const configKey = JSON.stringify(config) + linkSignature(link);
    // A debounced check can wake after an explicit check of the same text has finished: that result stands. An
    // explicit check still runs and publishes afresh.
    const known = reuse ? this.results.get(key) : undefined;
    if (known && known.checked.version === version && known.config === configKey) return known.checked;
    const running = this.inFlight.get(key);
    if (running && running.version === version && running.config === configKey) return running.promise;
    const promise = this.run(document, version, config, configKey, link?.strategy);
    this.inFlight.set(key, { version, config: configKey, promise });
    void promise.finally(() => {
      if (this.inFlight.get(key)?.promise === promise) this.inFlight.delete(key);
    });
    return promise;
  }

  /** The open documents whose `strategi:` names `uri`: they are re-checked when it changes. */
  dependents(uri: vscode.Uri): vscode.TextDocument[] {
    const target = uri.toString();
    return vscode.workspace.textDocuments.filter((document) => this.links.get(document.uri.toString()) === target);
  }

  private async run(
    document: vscode.TextDocument,
    version: number,
    config: ResolvedConfig,
    configKey: string,
    strategy?: LinkedStrategy,
  ): Promise<CheckedDocument | undefined> {
    const key = document.uri.toString();
    const generation = this.generations.get(key) ?? 0;
    const text = document.getText();
    const big = text.length >= BIG_DOCUMENT;
    if (big) this.setBusy(document.uri, 1);
    let snapshot: CheckSnapshot | undefined;
    try {
      snapshot = await this.backend.check(key, version, text, config, strategy);
    } finally {
      if (big) this.setBusy(document.uri, -1);
    }
    if (!snapshot || document.isClosed || document.version !== version || (this.generations.get(key) ?? 0) !== generation) return undefined;
    const entry: CheckedDocument = { uri: document.uri, version, snapshot };
    this.results.set(key, { checked: entry, config: configKey });
    this.diagnostics.set(document.uri, toDiagnostics(snapshot, document, this.extensionUri));
    this.checked.fire(entry);
    return entry;
  }

  private setBusy(uri: vscode.Uri, delta: number): void {
    const key = uri.toString();
    const count = (this.busy.get(key) ?? 0) + delta;
    if (count > 0) this.busy.set(key, count);
    else this.busy.delete(key);
    this.busyChanged.fire(uri);
  }

  /**
   * Test hook: checks of `uri` wait in the worker, sent but not started,
   * until the returned function is called; `onDidHold` fires for each one
   * waiting. It lets a test hold a check running while it asks the extension
   * host for something else, without relying on how long the check takes.
   */
  hold(uri: vscode.Uri): () => void {
    return this.backend.hold(uri.toString(), (version) => this.heldEmitter.fire({ uri, version }));
  }

  /** Where checks run: in the worker thread (desktop), or on the extension host's thread (web, or when the worker failed). */
  get checksRunIn(): 'worker' | 'thread' {
    return this.backend.where;
  }

  /**
   * Checks text that is not open in an editor (the check-workspace command;
   * the folder table, which passes no `toPosition` and publishes nothing).
   */
  async checkText(
    uri: vscode.Uri,
    text: string,
    fileConfig: Parameters<typeof mergeConfig>[1],
    toPosition?: (offset: number) => vscode.Position,
  ): Promise<CheckSnapshot | undefined> {
    const settings = readSettings(uri);
    const key = `file:${uri.toString()}`;
    const link = await readLinkedStrategy(uri, text.slice(0, STRATEGY_HEAD_LENGTH + 1));
    const snapshot = await this.backend.check(key, 0, text, mergeConfig(defaultConfig(), fileConfig, settings.checker), link?.strategy);
    this.backend.forget(key);
    if (snapshot && toPosition) this.diagnostics.set(uri, toDiagnostics(snapshot, { uri, positionAt: toPosition }, this.extensionUri));
    return snapshot;
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.inFlight.delete(key);
    this.links.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.backend.forget(key);
    const had = this.results.delete(key) || this.diagnostics.has(uri);
    this.diagnostics.delete(uri);
    if (had) this.checked.fire({ uri });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.backend.dispose();
    this.inline?.dispose();
    this.diagnostics.dispose();
    this.checked.dispose();
    this.busyChanged.dispose();
    this.heldEmitter.dispose();
  }
}

/** What the check was given of the linked strategy, so a check with a changed strategy is not taken for the one in flight. */
function linkSignature(link: ReadLink | undefined): string {
  if (!link) return '';
  return 'text' in link.strategy ? `\0${link.strategy.path}\0${link.strategy.text}` : `\0${link.strategy.path}\0${link.strategy.problem}`;
}
