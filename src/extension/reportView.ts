import * as vscode from 'vscode';
import { elementById } from '../core/catalogue/elements';
import { localize, type Language } from '../core/i18n/localized';
import { STATUS_SYMBOL } from '../formatters/strings';
import type { Checker, CheckedDocument } from './checker';
import { lazyModules } from './lazy';
import { say } from './messages';
import type { CheckSnapshot } from './worker/snapshot';

/** The command behind the report's save link (the only command the webview may run). */
export const SAVE_REPORT = 'strategitjek.saveReport';

const STATUS_WORD = { present: 'statusPresent', thin: 'statusThin', missing: 'statusMissing' } as const;

/** What the report panel shows, for the commands' callers and the tests. */
export interface ShownReport {
  panel: vscode.WebviewPanel;
  html: string;
  markdown: string;
  /** Where the save action writes the Markdown report. */
  target: vscode.Uri;
  /** A folder's report (the leaders' table and every file's part), not one document's. */
  folder?: { uri: vscode.Uri; language: Language };
}

/** `strategi.md` → `strategi.rapport.md`, beside it. */
function reportTarget(strategy: vscode.Uri): vscode.Uri {
  const name = strategy.path.split('/').pop() ?? 'strategi.md';
  const base = name.replace(/\.(md|markdown)$/i, '');
  return vscode.Uri.joinPath(strategy, '..', `${base}.rapport.md`);
}

/** A folder's report: `ambitioner/` → `ambitioner.rapport.md` beside it, or inside it when it is the workspace folder itself. */
function folderReportTarget(folder: vscode.Uri): vscode.Uri {
  const name = folder.path.replace(/\/+$/, '').split('/').pop() || 'mappe';
  const root = vscode.workspace.getWorkspaceFolder(folder);
  const beside = !root || root.uri.toString() !== folder.toString();
  return beside ? vscode.Uri.joinPath(folder, '..', `${name}.rapport.md`) : vscode.Uri.joinPath(folder, `${name}.rapport.md`);
}

/**
 * The consultation readiness report, rendered in a webview beside the
 * strategy: a coverage grid of the ten elements (inline SVG, each cell with
 * its text symbol and status word, so it reads without colour), then the
 * Markdown report the CLI writes, rendered by micromark with raw HTML
 * escaped. No scripts: the CSP allows only the nonce'd style sheet, and the
 * one link that acts is the save command. The panel follows re-checks of its
 * strategy.
 */
