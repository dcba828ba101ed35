import * as vscode from 'vscode';
import { COLUMNS } from '../core/catalogue/columns';
import { AMBITION_CATALOGUE, catalogueFor, documentTypeOf, STRATEGY_CATALOGUE, type Catalogue } from '../core/catalogue/catalogues';
import { snippetsFor, wholePrefix } from '../core/catalogue/snippets';
import { localize } from '../core/i18n/localized';
import { LineIndex } from '../core/text/lineIndex';
import type { Checker } from './checker';
import { toWorkspaceEdit } from './edits';
import { columnDocUri, columnLink, SHOW_COLUMN } from './links';
import { uiLanguage, readSettings } from './settings';
import { documentHead, isStrategyFile } from './strategyDocuments';
import { elementOf } from './worker/snapshot';
import type { WorkspaceConfigs } from './workspaceConfig';
import { say } from './messages';
import { templateLanguage } from '../core/i18n/language';
import { STRATEGY_HEAD_LENGTH } from '../core/strategyHead';
import { headModules } from './lazy';


/** The check of the document as it is now: the cached one if current, else a fresh one. */
async function currentResult(checker: Checker, document: vscode.TextDocument) {
  return (await checker.current(document, true))?.snapshot;
}

/** Registers every command; each returns something a test can await. */
export function registerCommands(context: vscode.ExtensionContext, checker: Checker, configs: WorkspaceConfigs): void {
  const register = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  register('strategitjek.checkDocument', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const checked = await checker.check(editor.document, true);
    return checked?.snapshot.findings.length;
  });

  register('strategitjek.checkWorkspace', () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: say('checkingWorkspace', uiLanguage()), cancellable: true },
      async (progress, token) => {
        const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git,.vscode-test}/**', undefined, token);
        let checked = 0;
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(files.length, 1) });
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (open) {
            if (await checker.check(open)) checked++;
            continue;
          }
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          const fileConfig = await configs.forDocument(uri);
          if (!isStrategyFile(uri, text.slice(0, STRATEGY_HEAD_LENGTH), readSettings(uri), configs.patterns(fileConfig))) continue;
          const lines = new LineIndex(text.replace(/^\uFEFF/, ''));
          await checker.checkText(uri, text, fileConfig, (offset) => {
            const position = lines.positionAt(offset);
            return new vscode.Position(position.line - 1, position.column - 1);
          });
          checked++;
        }
        return checked;
      },
    ),
  );

  // The readiness report, rendered beside the strategy with a save action (reportView.ts).
  register('strategitjek.writeReport', () => vscode.commands.executeCommand('strategitjek.showReport'));

  register('strategitjek.insertSection', async (id?: string) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    // The section is written in the document's language (its sprog:, else Danish), whatever the interface speaks.
    // The whole of the first 200 lines, uncut: the frontmatter may run past the head the classifier reads.
    const head = documentHead(editor.document, Number.POSITIVE_INFINITY);
    const { headFrontmatter, headTitle } = headModules();
    const language = templateLanguage(headFrontmatter(head));
    // The document's type picks the elements offered: a strategy's ten, an ambition's six.
    const elements = catalogueFor(documentTypeOf(headFrontmatter(head), headTitle(head))).elements;
    const snippets = snippetsFor(language);
    type Item = vscode.QuickPickItem & { key: string; element?: string };
    const items: Item[] = [
      ...elements.map((e) => ({ label: localize(e.name, language), description: e.snippet.prefix, detail: localize(e.question, language), key: localize(e.name, language), element: e.id })),
      ...Object.entries(snippets)
        .filter(([name]) => !elements.some((e) => localize(e.name, language) === name))
        .map(([name, s]) => ({ label: name, description: s.prefix, detail: s.description, key: name })),
    ];
    const picked = id ? items.find((item) => item.element === id || item.description === id) : await vscode.window.showQuickPick(items, { placeHolder: say('insertPlaceholder', uiLanguage(editor.document.uri)) });
    if (!picked) return undefined;
    const body = snippets[picked.key].body.join('\n');
    let position = editor.selection.active;
    if (picked.element) {
      // An element section goes where it belongs in the document, not at the cursor.
      const result = await currentResult(checker, editor.document);
      if (result) {
        const point = elementOf(result, picked.element as never);
        // The core moves the offset out of an unclosed trailing code fence and closes the fence first.
        const place = point.place;
        position = editor.document.positionAt(place.offset);
        return editor.insertSnippet(new vscode.SnippetString(escapeSnippet(place.prefix) + body.replace(/^##/, '#'.repeat(point.level)) + '\n' + escapeSnippet(place.suffix)), position);
      }
    }
    return editor.insertSnippet(new vscode.SnippetString(body), position);
  });

  /** A new untitled document holding a document type's whole skeleton as a snippet. */
  const newDocument = async (catalogue: Catalogue) => {
    // A new document has no sprog: yet; it is written in the chosen language, else Danish.
    const language = uiLanguage();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const skeleton = Object.values(snippetsFor(language)).find((s) => s.prefix === wholePrefix(catalogue, language))!;
    await editor.insertSnippet(new vscode.SnippetString(skeleton.body.join('\n')));
    return document;
  };
  register('strategitjek.newStrategy', () => newDocument(STRATEGY_CATALOGUE));
  // Column 18: a leader's half-page "Min digitale ambition", one short answer per question.
  register('strategitjek.newAmbition', () => newDocument(AMBITION_CATALOGUE));

  register('strategitjek.fixAllMissing', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const result = await currentResult(checker, editor.document);
    if (!result) return false;
    return vscode.workspace.applyEdit(toWorkspaceEdit(editor.document, result.fixAllMissing));
  });

  register(SHOW_COLUMN, async (number?: number) => {
    const language = uiLanguage(vscode.window.activeTextEditor?.document.uri);
    let chosen = number;
    if (chosen === undefined) {
      const pick = await vscode.window.showQuickPick(
        COLUMNS.map((c) => ({ label: `${c.number}. ${c.title}`, description: say('page', language, { page: c.page }), detail: localize(c.theme, language), number: c.number })),
        { placeHolder: say('showColumnPlaceholder', language) },
      );
      chosen = pick?.number;
    }
    if (chosen === undefined || !COLUMNS.some((c) => c.number === chosen)) return undefined;
    // The setting as sanitised for the checker: only https: or a workspace file.
    const scope = vscode.window.activeTextEditor?.document.uri;
    const { columnsUrl } = readSettings(scope).checker;
    if (columnsUrl) {
      const folder = scope ? vscode.workspace.getWorkspaceFolder(scope)?.uri : vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = columnLink(chosen, { columnsUrl }, folder);
      if (target.scheme === 'https') return vscode.env.openExternal(target);
      if (target.scheme !== 'command') return vscode.commands.executeCommand('vscode.open', target);
    }
    const uri = columnDocUri(context.extensionUri, chosen);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return uri;
  });
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
