// Bundles the CLI, the library and (when present) the VS Code extension.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The trained models are large generated JSON files. Bundled as an object literal, V8 compiles every key and number
// as code (about 30 ms per process for 1 MB); handed to JSON.parse as one string, the same object costs a fraction.
const generatedJson = {
  name: 'generated-json-parse',
  setup(build) {
    build.onLoad({ filter: /\.generated\.json$/ }, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  plugins: [generatedJson],
  minify: production,
  sourcemap: !production,
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
};

// Some dependencies are ESM-only and read import.meta.url; in a CommonJS
// bundle that value comes from the bundle's own file name.
const nodeCjs = {
  platform: 'node',
  format: 'cjs',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const builds = [
  // The command: a tiny launcher (answers --version at once) and the command line proper, loaded by it.
  { ...common, ...nodeCjs, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, ...nodeCjs, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cliMain.cjs' },
  // A large folder is shared between the main thread and worker threads that run this bundle (src/cli/parallelCheck.ts).
  { ...common, ...nodeCjs, entryPoints: ['src/cli/checkWorker.ts'], outfile: 'dist/cliCheckWorker.cjs' },
  { ...common, ...nodeCjs, entryPoints: ['src/index.ts'], outfile: 'dist/index.cjs' },
];
if (existsSync('src/extension/extension.ts')) {
  // The desktop extension loads its heavy parts (the checker, the config parser, the report) from a second
  // file on first use, so activation reads and compiles a fraction of the code (src/extension/lazy.ts).
  const lazyFile = {
    name: 'lazy-modules-file',
    setup(build) {
      build.onResolve({ filter: /^\.\/lazyModules$/ }, () => ({ path: './extensionLazy.cjs', external: true }));
      build.onResolve({ filter: /^\.\/headModules$/ }, () => ({ path: './extensionHead.cjs', external: true }));
    },
  };
  // The banner notes when the bundle starts to run, so the in-editor suite can report what loading and activating
  // the extension cost, apart from the time the host spends on other extensions.
  const loadClock = { js: `${nodeCjs.banner.js}\nglobalThis.__strategitjekLoadStart = performance.now();` };
  builds.push({ ...common, ...nodeCjs, banner: loadClock, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'], plugins: [...common.plugins, lazyFile] });
  builds.push({ ...common, ...nodeCjs, entryPoints: ['src/extension/lazyModules.ts'], outfile: 'dist/extensionLazy.cjs' });
  // Reading a document's frontmatter takes the YAML parser: loaded when the extension first asks which documents are strategies.
  builds.push({ ...common, ...nodeCjs, entryPoints: ['src/extension/headModules.ts'], outfile: 'dist/extensionHead.cjs' });
  // The desktop extension checks in this worker thread, off the extension host's thread.
  builds.push({ ...common, ...nodeCjs, entryPoints: ['src/extension/worker/checkWorker.ts'], outfile: 'dist/checkWorker.cjs' });
  builds.push({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.cjs',
    platform: 'browser',
    format: 'cjs',
    // The web build checks on its own thread and never loads worker_threads.
    external: ['vscode', 'node:worker_threads'],
    target: 'es2022',
    define: { 'process.env.STRATEGITJEK_WEB': '"1"' },
  });
}

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  await writeCodeCache();
}

/**
 * V8's code cache of the command line (dist/cliMain.cjs.cache, loaded by the
 * launcher): written by a check of the bundled example in a Node process of
 * its own (scripts/writeCodeCache.ts), so it holds the compiled code of every
 * function a check runs. A failure costs only speed, so it warns and the
 * build goes on.
 */
async function writeCodeCache() {
  const dir = mkdtempSync(join(tmpdir(), 'strategitjek-code-cache-'));
  try {
    const writer = join(dir, 'writeCodeCache.cjs');
    await esbuild.build({ ...common, ...nodeCjs, entryPoints: ['scripts/writeCodeCache.ts'], outfile: writer });
    const run = spawnSync(process.execPath, [writer, resolve('dist/cliMain.cjs'), resolve('examples/aarby-digitaliseringsstrategi.md')], { encoding: 'utf8' });
    if (run.status !== 0) console.warn(`esbuild.mjs: no code cache for the command line (${run.stderr.trim() || `exit ${run.status}`})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
