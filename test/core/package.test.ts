import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the npm package (issue 12)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('is publishable as a CLI and library: bin, types, a files list and a prepack build', () => {
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.bin.strategitjek, 'dist/cli.cjs');
    assert.deepEqual(pkg.exports['.'], { types: './dist/types/index.d.ts', default: './dist/index.cjs' });
    assert.equal(pkg.types, './dist/types/index.d.ts');
    assert.match(pkg.scripts.prepack, /esbuild\.mjs --production && tsc -p tsconfig\.types\.json/);
    assert.ok(!pkg.categories.includes('Other'));
  });

  // Slow (a whole npm pack): in `npm run test:stress`, which CI runs.
  it('npm pack holds no tests, sources or source maps @stress', () => {
    const [listing] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const paths: string[] = listing.files.map((file: { path: string }) => file.path);
    assert.deepEqual(
      paths.filter((path) => /^(src|test|scripts|bench)\//.test(path) || path.endsWith('.map') || (path.endsWith('.ts') && !path.endsWith('.d.ts'))),
      [],
    );
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'schemas/config.schema.json', 'dist/cli.cjs', 'dist/cliMain.cjs', 'dist/cliMain.cjs.cache']) assert.ok(paths.includes(needed), needed);
  });

  it('no bundle compiles code at run time: no new Function, no eval (validators are generated)', function () {
    const bundles = ['dist/extension.cjs', 'dist/extensionLazy.cjs', 'dist/extensionHead.cjs', 'dist/web/extension.cjs', 'dist/checkWorker.cjs', 'dist/cli.cjs', 'dist/cliMain.cjs', 'dist/index.cjs'].filter((file) => existsSync(join(ROOT, file)));
    if (bundles.length === 0) this.skip();
    for (const file of bundles) assert.doesNotMatch(readFileSync(join(ROOT, file), 'utf8'), /\bnew Function\s*\(|\beval\s*\(/, file);
  });

  it('every setting declares a scope', () => {
    const properties = pkg.contributes.configuration.properties as Record<string, { scope?: string }>;
    assert.deepEqual(Object.entries(properties).filter(([, value]) => !value.scope).map(([key]) => key), []);
  });
});
