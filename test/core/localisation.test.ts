import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_MESSAGES } from '../../src/core/i18n/messages';
import type { Localized } from '../../src/core/i18n/localized';
import { EDITOR_MESSAGES } from '../../src/extension/messages';
import { CLI_MESSAGES, HELP } from '../../src/cli/messages';
import { STRINGS } from '../../src/formatters/strings';
import { RULES } from '../../src/core/rules';
import { snippetsFor } from '../../src/core/catalogue/snippets';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `{ da: …, en: … }` literal in a source file, as written. */
function localizedLiterals(source: string): Array<{ da: string; en: string }> {
  const found: Array<{ da: string; en: string }> = [];
  const literal = /\{\s*da:\s*(['`])((?:\\.|(?!\1)[^\\])*)\1,\s*en:\s*(['`])((?:\\.|(?!\3)[^\\])*)\3,?\s*\}/g;
  for (const match of source.matchAll(literal)) found.push({ da: match[2], en: match[4] });
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Texts with no words of their own (only placeholders, punctuation, symbols) need no translation. */
const wordless = (text: string) => !/\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ''));
/** Words that are the same in both languages (technical terms, names). */
const SAME_IN_BOTH = new Set(['Status', 'Element', 'frontmatter', 'info', '–', 'ambition']);

describe('localisation: one mechanism, everything translated (issue 12)', () => {
  const files = ['src/core', 'src/cli', 'src/formatters', 'src/extension', 'src/generate'].flatMap((folder) => sources(join(ROOT, folder)));

  it('no code switches on the language inline: texts live in message tables', () => {
    // The i18n folder defines the mechanism itself (isLanguage, resolveLanguage).
    const offenders = files
      .filter((file) => !relative(ROOT, file).startsWith(join('src', 'core', 'i18n')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, where: `${relative(ROOT, file)}:${index + 1}` }))
          .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line))
          .filter(({ line }) => /[=!]==\s*'(da|en)'|(?<![\p{L}\p{N}_])(da|en)\s*\?\s*[`'"]|vscode\.l10n|\bl10n\.t\b/u.test(line))
          .map(({ where, line }) => `${where}: ${line.trim()}`),
      );
    assert.deepEqual(offenders, []);
  });

  it('every text in every table has Danish and English, different where there are words, with the same placeholders', () => {
    const tables: Array<[string, Localized]> = [
      ...Object.entries(CORE_MESSAGES),
      ...Object.entries(EDITOR_MESSAGES),
      ...Object.entries(STRINGS),
      ...Object.entries(CLI_MESSAGES),
      ['help', HELP],
      ...RULES.flatMap((rule) => Object.entries(rule.meta.messages).map(([id, message]) => [`${rule.meta.id}/${id}`, message.text] as [string, Localized])),
      ...files.flatMap((file) => localizedLiterals(readFileSync(file, 'utf8')).map((text, index) => [`${relative(ROOT, file)}#${index}`, text] as [string, Localized])),
    ];
    assert.ok(tables.length > 150, `only ${tables.length} texts found`);
    const problems: string[] = [];
    for (const [id, text] of tables) {
      if (!text.da?.trim() || !text.en?.trim()) problems.push(`${id}: empty`);
      else if (text.da === text.en && !wordless(text.da) && !SAME_IN_BOTH.has(text.da)) problems.push(`${id}: untranslated "${text.da}"`);
      if (placeholders(text.da ?? '').join() !== placeholders(text.en ?? '').join()) problems.push(`${id}: placeholders differ`);
    }
    assert.deepEqual(problems, []);
  });

  it('every snippet has tab stops and no unconverted {{ }} field', () => {
    for (const language of ['da', 'en'] as const) {
      for (const [name, snippet] of Object.entries(snippetsFor(language))) {
        const body = snippet.body.join('\n');
        assert.match(body, /\$\{\d+[:|]/, `${language} ${name} has no tab stop`);
        assert.doesNotMatch(body, /\{\{|\}\}/, `${language} ${name} still has {{ }}`);
      }
    }
  });
});
