// Runs the in-editor suite inside a real VS Code (code-server from npm),
// driven by Debian's Chromium (CHROMIUM_PATH to use another) through
// playwright-core, with nothing fetched from outside the npm registry. Prints
// the suite's output and its "N passed, N failed" line; exits non-zero on
// any failure, on a timeout (keeping a screenshot and the code-server log)
// and when no test ran. The parts: sandbox.mjs (throwaway state),
// codeServer.mjs (the server), workbench.mjs (the browser and the suite's
// output), uiReads.mjs (reading the rendered workbench for the suite).
//
//   node test/vscode/harness/run-offline.mjs [--vsix] [--locale da|en] [--language auto|da|en]
//        [--code-server 4.100.3] [--node /path/to/node] [--timeout 300]
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { installExtension, startCodeServer } from './codeServer.mjs';
import { install } from './install.mjs';
import { createCleanups, freePort, makeSandbox } from './sandbox.mjs';
import { answerUiRequests } from './uiReads.mjs';
import { collectOutput, openBrowser, openWorkbench } from './workbench.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const { values: options } = parseArgs({
  options: {
    vsix: { type: 'boolean', default: false },
    locale: { type: 'string', default: 'en' },
    // The strategitjek.language setting; unset means "auto" (the document's sprog:, else Danish).
    language: { type: 'string' },
    'code-server': { type: 'string', default: '4.100.3' },
    node: { type: 'string', default: process.execPath },
    timeout: { type: 'string', default: '300' },
  },
});
const label = `${options['code-server']}-${options.locale}${options.language ? `-${options.language}` : ''}${options.vsix ? '-vsix' : ''}`;
const artifacts = join(ROOT, '.vscode-test', 'artifacts', label);
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const cleanups = createCleanups();

async function buildSuite() {
  const outfile = join(ROOT, 'out', 'vscode-suite', 'index.cjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'test', 'vscode', 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

async function main() {
  const started = Date.now();
  const version = options['code-server'];
  install(ROOT, version, options.node);
  const suite = await buildSuite();
  const { dirs, env } = makeSandbox(ROOT, options, cleanups);
  const server = { root: ROOT, version, node: options.node, dirs, env };

  let developmentPath = ROOT;
  if (options.vsix) {
    const vsix = join(ROOT, 'strategitjek.vsix');
    if (!existsSync(vsix)) throw new Error('strategitjek.vsix is missing: run npm run package first');
    await installExtension(server, vsix);
    // The tests need a development extension to start; an empty one keeps
    // the installed copy the one that is exercised.
    developmentPath = join(ROOT, 'test', 'vscode', 'noop-extension');
  }
  const port = await freePort();
  await startCodeServer(server, { port, locale: options.locale, logFile: join(artifacts, 'code-server.log') }, cleanups);

  const page = await openBrowser(artifacts, cleanups);
  const { output, exited } = await collectOutput(page);
  answerUiRequests(page, dirs.ui, artifacts, cleanups);
  console.log(`in-editor tests: code-server ${version}, locale ${options.locale}, ${options.vsix ? 'installed .vsix' : 'development folder'}`);
  await openWorkbench(page, { port, workspace: dirs.workspace, developmentPath, suite });

  const seconds = Number(options.timeout);
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), seconds * 1000))]);
  if (code === 'timeout') {
    await page.screenshot({ path: join(artifacts, 'timeout.png') }).catch(() => undefined);
    console.error(`in-editor tests timed out after ${seconds} s; screenshot and code-server log kept in ${artifacts}`);
    return 1;
  }
  const summary = output.map((line) => /^(\d+) passed, (\d+) failed/.exec(line)).find(Boolean);
  console.log(`in-editor run (${label}) took ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  if (!summary || Number(summary[1]) === 0) {
    console.error('no test ran: the suite never reported a result');
    return 1;
  }
  return code === 0 && Number(summary[2]) === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await cleanups.run();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(`in-editor tests could not run: ${error.message}`);
    await cleanups.run();
    process.exit(1);
  });
