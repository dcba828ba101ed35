import * as vscode from 'vscode';
import { sanitizeConfig } from '../core/config/sanitize';
import type { ConfigInput } from '../core/config/types';
import { RULE_IDS } from '../core/rules';
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
  // Settings can be edited by hand in settings.json, where the schema only
  // warns; the core's sanitiser drops what the CLI would drop from a config file.
  const checker: ConfigInput = {
    ...sanitizeConfig({ rules: config.get('rules'), thresholds: config.get('thresholds'), columnsUrl: config.get('columnsUrl') || undefined }, RULE_IDS),
    language,
  };
  return {
    enable: config.get<boolean>('enable', true),
    run: config.get<RunMode>('run', 'onType'),
    debounce: Math.max(0, config.get<number>('debounce', 300)),
    files: config.get<string[]>('files', []),
    language,
    checker,
  };
}
