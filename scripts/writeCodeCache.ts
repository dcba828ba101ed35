import { rmSync, writeFileSync } from 'node:fs';
import { codeCacheOf, loadBundle, prepareShortRun } from '../src/cli/codeCache';
import type { cli } from '../src/cli/main';

/*
 * Run by the build after the bundles are written (esbuild.mjs bundles this
 * file and runs it with plain Node: `node writeCodeCache.cjs BUNDLE EXAMPLE`):
 * checks the example with the built command line, quietly, and writes V8's
 * code cache of everything that check compiled beside the bundle
 * (dist/cliMain.cjs.cache), for the launcher to load it with. It runs in a
 * process of its own, under the same V8 flags as the command, because V8
 * refuses a cache made under other flags.
 */
async function writeCodeCache(bundle: string, example: string): Promise<void> {
  rmSync(codeCacheOf(bundle), { force: true });
  prepareShortRun();
  const loaded = loadBundle<{ cli: typeof cli }>(bundle);
  const quiet = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false };
  await loaded.exports.cli(['check', example, '--format', 'json'], quiet);
  writeFileSync(codeCacheOf(bundle), loaded.script.createCachedData());
}

void writeCodeCache(process.argv[2], process.argv[3]);
