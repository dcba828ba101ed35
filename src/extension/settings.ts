import * as vscode from 'vscode';
import type { ConfigInput } from '../core/config/types';
import type { Language } from '../core/i18n/localized';

export type RunMode = 'onType' | 'onSave' | 'manual';

/** The extension's settings for one document (settings can differ per folder). */
export interface EditorSettings {
  enable: boolean;
  run: RunMode;
  debounce: number;
  files: string[];
  language: Language;
  /** The parts of the settings that configure the checker itself. */
  checker: ConfigInput;
}

/** The language the editor shows, unless the user chose one for Strategitjek. */
export function displayLanguage(choice: string | undefined): Language {
  if (choice === 'da' || choice === 'en') return choice;
  return vscode.env.language.toLowerCase().startsWith('da') ? 'da' : 'en';
}

export function readSettings(scope?: vscode.Uri): EditorSettings {
  const config = vscode.workspace.getConfiguration('strategitjek', scope);
  const language = displayLanguage(config.get<string>('language'));
  const checker: ConfigInput = { language };
  const rules = config.get<Record<string, string>>('rules');
  if (rules && Object.keys(rules).length > 0) checker.rules = rules as ConfigInput['rules'];
  const thresholds = config.get<Record<string, number>>('thresholds');
  if (thresholds && Object.keys(thresholds).length > 0) checker.thresholds = thresholds;
  const columnsUrl = config.get<string>('columnsUrl');
  if (columnsUrl) checker.columnsUrl = columnsUrl;
  return {
    enable: config.get<boolean>('enable', true),
    run: config.get<RunMode>('run', 'onType'),
    debounce: Math.max(0, config.get<number>('debounce', 300)),
    files: config.get<string[]>('files', []),
    language,
    checker,
  };
}
