import * as vscode from 'vscode';
import { defaultConfig, mergeConfig } from '../core/config/types';
import type { Language } from '../core/i18n/localized';
import { STRATEGY_HEAD_LENGTH } from '../core/strategyHead';
import type { formatMarkdown } from '../formatters/markdown';
import { lazyModules } from './lazy';
import type { Checker } from './checker';
import { readSettings } from './settings';
import { isStrategyFile } from './strategyDocuments';
import type { WorkspaceConfigs } from './workspaceConfig';

/** A folder's readiness report: the Markdown `strategitjek check <folder> --format markdown` writes. */
export interface FolderReport {
  markdown: string;
  language: Language;
  /** How many strategies and ambitions it covers. */
  files: number;
}

const SKIPPED = '**/{node_modules,.git,.vscode-test}/**';

/**
 * The readiness report of every strategy and ambition in a folder, as the
 * CLI gives it for the folder: with two or more ambitions it opens with one
 * table of the leaders (leader, role, unit, the six answers, n/6), column
 * 11's leadership chain seen from the ambitions. Files are found and read
 * through the workspace (open documents as they are in the editor), picked
 * by the same rule as the CLI, checked in the worker with the strategy each
 * ambition names, in sorted order; no diagnostics are published. Undefined
 * when the folder holds none.
 */
export async function folderReport(folder: vscode.Uri, checker: Checker, configs: WorkspaceConfigs): Promise<FolderReport | undefined> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{md,markdown}'), SKIPPED);
  const named = found.map((uri) => ({ uri, path: vscode.workspace.asRelativePath(uri, false) })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: Parameters<typeof formatMarkdown>[0] = [];
  let language: Language | undefined;
  let first: vscode.Uri | undefined;
  for (const { uri, path } of named) {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    let text: string;
    try {
      text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue;
    }
    const fileConfig = await configs.forDocument(uri);
    if (!isStrategyFile(uri, text.slice(0, STRATEGY_HEAD_LENGTH), readSettings(uri), configs.patterns(fileConfig))) continue;
    const snapshot = await checker.checkText(uri, text, fileConfig);
    if (!snapshot) continue;
    // The words around the findings follow the first file's language, as in the CLI.
    language ??= snapshot.language;
    first ??= uri;
    files.push({ report: { ...snapshot.report, path }, meta: snapshot.meta });
  }
  if (!first || !language) return undefined;
  // The report's links (`columnsUrl`) follow the configuration as the first file sees it.
  const config = mergeConfig(defaultConfig(), await configs.forDocument(first), { ...readSettings(first).checker, language });
  return { markdown: lazyModules().formatMarkdown(files, { config }), language, files: files.length };
}
