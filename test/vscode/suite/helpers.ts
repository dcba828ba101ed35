import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { StrategitjekApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'strategitjek.strategitjek';

/** The extension under test, activated; in .vsix mode this is the installed copy. */
export async function api(): Promise<StrategitjekApi> {
  const extension = vscode.extensions.getExtension<StrategitjekApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  if (!extension.isActive) {
    const started = performance.now();
    const exports = await extension.activate();
    const { bundle, host, activate } = exports.activation;
    console.log(`  (activation took ${(performance.now() - started).toFixed(0)} ms: bundle code ${bundle.toFixed(0)} ms, host before activate() ${host.toFixed(0)} ms, activate() ${activate.toFixed(0)} ms)`);
    return exports;
  }
  return extension.exports;
}

export function workspaceFile(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

/**
 * Whether the extension speaks Danish in this run: the \`strategitjek.language\`
 * setting if it is \`da\` or \`en\`, else the document's \`sprog:\` (the fixture
 * strategies say \`da\`), else Danish. VS Code's display language plays no part.
 */
export const da = () => vscode.workspace.getConfiguration('strategitjek').get<string>('language') !== 'en';

/** Whether VS Code itself shows Danish (command titles from package.nls.da.json). */
export const uiDa = () => vscode.env.language.toLowerCase().startsWith('da');

const DIAGNOSTICS_LIMIT_MS = 50000;

/**
 * Resolves when the diagnostics of `uri` satisfy `ready`, checking the current state first. It waits on
 * diagnostics events; the time limit only turns a hang into a message. The first check in a fresh
 * code-server (worker start, first compile) took 6.7 s here and more on a loaded CI machine, so the limit
 * sits just under mocha's own 60 s rather than at a guess of how slow a machine may be.
 */
export function diagnosticsWhen(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean, label = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Strategitjek');
  return new Promise((resolve, reject) => {
    const now = ours();
    if (ready(now)) return resolve(now);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${label}; have: ${JSON.stringify(ours().map((d) => d.message))}`));
    }, DIAGNOSTICS_LIMIT_MS);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const current = ours();
      if (!ready(current)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(current);
    });
  });
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The first value of `event` that is `ready`; the subscription ends with it. */
export function when<T>(event: vscode.Event<T>, ready: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const subscription = event((value) => {
      if (!ready(value)) return;
      subscription.dispose();
      resolve(value);
    });
  });
}

/**
 * The code actions VS Code offers at `range`, for the document's current text. VS Code drops every provider's answer
 * when the document changes while they are asked (its request is cancelled with the text model), so an answer given
 * across a version change is asked again. It also cancels a request when the set of providers changes while it runs
 * (another extension activating and registering one), and then keeps only the answers of the providers that had
 * already replied. So with `ours` (the range holds a Strategitjek diagnostic, whose actions always include reading its
 * column) an answer without the extension's actions is asked again, a few times at most: a provider that never
 * answers still fails the test.
 */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string, ours = false): Promise<vscode.CodeAction[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  for (let asked = 1; ; asked++) {
    const version = document.version;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
    if (document.version !== version) continue;
    if (!ours || asked >= MAX_ASKS || actions.some((action) => action.command?.command === 'strategitjek.showColumn')) return actions;
  }
}

/** How often `codeActionsAt` asks for an answer that lacks the extension's actions. */
const MAX_ASKS = 3;

export function codeOf(diagnostic: vscode.Diagnostic): { value: string; target: string } {
  const code = diagnostic.code as { value: string; target: vscode.Uri };
  return { value: String(code.value), target: code.target.toString() };
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The fixture strategy as it is on disk: two missing elements (errors) and one thin (warning). */
export function originalState(diagnostics: vscode.Diagnostic[]): boolean {
  const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => codeOf(d).value);
  const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).map((d) => codeOf(d).value);
  return diagnostics.length === 3 && errors.join() === 'changing-needs,room-to-develop' && warnings.join() === 'inclusion';
}

export interface UiReport {
  error?: string;
  problems: string[];
  hover: string;
  hoverLinks: string[];
  palette: string[];
  screenshot: string;
  /** For a `shot` request: the text of what was asked to be seen (the hover, the report's table). */
  seen?: string;
}

/**
 * Asks the launcher, which drives the browser with Playwright, to read the
 * real workbench: it writes a request file and waits for the answer file.
 * Both sides wait on file events, not on timers.
 */
export function askLauncher(dir: string, request: object): Promise<UiReport> {
  mkdirSync(dir, { recursive: true });
  const answer = join(dir, 'ui-response.json');
  // The answer to an earlier request is not this one's.
  rmSync(answer, { force: true });
  return new Promise((resolve, reject) => {
    const done = () => {
      watcher.close();
      clearTimeout(timer);
      resolve(JSON.parse(readFileSync(answer, 'utf8')) as UiReport);
    };
    const watcher = watch(dir, () => {
      if (existsSync(answer)) done();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error('the launcher did not answer the UI request'));
    }, 60000);
    writeFileSync(join(dir, 'ui-request.json.partial'), JSON.stringify(request));
    renameSync(join(dir, 'ui-request.json.partial'), join(dir, 'ui-request.json'));
  });
}
