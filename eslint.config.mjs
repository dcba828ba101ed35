// ESLint (flat config): typescript-eslint's recommended rules, and the layer
// table (layers.json) as no-restricted-imports, generated from the same data
// that test/core/layers.test.ts checks, so the two cannot drift apart.
import js from '@eslint/js';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const table = JSON.parse(readFileSync(new URL('./layers.json', import.meta.url), 'utf8'));
const layers = table.levels.flatMap((level, index) => Object.entries(level).map(([name, paths]) => ({ name, level: index, paths })));

// Every folder under src/ (its own block, because relative specifiers depend on where the file is).
const folders = ['src', ...readdirSync('src', { recursive: true, withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => posix.join(d.parentPath.split('\\').join('/'), d.name))];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The relative specifiers, seen from `folder`, that reach a path of `layer`. */
function specifierPattern(folder, path) {
  let spec = posix.relative(folder, path.replace(/\/$/, ''));
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return path.endsWith('/') ? `^${escape(spec)}(/.*)?$` : `^${escape(spec.replace(/\.(ts|js)$/, ''))}(\\.(ts|js))?$`;
}

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'util', 'url', 'worker_threads', 'crypto'];

/** One block per folder and layer (a whole folder, or the files the table names): the imports its files may not make. */
const groups = [];
for (const folder of folders) {
  for (const layer of layers) {
    const files = layer.paths.flatMap((path) => {
      if (path.endsWith('/')) return `${folder}/`.startsWith(path) ? [`${folder}/*.{ts,js}`] : [];
      return dirname(path) === folder ? [path] : [];
    });
    if (files.length > 0) groups.push({ folder, layer, files });
  }
}
const layerBlocks = groups.map(({ folder, layer, files }) => {
  const forbidden = layers.filter((other) => other.name !== layer.name && other.level >= layer.level);
  const patterns = forbidden.flatMap((other) =>
    other.paths.map((path) => ({ regex: specifierPattern(folder, path), message: `layers.json: ${layer.name} may not import ${other.name}, which is not on a lower level.` })),
  );
  const core = folder === 'src/core' || folder.startsWith('src/core/');
  if (core) patterns.push({ regex: `^(node:.*|${NODE_BUILTINS.join('|')})$`, message: 'src/core is pure: no Node built-ins.' });
  if (layer.name !== 'extension') patterns.push({ regex: '^vscode$', message: 'Only src/extension imports vscode.' });
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
});

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', 'bench/out/', 'src/core/schemas/validators.generated.js', 'test/fixtures/', 'test/vscode/workspace/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // CommonJS files (mocha's reporter) load with require.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The launchers pass functions to the browser page (page.evaluate).
  { files: ['test/vscode/harness/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  ...layerBlocks,
);
