import * as vscode from 'vscode';
import type { ResolvedConfig } from '../core/config/types';
import { columnPageName, columnUrl } from '../core/links';

/** The command that shows a column; the only command hovers may link to. */
export const SHOW_COLUMN = 'strategitjek.showColumn';

/**
 * Where a column link goes: the user's `columnsUrl` template when set,
 * otherwise a command that opens the column's page inside VS Code.
 */
export function columnLink(number: number, config: Pick<ResolvedConfig, 'columnsUrl'>): vscode.Uri {
  if (config.columnsUrl) return vscode.Uri.parse(columnUrl(number, { columnsUrl: config.columnsUrl, docsUrl: '' }));
  return vscode.Uri.parse(`command:${SHOW_COLUMN}?${encodeURIComponent(JSON.stringify([number]))}`);
}

/** The column's page as packaged with the extension. */
export function columnDocUri(extensionUri: vscode.Uri, number: number): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'columns', columnPageName(number));
}

/** The rule's page as packaged with the extension. */
export function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}
