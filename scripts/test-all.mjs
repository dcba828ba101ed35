// `npm test`: every suite in order — build, type check, unit and CLI tests,
// package, then the in-editor suite: in an English VS Code with the language
// setting on auto (a Danish document gets Danish), with the setting en, and
// against the installed .vsix with the setting da (and in the newest code-server when STRATEGITJEK_TEST_LATEST=1).
// Prints each stage's time and a closing "N passed, N failed" over all suites.
import { spawn } from 'node:child_process';

const stages = [
  ['build', 'node', ['esbuild.mjs']],
  ['typecheck', 'npx', ['tsc', '-p', '.']],
  ['unit and CLI tests', 'npx', ['mocha']],
  ['package .vsix', 'npm', ['run', '--silent', 'package']],
  ['in-editor (auto)', 'node', ['test/vscode/harness/run-offline.mjs', '--locale', 'en']],
  ['in-editor (en)', 'node', ['test/vscode/harness/run-offline.mjs', '--locale', 'en', '--language', 'en']],
  ['in-editor (.vsix, da)', 'node', ['test/vscode/harness/run-offline.mjs', '--vsix', '--language', 'da']],
];
if (process.env.STRATEGITJEK_TEST_LATEST === '1') stages.push(['in-editor (newest code-server)', 'node', ['test/vscode/harness/latest.mjs']]);

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
for (const [name, command, args] of stages) {
  const started = Date.now();
  const { code, output } = await run(command, args);
  const counts = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  rows.push(`${name.padEnd(32)} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${code === 0 ? 'ok' : `FAILED (exit ${code})`}${counts ? `  ${counts[1]} passed, ${counts[2]} failed` : ''}`);
  if (code !== 0) {
    if (!counts) failed++;
    console.log(`\n${rows.join('\n')}\n\n${passed} passed, ${failed} failed`);
    process.exit(code ?? 1);
  }
}
console.log(`\n${rows.join('\n')}\n\n${passed} passed, ${failed} failed`);
