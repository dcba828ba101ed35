import * as vscode from 'vscode';
import { toWorkspaceEdit } from './edits';
import { headModules } from './lazy';
import { say } from './messages';
import { readSettings, uiLanguage } from './settings';
import { documentHead, type StrategyDocuments } from './strategyDocuments';

/** The command that declares the active document a strategy. */
export const DECLARE_STRATEGY = 'strategitjek.declareStrategy';

const PROMPTED_KEY = 'strategitjek.prompted';

/**
 * "Tjek som strategi?": a Markdown file that looks like a strategy (the
 * core's `looksLikeStrategy`) but is not taken for one gets a quiet status
 * bar item while it is active, and once per file (remembered in the
 * workspace state) a non-modal notification. Either adds `dokumenttype:
 * digitaliseringsstrategi` to its frontmatter with one click, after which
 * it is checked like any strategy. Nothing is checked before the user says so.
 */
export class DeclarePrompt implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('strategitjek.declare', vscode.StatusBarAlignment.Right, 99);
  /** Documents offered the notification in this session (tests read it). */
  readonly offered: string[] = [];
  private showing = false;

  constructor(
    private readonly state: vscode.Memento,
    private readonly strategies: StrategyDocuments,
  ) {
    this.item.name = say('declarePrompt', 'da');
    this.item.command = DECLARE_STRATEGY;
  }

  /** Whether the document is a look-alike now: Markdown, not a strategy, looks like one. */
  isLookalike(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    const settings = readSettings(document.uri);
    if (!settings.enable || this.strategies.isStrategy(document, settings)) return false;
    const head = documentHead(document);
    return headModules().looksLikeStrategy({ path: document.uri.path, head });
  }

  /** Shows or hides the item for the active editor, and notifies once per file. */
  update(editor: vscode.TextEditor | undefined, checked = false): void {
    // A document with a check result is a strategy already (by a command or the config's `files:`).
    if (!editor || checked || !this.isLookalike(editor.document)) {
      this.item.hide();
      this.showing = false;
      return;
    }
    const language = uiLanguage(editor.document.uri);
    this.item.text = `$(question) ${say('declarePrompt', language)}`;
    this.item.tooltip = say('declareTooltip', language);
    this.item.show();
    this.showing = true;
    const key = editor.document.uri.toString();
    const prompted = this.state.get<string[]>(PROMPTED_KEY, []);
    if (prompted.includes(key)) return;
    void this.state.update(PROMPTED_KEY, [...prompted, key].slice(-200));
    this.offered.push(key);
    const yes = say('declareYes', language);
    const name = editor.document.uri.path.split('/').pop() ?? '';
    void vscode.window.showInformationMessage(say('declareMessage', language, { name }), yes).then((answer) => {
      if (answer === yes) void vscode.commands.executeCommand(DECLARE_STRATEGY, key);
    });
  }

  /** Whether the status bar item is showing. */
  get visible(): boolean {
    return this.showing;
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** Adds `dokumenttype: digitaliseringsstrategi` to the document's frontmatter (or a new frontmatter); one undoable edit. */
export async function declareStrategy(target?: string): Promise<boolean> {
  const document = target ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') return false;
  return vscode.workspace.applyEdit(toWorkspaceEdit(document, [headModules().declareStrategyEdit(document.getText())]));
}
