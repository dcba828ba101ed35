// `npm test`: every suite in order — build, type check, lint, unit and CLI tests,
// properties and the labelled corpus,
// package, then the in-editor suite: in an English VS Code with the language
// setting on auto (a Danish document gets Danish), with the setting en, and
// against the installed .vsix with the setting da (and in the newest code-server when STRATEGITJEK_TEST_LATEST=1).
// Prints each stage's time and a closing "N passed, N failed" over all suites.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const MOCHA = 'node_modules/mocha/bin/mocha.js';

const stages = [
  ['build', 'node', ['esbuild.mjs']],
  ['typecheck', 'npx', ['tsc', '-p', '.']],
  ['lint (eslint, knip)', 'npm', ['run', '--silent', 'lint']],
  // mocha is started directly: npx alone costs more than half a second here.
  ['unit and CLI tests', 'node', [MOCHA, '--config', 'test/mocha/unit.json']],
  ['properties and corpus', 'node', [MOCHA, '--config', 'test/mocha/properties.json']],
  ['package .vsix', 'npm', ['run', '--silent', 'package']],
  ['in-editor (auto)', 'node', ['test/vscode/harness/run-offline.mjs', '--locale', 'en']],
  ['in-editor (en)', 'node', ['test/vscode/harness/run-offline.mjs', '--locale', 'en', '--language', 'en']],
  ['in-editor (.vsix, da)', 'node', ['test/vscode/harness/run-offline.mjs', '--vsix', '--language', 'da']],
];
if (process.env.STRATEGITJEK_TEST_LATEST === '1') stages.push(['in-editor (newest code-server)', 'node', ['test/vscode/harness/latest.mjs']]);

// The in-editor suite needs Debian's chromium (or another at CHROMIUM_PATH), ripgrep and libkrb5 (for
// code-server). Without them the other suites still run and a line says what
// to install; in CI (CI=true) missing prerequisites are a failure.
const missing = [
  ['chromium', existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')],
  ['ripgrep', spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0],
  ['libkrb5-dev', ['/usr/lib/x86_64-linux-gnu/libkrb5.so', '/usr/lib/aarch64-linux-gnu/libkrb5.so', '/usr/lib/libkrb5.so'].some((path) => existsSync(path))],
].filter(([, present]) => !present).map(([name]) => name);
if (missing.length > 0) {
  const line = `in-editor tests skipped: install ${missing.join(', ')} (apt-get install -y chromium ripgrep libkrb5-dev) to include them`;
  if (process.env.CI === 'true') {
    console.error(`${line}; failing because CI=true`);
    process.exit(1);
  }
  console.log(line);
  stages.splice(stages.findIndex(([name]) => name.startsWith('in-editor')));
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

let passed = 0;
let failed = 0;
const rows = [];
// Each failed test's title and first error lines (the in-editor reporter's "✘" block), repeated under the
// closing table: a CI log is often read from its end, and the suites print far above it.
const failures = [];
const failureBlocks = (output) => [...output.matchAll(/^ {2}✘ .*(?:\n {6}.*){0,4}/gm)].map((match) => match[0]);
const summary = () => `\n${rows.join('\n')}${failures.length > 0 ? `\n\nFailed:\n${failures.join('\n')}` : ''}\n\n${passed} passed, ${failed} failed`;
for (const [name, command, args] of stages) {
  const started = Date.now();
  const { code, output } = await run(command, args);
  const counts = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  failures.push(...failureBlocks(output).map((block) => `[${name}]\n${block}`));
  rows.push(`${name.padEnd(32)} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${code === 0 ? 'ok' : `FAILED (exit ${code})`}${counts ? `  ${counts[1]} passed, ${counts[2]} failed` : ''}`);
  if (code !== 0) {
    if (!counts) failed++;
    console.log(summary());
    process.exit(code ?? 1);
  }
}
console.log(summary());
