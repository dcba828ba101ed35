import * as vscode from 'vscode';
import { sanitizeConfig } from '../core/config/sanitize';
import type { ConfigInput } from '../core/config/types';
import { RULE_IDS } from '../core/rules/ruleIds';
import { isLanguage, type Language } from '../core/i18n/localized';

type RunMode = 'onType' | 'onSave' | 'manual';

/** The extension's settings for one document (settings can differ per folder). */
export interface EditorSettings {
  enable: boolean;
  run: RunMode;
  debounce: number;
  files: string[];
  /** The language the user chose for Strategitjek (`da` or `en`), if any; `auto` is no choice. */
  explicitLanguage: Language | undefined;
  /** The parts of the settings that configure the checker itself. */
  checker: ConfigInput;
}

/**
 * The language of texts that belong to no document (progress titles, pickers):
 * the user's choice, else Danish. Texts about a document follow the core's
 * rule instead (choice, else the document's `sprog:`, else Danish); VS Code's
 * display language plays no part, because desktop VS Code has no Danish.
 */
export function uiLanguage(scope?: vscode.Uri): Language {
  return explicitLanguage(vscode.workspace.getConfiguration('strategitjek', scope).get<string>('language')) ?? 'da';
}

function explicitLanguage(choice: string | undefined): Language | undefined {
  return isLanguage(choice) ? choice : undefined;
}

export function readSettings(scope?: vscode.Uri): EditorSettings {
  const config = vscode.workspace.getConfiguration('strategitjek', scope);
  const language = explicitLanguage(config.get<string>('language'));
  // Settings can be edited by hand in settings.json, where the schema only
  // warns; the core's sanitiser drops what the CLI would drop from a config file.
  const checker: ConfigInput = {
    ...sanitizeConfig({ rules: config.get('rules'), thresholds: config.get('thresholds'), columnsUrl: config.get('columnsUrl') || undefined }, RULE_IDS),
    ...(language ? { language } : {}),
  };
  return {
    enable: config.get<boolean>('enable', true),
    run: config.get<RunMode>('run', 'onType'),
    debounce: Math.max(0, config.get<number>('debounce', 300)),
    files: config.get<string[]>('files', []),
    explicitLanguage: language,
    checker,
  };
}