export class ReportPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ShownReport>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Asks before an existing report is overwritten; replaceable by tests. */
  askOverwrite = async (file: vscode.Uri, language: Language): Promise<boolean> => {
    const overwrite = say('reportOverwrite', language);
    const answer = await vscode.window.showWarningMessage(say('reportExists', language, { file: vscode.workspace.asRelativePath(file) }), { modal: true }, overwrite);
    return answer === overwrite;
  };

  constructor(private readonly checker: Checker) {
    this.subscriptions.push(
      checker.onDidCheck((entry) => {
        const shown = this.panels.get(entry.uri.toString());
        if (shown && entry.snapshot) this.render(shown, entry as CheckedDocument);
      }),
    );
  }

  /** Opens (or updates) the report of a strategy beside it. */
  async show(document: vscode.TextDocument): Promise<ShownReport | undefined> {
    const checked = await this.checker.current(document, true);
    if (!checked) return undefined;
    const key = document.uri.toString();
    let shown = this.panels.get(key);
    if (!shown) {
      const panel = vscode.window.createWebviewPanel(
        'strategitjek.report',
        say('reportTitle', checked.snapshot.language, { name: document.uri.path.split('/').pop() ?? '' }),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableCommandUris: [SAVE_REPORT], localResourceRoots: [] },
      );
      shown = { panel, html: '', markdown: '', target: reportTarget(document.uri) };
      this.panels.set(key, shown);
      panel.onDidDispose(() => this.panels.delete(key));
    } else shown.panel.reveal(vscode.ViewColumn.Beside, true);
    this.render(shown, checked);
    return shown;
  }

  /**
   * Opens (or updates) a folder's report: with two or more ambitions, the
   * table of all leaders' answers first (see `folderReport`), then each
   * file's part, as `strategitjek check <folder> --format markdown` gives it.
   * It shows the folder as it was when asked; asking again updates it.
   */
  showFolder(folder: vscode.Uri, markdown: string, language: Language): ShownReport {
    const key = folder.toString();
    let shown = this.panels.get(key);
    const name = folder.path.replace(/\/+$/, '').split('/').pop() ?? '';
    if (!shown) {
      const panel = vscode.window.createWebviewPanel(
        'strategitjek.report',
        say('reportTitle', language, { name: `${name}/` }),
        { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        { enableScripts: false, enableCommandUris: [SAVE_REPORT], localResourceRoots: [] },
      );
      shown = { panel, html: '', markdown: '', target: folderReportTarget(folder), folder: { uri: folder, language } };
      this.panels.set(key, shown);
      panel.onDidDispose(() => this.panels.delete(key));
    } else shown.panel.reveal(undefined, false);
    shown.markdown = markdown;
    shown.folder = { uri: folder, language };
    shown.html = reportHtml(language, '', markdown, folder, shown.target, nonce());
    shown.panel.webview.html = shown.html;
    return shown;
  }

  /**
   * Writes the Markdown report beside the strategy (`<name>.rapport.md`), or
   * a folder's report beside the folder, asking first when that file exists.
   * Returns where it went, or undefined when nothing was written.
   */
  async save(target: string | vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const key = typeof target === 'string' ? target : (target ?? vscode.window.activeTextEditor?.document.uri)?.toString();
    const folder = key ? this.panels.get(key) : undefined;
    if (folder?.folder) return this.write(folder.target, folder.markdown, folder.folder.language);
    const document = key && vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!document) return undefined;
    const checked = await this.checker.current(document, true);
    if (!checked) return undefined;
    const language = checked.snapshot.language;
    let file = reportTarget(document.uri);
    if (document.uri.scheme === 'untitled') {
      const chosen = await vscode.window.showSaveDialog({ defaultUri: file, filters: { Markdown: ['md'] } });
      if (!chosen) return undefined;
      file = chosen;
      return this.write(file, markdownReport(document, checked.snapshot), language, false);
    }
    return this.write(file, markdownReport(document, checked.snapshot), language);
  }

  /** Writes a report, asking before an existing file is overwritten. */
  private async write(file: vscode.Uri, markdown: string, language: Language, ask = true): Promise<vscode.Uri | undefined> {
    if (ask && (await exists(file)) && !(await this.askOverwrite(file, language))) return undefined;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(markdown));
    void vscode.window.showInformationMessage(say('reportSaved', language, { file: vscode.workspace.asRelativePath(file) }));
    return file;
  }

  private render(shown: ShownReport, checked: CheckedDocument): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === checked.uri.toString());
    if (!document) return;
    shown.markdown = markdownReport(document, checked.snapshot);
    const coverage = `${coverageSvg(checked.snapshot)}\n<p class="legend">${escapeHtml(say('reportCoverage', checked.snapshot.language, countStatuses(checked.snapshot)))} (${escapeHtml(legend(checked.snapshot.language))})</p>`;
    shown.html = reportHtml(checked.snapshot.language, coverage, shown.markdown, checked.uri, shown.target, nonce());
    shown.panel.webview.html = shown.html;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const shown of this.panels.values()) shown.panel.dispose();
    this.panels.clear();
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The same Markdown report as `strategitjek check --format markdown`. */
function markdownReport(document: vscode.TextDocument, snapshot: CheckSnapshot): string {
  const report = { ...snapshot.report, path: vscode.workspace.asRelativePath(document.uri) };
  return lazyModules().formatMarkdown([{ report, meta: snapshot.meta }], { config: snapshot.config });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The coverage grid: ten cells in two rows of five, in catalogue order. Each
 * cell has the status symbol, the element's name and the status word as
 * text, and a fill pattern by status (solid, half, outline), so neither
 * colour nor the symbol's font is needed to read it.
 */
function coverageSvg(snapshot: CheckSnapshot): string {
  const language = snapshot.language;
  const width = 150;
  const height = 74;
  const cells = snapshot.elements.map((element, index) => {
    const x = (index % 5) * (width + 8);
    const y = Math.floor(index / 5) * (height + 8);
    const name = localize(elementById(element.id).name, language);
    const status = say(STATUS_WORD[element.status], language);
    const words = wrap(name, 20);
    return [
      `<g class="cell ${element.status}" transform="translate(${x} ${y})">`,
      `<title>${escapeHtml(`${name}: ${status}`)}</title>`,
      `<rect width="${width}" height="${height}" rx="4"/>`,
      element.status === 'thin' ? `<rect class="half" width="${width / 2}" height="${height}" rx="4"/>` : '',
      `<text x="8" y="20" class="symbol">${STATUS_SYMBOL[element.status]}</text>`,
      ...words.map((line, i) => `<text x="26" y="${20 + i * 15}" class="name">${escapeHtml(line)}</text>`),
      `<text x="8" y="${height - 10}" class="status">${escapeHtml(status)}</text>`,
      '</g>',
    ].join('');
  });
  const total = 5 * (width + 8) - 8;
  const label = say('reportCoverage', language, countStatuses(snapshot));
  return `<svg class="coverage" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${total} ${2 * height + 8}" width="${total}" xmlns="http://www.w3.org/2000/svg">${cells.join('')}</svg>`;
}

function countStatuses(snapshot: CheckSnapshot): Record<'present' | 'thin' | 'missing', number> {
  const count = (status: string) => snapshot.elements.filter((e) => e.status === status).length;
  return { present: count('present'), thin: count('thin'), missing: count('missing') };
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}

function legend(language: Language): string {
  return (['present', 'thin', 'missing'] as const).map((status) => `${STATUS_SYMBOL[status]} ${say(STATUS_WORD[status], language)}`).join(' · ');
}

/**
 * The webview's page: strict CSP, no script, every document text escaped
 * (micromark escapes raw HTML). `coverage`: one document's grid and legend,
 * built here from escaped text; empty for a folder. `source`: the strategy
 * or folder the save link writes the report of.
 */
function reportHtml(language: Language, coverage: string, markdown: string, source: vscode.Uri, target: vscode.Uri, styleNonce: string): string {
  const body = lazyModules().renderMarkdown(markdown);
  const saveHref = `command:${SAVE_REPORT}?${encodeURIComponent(JSON.stringify([source.toString()]))}`;
  const file = target.path.split('/').pop() ?? '';
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${styleNonce}'; img-src data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${styleNonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em 2em; line-height: 1.5; }
a { color: var(--vscode-textLink-foreground); }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
code { font-family: var(--vscode-editor-font-family); }
.actions { margin: 1em 0; }
.actions a { padding: 0.3em 0.8em; border: 1px solid var(--vscode-button-border, transparent); background: var(--vscode-button-background); color: var(--vscode-button-foreground); text-decoration: none; border-radius: 2px; }
.coverage { max-width: 100%; height: auto; margin: 0.5em 0; }
.cell rect { fill: none; stroke: var(--vscode-foreground); stroke-width: 1.5; }
.cell.present rect { fill: var(--vscode-testing-iconPassed, #388a34); fill-opacity: 0.25; }
.cell.thin rect { stroke-dasharray: 6 3; }
.cell.thin rect.half { fill: var(--vscode-editorWarning-foreground, #bf8803); fill-opacity: 0.3; stroke: none; }
.cell.missing rect { stroke-dasharray: 2 3; }
.cell text { fill: var(--vscode-foreground); font-size: 13px; }
.cell .symbol { font-weight: bold; font-size: 15px; }
.cell .status { font-style: italic; }
.legend { opacity: 0.85; }
</style>
<title>${escapeHtml(say('reportTitle', language, { name: file }))}</title>
</head>
<body>
<p class="actions"><a href="${escapeHtml(saveHref)}">${escapeHtml(say('reportSave', language, { file }))}</a></p>
${coverage}
${body}
</body>
</html>`;
}
