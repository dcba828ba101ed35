import { DEFAULT_THRESHOLDS } from '../core/config/types';
import { RULES } from '../core/rules';
import { COMPACT_LINE } from '../formatters/compact';

/*
 * The extension's `contributes` section of package.json, generated so that
 * rule ids and thresholds in the settings follow the rule metadata. Titles
 * and descriptions are %keys% resolved from package.nls.json (English) and
 * package.nls.da.json (Danish).
 */

const COMMANDS = ['checkDocument', 'checkWorkspace', 'writeReport', 'showFolderReport', 'saveReport', 'insertSection', 'newStrategy', 'newAmbition', 'fixAllMissing', 'showColumn', 'declareStrategy'];

const SEVERITY = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

/**
 * Every setting is read for a document (`getConfiguration('strategitjek', uri)`),
 * so every setting is `resource`-scoped: it may differ per workspace folder,
 * and VS Code does not warn about a window setting read for a resource.
 */
function resource(properties: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, { ...value, scope: 'resource' }]));
}

export function contributes(): Record<string, unknown> {
  return {
    commands: COMMANDS.map((id) => ({ command: `strategitjek.${id}`, title: `%command.${id}%`, category: 'Strategitjek' })),
    menus: {
      commandPalette: COMMANDS.filter((id) => !['newStrategy', 'newAmbition', 'checkWorkspace', 'showColumn'].includes(id)).map((id) => ({
        command: `strategitjek.${id}`,
        when: 'editorLangId == markdown',
      })),
      // A folder of leaders' ambitions (or strategies): one table of all of them, in the report webview.
      'explorer/context': [{ command: 'strategitjek.showFolderReport', when: 'explorerResourceIsFolder', group: 'strategitjek@1' }],
    },
    // The ten elements of the active strategy (src/extension/elementsView.ts).
    views: {
      explorer: [{ id: 'strategitjek.elements', name: '%view.elements%', contextualTitle: 'Strategitjek' }],
    },
    viewsWelcome: [{ view: 'strategitjek.elements', contents: '%view.elements.empty%' }],
    configuration: {
      title: 'Strategitjek',
      properties: resource({
        'strategitjek.enable': { type: 'boolean', default: true, description: '%config.enable%' },
        'strategitjek.run': {
          type: 'string',
          enum: ['onType', 'onSave', 'manual'],
          enumDescriptions: ['%config.run.onType%', '%config.run.onSave%', '%config.run.manual%'],
          default: 'onType',
          description: '%config.run%',
        },
        'strategitjek.debounce': { type: 'number', default: 300, minimum: 0, maximum: 5000, description: '%config.debounce%' },
        'strategitjek.files': { type: 'array', items: { type: 'string' }, default: [], description: '%config.files%' },
        'strategitjek.rules': {
          type: 'object',
          default: {},
          additionalProperties: false,
          properties: Object.fromEntries(RULES.map((rule) => [rule.meta.id, SEVERITY])),
          description: '%config.rules%',
        },
        'strategitjek.thresholds': {
          type: 'object',
          default: {},
          additionalProperties: false,
          properties: Object.fromEntries(Object.entries(DEFAULT_THRESHOLDS).map(([key, value]) => [key, { type: 'integer', minimum: 1, default: value }])),
          description: '%config.thresholds%',
        },
        'strategitjek.columnsUrl': { type: 'string', default: '', description: '%config.columnsUrl%' },
        'strategitjek.language': {
          type: 'string',
          enum: ['auto', 'da', 'en'],
          enumDescriptions: ['%config.language.auto%', '%config.language.da%', '%config.language.en%'],
          default: 'auto',
          description: '%config.language%',
        },
      }),
    },
    // For tasks running `strategitjek check --format compact`.
    problemMatchers: [
      {
        name: 'strategitjek',
        owner: 'strategitjek',
        source: 'Strategitjek',
        fileLocation: ['relative', '${workspaceFolder}'],
        pattern: { regexp: COMPACT_LINE, file: 1, line: 2, column: 3, severity: 4, message: 5, code: 6 },
      },
    ],
    snippets: [
      { language: 'markdown', path: './snippets/strategitjek.da.code-snippets' },
      { language: 'markdown', path: './snippets/strategitjek.en.code-snippets' },
    ],
    yamlValidation: [{ fileMatch: ['.strategitjek.yaml', '.strategitjek.yml'], url: './schemas/config.schema.json' }],
    jsonValidation: [{ fileMatch: ['.strategitjek.json'], url: './schemas/config.schema.json' }],
  };
}
