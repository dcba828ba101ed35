// The same in-editor suite through @vscode/test-electron, for machines that
// can download VS Code (this one cannot: use run-offline.mjs here).
//   node test/vscode/harness/run-electron.mjs [--version 1.100.3]
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const { values } = parseArgs({ options: { version: { type: 'string', default: '1.100.3' }, locale: { type: 'string', default: 'en' } } });

const suite = join(ROOT, 'out', 'vscode-suite', 'index.cjs');
await esbuild.build({
  entryPoints: [join(ROOT, 'test', 'vscode', 'suite', 'index.ts')],
  outfile: suite,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
const workspace = mkdtempSync(join(tmpdir(), 'strategitjek-electron-'));
cpSync(join(ROOT, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: values.version,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale', values.locale],
  });
} catch (error) {
  console.error(`in-editor tests failed: ${error.message ?? error}`);
  process.exit(1);
}
