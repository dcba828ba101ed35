import * as vscode from 'vscode';
import { columnByNumber } from '../core/catalogue/columns';
import { elementById } from '../core/catalogue/elements';
import type { ElementId } from '../core/catalogue/elementTypes';
import { localize } from '../core/i18n/localized';
import { STATUS_SYMBOL } from '../formatters/strings';
import type { Checker } from './checker';
import { toWorkspaceEdit } from './edits';
import { SHOW_COLUMN } from './links';
import { say } from './messages';
import type { CheckSnapshot, ElementSnapshot } from './worker/snapshot';

/** The internal command behind a click on an element: go to its section, or insert it. */
export const GO_TO_ELEMENT = 'strategitjek.goToElement';

const STATUS_WORD = { present: 'statusPresent', thin: 'statusThin', missing: 'statusMissing' } as const;
/** Theme icons beside the text symbols, so the status reads in colour and without. */
const STATUS_ICON = {
  present: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  thin: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  missing: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
};

export type ElementNode =
  | { kind: 'element'; uri: vscode.Uri; snapshot: CheckSnapshot; element: ElementSnapshot }
  | { kind: 'evidence'; uri: vscode.Uri; line: number; text: string; language: CheckSnapshot['language'] }
  | { kind: 'column'; number: number; language: CheckSnapshot['language'] };

/**
 * The Strategitjek view in the Explorer: the ten elements of the active
 * strategy in catalogue order, each with its status (text symbol and theme
 * icon), the line of its evidence and its columns. A click goes to the
 * section, or, for a missing element, inserts it with the core's fix. It
 * shows the latest check's snapshot and refreshes when a check ends; it
 * judges nothing itself.
 */
export class ElementsView implements vscode.TreeDataProvider<ElementNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ElementNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The strategy the view shows: the active Markdown editor's document, kept while focus is elsewhere (the view, a webview). */
  private uri: vscode.Uri | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly checker: Checker) {
    this.follow(vscode.window.activeTextEditor);
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      checker.onDidCheck((entry) => {
        if (this.uri && entry.uri.toString() === this.uri.toString()) this.changed.fire(undefined);
      }),
    );
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== 'markdown') return;
    if (this.uri?.toString() === editor.document.uri.toString()) return;
    this.uri = editor.document.uri;
    this.changed.fire(undefined);
  }

  /** The snapshot shown: the latest check of the followed document, if it is current. */
  private snapshot(): CheckSnapshot | undefined {
    const uri = this.uri;
    const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return document ? this.checker.resultFor(document)?.snapshot : undefined;
  }

  getChildren(node?: ElementNode): ElementNode[] {
    if (!node) {
      const snapshot = this.snapshot();
      if (!snapshot || !this.uri) return [];
      const uri = this.uri;
      return snapshot.elements.map((element) => ({ kind: 'element', uri, snapshot, element }));
    }
    if (node.kind !== 'element') return [];
    const language = node.snapshot.language;
    const children: ElementNode[] = [];
    if (node.element.quote) children.push({ kind: 'evidence', uri: node.uri, line: node.element.quote.line, text: node.element.quote.text, language });
    for (const number of elementColumns(node.element.id)) children.push({ kind: 'column', number, language });
    return children;
  }

  getTreeItem(node: ElementNode): vscode.TreeItem {
    if (node.kind === 'evidence') {
      const item = new vscode.TreeItem(say('viewEvidence', node.language, { line: node.line, text: node.text }));
      item.iconPath = new vscode.ThemeIcon('quote');
      item.command = { command: 'vscode.open', title: '', arguments: [node.uri, { selection: new vscode.Range(node.line - 1, 0, node.line - 1, 0) }] };
      return item;
    }
    if (node.kind === 'column') {
      const column = columnByNumber(node.number);
      const item = new vscode.TreeItem(say('hoverColumn', node.language, { number: column.number, title: column.title, page: column.page }).replace(/\*/g, ''));
      item.iconPath = new vscode.ThemeIcon('book');
      item.command = { command: SHOW_COLUMN, title: '', arguments: [node.number] };
      return item;
    }
    return elementItem(node);
  }

  /** The view's rows as text (symbol, name, description), for tests and screen readers alike. */
  rows(): string[] {
    return this.getChildren().map((node) => {
      const item = this.getTreeItem(node);
      return `${String(item.label)} — ${String(item.description)}`;
    });
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

function elementColumns(id: ElementId): number[] {
  return elementById(id).columns;
}

function elementItem(node: Extract<ElementNode, { kind: 'element' }>): vscode.TreeItem {
  const { element, snapshot, uri } = node;
  const language = snapshot.language;
  const catalogue = elementById(element.id);
  const name = localize(catalogue.name, language);
  const item = new vscode.TreeItem(`${STATUS_SYMBOL[element.status]} ${name}`, element.quote || catalogue.columns.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `${uri.toString()}#${element.id}`;
  const line = snapshot.report.elements[element.id].line;
  const columns = catalogue.columns.join(', ');
  item.description = [
    say(STATUS_WORD[element.status], language),
    line === null ? undefined : say('viewLine', language, { line }),
    say(catalogue.columns.length === 1 ? 'viewColumns' : 'viewColumnsMany', language, { columns }),
  ]
    .filter(Boolean)
    .join(' · ');
  item.iconPath = STATUS_ICON[element.status];
  item.contextValue = `strategitjek.element.${element.status}`;
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`${name} — ${say(STATUS_WORD[element.status], language)}\n\n${localize(catalogue.question, language)}`);
  item.tooltip = tooltip;
  item.command = {
    command: GO_TO_ELEMENT,
    title: say(element.status === 'missing' && line === null ? 'viewInsert' : 'viewGoTo', language),
    arguments: [uri.toString(), element.id],
  };
  return item;
}

/**
 * A click on an element: opens the strategy and selects the line its
 * evidence starts on, or, when the element is missing, applies the core's
 * insert-section fix (from a check of the current text) and selects the
 * inserted heading.
 */
export async function goToElement(checker: Checker, target: string, id: ElementId): Promise<{ action: 'reveal' | 'insert'; line: number } | undefined> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target, true));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const checked = await checker.current(document);
  if (!checked) return undefined;
  const snapshot = checked.snapshot;
  const element = snapshot.elements.find((e) => e.id === id)!;
  // An element with a place (present, thin, or an answer left as template text) is shown there; one without is inserted.
  const place = snapshot.report.elements[id].line;
  if (element.status !== 'missing' || place !== null) {
    const line = (place ?? 1) - 1;
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { action: 'reveal', line };
  }
  const fix = snapshot.findings.find((f) => f.element === id && f.messageId === 'missing' && f.fix)?.fix;
  if (!fix) return undefined;
  const at = fix.edits[0]?.start ?? element.insertionOffset;
  const before = document.positionAt(at);
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(document, fix.edits)))) return undefined;
  // The inserted section's heading is the first heading line from where the edit began.
  let line = before.line;
  while (line < document.lineCount - 1 && !/^#{1,6} /.test(document.lineAt(line).text)) line++;
  editor.selection = new vscode.Selection(line, 0, line, 0);
  editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { action: 'insert', line };
}
