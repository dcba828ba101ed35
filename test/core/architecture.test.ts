import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ROOT, folder, name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

describe('architecture', () => {
  it('src/core is pure: no vscode, no file system, no Node built-ins, no process or console', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('src/core')) {
      for (const spec of importsOf(file)) {
        if (spec === 'vscode' || spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'util', 'url'].includes(spec)) {
          offenders.push(`${relative(ROOT, file)} imports ${spec}`);
        }
      }
      const text = readFileSync(file, 'utf8');
      if (/\bprocess\.(env|exit|stdout|stderr|argv|cwd)\b|\bconsole\.(log|error|warn|info)\b/.test(text)) offenders.push(`${relative(ROOT, file)} uses process or console`);
    }
    assert.deepEqual(offenders, []);
  });

  it('only src/extension imports vscode', () => {
    const offenders = ['src/core', 'src/cli', 'src/formatters', 'src/generate']
      .flatMap(sourceFiles)
      .filter((file) => importsOf(file).includes('vscode'))
      .map((file) => relative(ROOT, file));
    assert.deepEqual(offenders, []);
  });

  it('the formatters used by the editor (markdown, json) touch no Node built-ins', () => {
    for (const name of ['markdown.ts', 'json.ts', 'types.ts', 'strings.ts', 'meta.ts']) {
      const specs = importsOf(join(ROOT, 'src', 'formatters', name));
      assert.deepEqual(specs.filter((s) => s.startsWith('node:')), [], name);
    }
  });

  it('every rule lives in its own file named after its id', () => {
    const files = readdirSync(join(ROOT, 'src', 'core', 'rules'))
      .filter((name) => name.endsWith('.ts') && !['index.ts', 'types.ts', 'elementRule.ts', 'guidanceRule.ts', 'ruleIds.ts'].includes(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    return import('../../src/core/rules').then(({ RULE_IDS }) => assert.deepEqual(files, [...RULE_IDS].sort()));
  });
});
