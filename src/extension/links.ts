import * as vscode from 'vscode';
import { columnByNumber } from '../core/catalogue/columns';
import type { ResolvedConfig } from '../core/config/types';
import { encodeHref, expandUrlTemplate, isRelativeTemplate } from '../core/config/urlTemplate';
import { columnPageName } from '../core/links';

/** The command that shows a column; the only command hovers may link to. */
export const SHOW_COLUMN = 'strategitjek.showColumn';

/**
 * Where a column link goes: the user's `columnsUrl` template when it is set
 * and passes the core's checks (an `https:` address, or a file relative to
 * the workspace folder), otherwise a command that opens the column's page
 * inside VS Code.
 */
export function columnLink(number: number, config: Pick<ResolvedConfig, 'columnsUrl'>, workspaceFolder?: vscode.Uri): vscode.Uri {
  const column = columnByNumber(number);
  const href = config.columnsUrl ? expandUrlTemplate(config.columnsUrl, { column: column.number, page: column.page }) : undefined;
  if (href !== undefined && !isRelativeTemplate(href)) return vscode.Uri.parse(href, true);
  if (href !== undefined && workspaceFolder) {
    const [path, fragment = ''] = href.split('#', 2);
    const [file, query = ''] = path.split('?', 2);
    return vscode.Uri.joinPath(workspaceFolder, ...file.split('/').map((segment) => decodeURIComponent(segment))).with({ query, fragment });
  }
  return vscode.Uri.parse(`command:${SHOW_COLUMN}?${encodeURIComponent(JSON.stringify([number]))}`);
}

/**
 * The same link as text for a Markdown hover: encoded by the URI and again
 * for Markdown, so no character of it can end the link or start markup.
 */
export function columnHref(number: number, config: Pick<ResolvedConfig, 'columnsUrl'>, workspaceFolder?: vscode.Uri): string {
  return encodeHref(columnLink(number, config, workspaceFolder).toString());
}

/** The column's page as packaged with the extension. */
export function columnDocUri(extensionUri: vscode.Uri, number: number): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'columns', columnPageName(number));
}

/** The rule's page as packaged with the extension. */
export function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}
