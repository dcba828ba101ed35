import * as vscode from 'vscode';
import { Checker } from './checker';
import { StrategyCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { StrategyHoverProvider } from './hover';
import { readSettings } from './settings';
import { CoverageStatus } from './statusBar';
import { StrategyDocuments } from './strategyDocuments';
import { WorkspaceConfigs } from './workspaceConfig';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** What the extension hands to its tests (and to nothing else). */
export interface StrategitjekApi {
  checker: Checker;
  status: CoverageStatus;
}

/**
 * A thin client: it decides which documents to check and when, and
 * translates the core's findings into diagnostics, hovers, code actions and a
 * status bar item. All judgement lives in src/core.
 */
export function activate(context: vscode.ExtensionContext): StrategitjekApi {
  const strategies = new StrategyDocuments();
  const configs = new WorkspaceConfigs();
  const checker = new Checker(context.extensionUri, strategies, configs);
  const status = new CoverageStatus();
  context.subscriptions.push(configs, checker, status);

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    status.show(editor ? checker.resultFor(editor.document)?.snapshot : undefined, !!editor && checker.isBusy(editor.document.uri));
  };
  const checkIfDue = (document: vscode.TextDocument, trigger: 'open' | 'change' | 'save') => {
    if (document.languageId !== 'markdown') return;
    const run = readSettings(document.uri).run;
    if (run === 'manual' && trigger !== 'open') return;
    if (trigger === 'change') {
      if (run === 'onType') checker.schedule(document);
      return;
    }
    if (trigger === 'open' && run === 'manual') return;
    void checker.check(document);
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => checkIfDue(document, 'open')),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) checkIfDue(event.document, 'change');
    }),
    vscode.workspace.onDidSaveTextDocument((document) => checkIfDue(document, 'save')),
    vscode.workspace.onDidCloseTextDocument((document) => {
      strategies.forget(document);
      checker.clear(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('strategitjek')) for (const document of vscode.workspace.textDocuments) checkIfDue(document, 'open');
    }),
    configs.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) checkIfDue(document, 'open');
    }),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    checker.onDidCheck(updateStatus),
    checker.onDidChangeBusy(updateStatus),
    vscode.languages.registerHoverProvider(MARKDOWN, new StrategyHoverProvider(checker)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new StrategyCodeActions(checker), { providedCodeActionKinds: StrategyCodeActions.kinds }),
  );
  registerCommands(context, checker, configs);

  for (const document of vscode.workspace.textDocuments) checkIfDue(document, 'open');
  return { checker, status };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
