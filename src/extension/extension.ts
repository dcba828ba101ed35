import * as vscode from 'vscode';
import { Checker } from './checker';
import { StrategyCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { DECLARE_STRATEGY, DeclarePrompt, declareStrategy } from './declarePrompt';
import { ElementsView, GO_TO_ELEMENT, goToElement } from './elementsView';
import { folderReport } from './folderReport';
import { say } from './messages';
import { ReportPanels, SAVE_REPORT } from './reportView';
import { ElementSymbols } from './symbols';
import { StrategyHoverProvider } from './hover';
import { readSettings, uiLanguage } from './settings';
import { CoverageStatus } from './statusBar';
import { StrategyDocuments } from './strategyDocuments';
import { WorkspaceConfigs } from './workspaceConfig';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** When the bundle's code had run to here (its dependencies' top-level code included): see `activation` below. */
const moduleEvaluated = performance.now();

/** What the extension hands to its tests (and to nothing else). */
export interface StrategitjekApi {
  checker: Checker;
  status: CoverageStatus;
  /** The Strategitjek view's tree. */
  view: ElementsView;
  /** The rendered readiness reports. */
  reports: ReportPanels;
  /** The "Tjek som strategi?" prompt. */
  prompt: DeclarePrompt;
  /** The hover provider, so a test can time the extension host's answer without the workbench's round trip. */
  hover: StrategyHoverProvider;
  /**
   * Where an activation's time went, in milliseconds: running the bundle's top-level code (from esbuild's banner,
   * 0 where it is absent), the host's own work between loading the bundle and calling `activate`, and `activate`.
   */
  activation: { bundle: number; host: number; activate: number };
}

/**
 * A thin client: it decides which documents to check and when, and
 * translates the core's findings into diagnostics, hovers, code actions and a
 * status bar item. All judgement lives in src/core.
 */
export function activate(context: vscode.ExtensionContext): StrategitjekApi {
  const started = performance.now();
  const strategies = new StrategyDocuments();
  const configs = new WorkspaceConfigs();
  const checker = new Checker(context.extensionUri, strategies, configs);
  const status = new CoverageStatus();
  const view = new ElementsView(checker);
  const reports = new ReportPanels(checker);
  const prompt = new DeclarePrompt(context.workspaceState, strategies);
  const hover = new StrategyHoverProvider(checker);
  context.subscriptions.push(configs, checker, status, view, reports, prompt);

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const snapshot = editor ? checker.resultFor(editor.document)?.snapshot : undefined;
    if (!snapshot && editor && editor.document.languageId === 'markdown' && !checker.isBusy(editor.document.uri)) {
      const settings = readSettings(editor.document.uri);
      // A strategy with checking turned off says so, instead of looking like a file nobody checks.
      if (!settings.enable && strategies.isStrategy(editor.document, settings)) return status.showDisabled(uiLanguage(editor.document.uri));
    }
    status.show(snapshot, !!editor && checker.isBusy(editor.document.uri));
    prompt.update(editor, !!snapshot);
  };
  // 'settings': a setting or a `.strategitjek.yaml` changed. The check then keeps a result whose settings did not
  // change: a file watcher's event can arrive long after the file was written, and re-running a 1 MB check for a
  // configuration that came out the same would only compete with the checks that matter.
  const checkIfDue = (document: vscode.TextDocument, trigger: 'open' | 'settings' | 'change' | 'save') => {
    if (document.languageId !== 'markdown') return;
    const run = readSettings(document.uri).run;
    if (run === 'manual') return;
    if (trigger === 'change') {
      if (run === 'onType') checker.schedule(document);
      return;
    }
    void checker.check(document, false, trigger === 'settings');
  };
  // An ambition is re-checked when the strategy its `strategi:` names changes: edited, saved, created or deleted.
  const checkDependents = (uri: vscode.Uri, trigger: 'change' | 'save') => {
    for (const ambition of checker.dependents(uri)) checkIfDue(ambition, trigger);
  };
  const markdownFiles = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
  const onDisk = (uri: vscode.Uri) => checkDependents(uri, 'save');

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => checkIfDue(document, 'open')),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      checkIfDue(event.document, 'change');
      checkDependents(event.document.uri, 'change');
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      checkIfDue(document, 'save');
      checkDependents(document.uri, 'save');
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      strategies.forget(document);
      checker.clear(document.uri);
      // A closed strategy is read from disk again, without the edits it had.
      checkDependents(document.uri, 'save');
    }),
    markdownFiles,
    markdownFiles.onDidChange(onDisk),
    markdownFiles.onDidCreate(onDisk),
    markdownFiles.onDidDelete(onDisk),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('strategitjek')) return;
      for (const document of vscode.workspace.textDocuments) checkIfDue(document, 'settings');
      updateStatus();
    }),
    configs.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) checkIfDue(document, 'settings');
    }),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.window.createTreeView('strategitjek.elements', { treeDataProvider: view, showCollapseAll: true }),
    vscode.languages.registerDocumentSymbolProvider(MARKDOWN, new ElementSymbols(checker), { label: 'Strategitjek' }),
    vscode.commands.registerCommand(GO_TO_ELEMENT, (uri: string, id: never) => goToElement(checker, uri, id)),
    vscode.commands.registerCommand('strategitjek.showReport', async () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? reports.show(editor.document) : undefined;
    }),
    vscode.commands.registerCommand('strategitjek.showFolderReport', async (folder?: vscode.Uri) => {
      // From the Explorer: the folder clicked; from the palette: the active document's folder.
      const target = folder ?? (vscode.window.activeTextEditor ? vscode.Uri.joinPath(vscode.window.activeTextEditor.document.uri, '..') : undefined);
      if (!target) return undefined;
      const report = await folderReport(target, checker, configs);
      if (!report) {
        void vscode.window.showInformationMessage(say('folderEmpty', uiLanguage(target), { folder: vscode.workspace.asRelativePath(target) }));
        return undefined;
      }
      return reports.showFolder(target, report.markdown, report.language);
    }),
    vscode.commands.registerCommand(SAVE_REPORT, (target?: string) => reports.save(target)),
    vscode.commands.registerCommand(DECLARE_STRATEGY, async (target?: string) => {
      const declared = await declareStrategy(target);
      updateStatus();
      return declared;
    }),
    checker.onDidCheck(updateStatus),
    checker.onDidChangeBusy(updateStatus),
    vscode.languages.registerHoverProvider(MARKDOWN, hover),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new StrategyCodeActions(checker), { providedCodeActionKinds: StrategyCodeActions.kinds }),
  );
  registerCommands(context, checker, configs);

  // The documents already open are looked at just after activation, not during it: deciding which of them are
  // strategies reads their frontmatter, and the YAML parser that reads it is loaded on that first use (lazy.ts).
  const firstPass = setTimeout(() => {
    for (const document of vscode.workspace.textDocuments) checkIfDue(document, 'open');
    updateStatus();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(firstPass) });
  const banner = (globalThis as { __strategitjekLoadStart?: number }).__strategitjekLoadStart;
  const activation = { bundle: typeof banner === 'number' ? moduleEvaluated - banner : 0, host: started - moduleEvaluated, activate: performance.now() - started };
  return { checker, status, view, reports, prompt, hover, activation };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
