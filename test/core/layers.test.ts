import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import table from '../../layers.json';

/*
 * The layer table (`layers.json`) over every file in src/: a file imports
 * its own layer and lower levels only. The same table drives
 * no-restricted-imports in eslint.config.mjs.
 */

const ROOT = join(import.meta.dirname, '..', '..');

interface Layer {
  name: string;
  level: number;
  paths: string[];
}

const LAYERS: Layer[] = (table.levels as unknown as Array<Record<string, string[]>>).flatMap((level, index) =>
  Object.entries(level).map(([name, paths]) => ({ name, level: index, paths })),
);

function layerOf(file: string): Layer | undefined {
  const matches = LAYERS.filter((layer) => layer.paths.some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path)));
  assert.ok(matches.length <= 1, `${file} is in more than one layer: ${matches.map((m) => m.name).join(', ')}`);
  return matches[0];
}

const SOURCES = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(ts|js|mjs|cjs)$/.test(name))
  .map((name) => `src/${name.split('\\').join('/')}`)
  .sort();

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/** The repository path a relative import resolves to, as the bundler resolves it. */
function resolveImport(file: string, spec: string): string {
  const base = relative(ROOT, resolve(ROOT, dirname(file), spec)).split('\\').join('/');
  const candidates = [`${base}.ts`, `${base}.js`, `${base}/index.ts`, base];
  return candidates.find((candidate) => existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) ?? base;
}

describe('layers (layers.json)', () => {
  it('every file in src/ belongs to exactly one layer', () => {
    assert.deepEqual(SOURCES.filter((file) => !layerOf(file)), []);
  });

  it('imports go to the same layer or a lower level only', () => {
    const offenders: string[] = [];
    for (const file of SOURCES) {
      const from = layerOf(file);
      if (!from) continue;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolveImport(file, spec);
        if (!target.startsWith('src/')) continue;
        const to = layerOf(target);
        if (!to) offenders.push(`${file} imports ${target}, which is in no layer`);
        else if (to.name !== from.name && to.level >= from.level) offenders.push(`${file} (${from.name}) imports ${target} (${to.name})`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('has no import cycles', () => {
    const graph = new Map(SOURCES.map((file) => [file, importsOf(file).filter((s) => s.startsWith('.')).map((s) => resolveImport(file, s))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of SOURCES) visit(file, []);
    assert.deepEqual(cycles, []);
  });
});
