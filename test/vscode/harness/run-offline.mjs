// Runs the in-editor suite inside a real VS Code (code-server from npm),
// driven by Debian's Chromium through playwright-core, with nothing fetched
// from outside the npm registry. Prints the suite's output and its
// "N passed, N failed" line; exits non-zero on any failure, on a timeout
// (keeping a screenshot and the code-server log) and when no test ran.
//
//   node test/vscode/harness/run-offline.mjs [--vsix] [--locale da|en] [--language auto|da|en]
//        [--code-server 4.100.3] [--node /path/to/node] [--timeout 300]
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { codeServerBin, install } from './install.mjs';

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

const cleanups = [];

async function cleanup() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch {
      // Best effort: leave no process behind even if one step fails.
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanup().then(() => process.exit(130)));

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

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
  install(ROOT, options['code-server'], options.node);
  const suite = await buildSuite();

  // Throwaway state: nothing lands in the real home, and the fixture
  // workspace is a copy the tests may edit.
  const sandbox = mkdtempSync(join(tmpdir(), 'strategitjek-vscode-'));
  cleanups.push(() => rmSync(sandbox, { recursive: true, force: true }));
  const dirs = Object.fromEntries(['home', 'data', 'extensions', 'tmp', 'workspace', 'ui'].map((name) => [name, join(sandbox, name)]));
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'test', 'vscode', 'workspace'), dirs.workspace, { recursive: true });
  const settings = { 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off' };
  if (options.language) settings['strategitjek.language'] = options.language;
  mkdirSync(join(dirs.data, 'User'), { recursive: true });
  writeFileSync(join(dirs.data, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  writeFileSync(join(dirs.home, 'config.yaml'), 'auth: none\n');

  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    TMPDIR: dirs.tmp,
    EXTENSIONS_GALLERY: '{}',
    STRATEGITJEK_UI_DIR: dirs.ui,
  };
  const codeServer = [codeServerBin(ROOT, options['code-server'])];
  const common = ['--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions, '--config', join(dirs.home, 'config.yaml')];

  let developmentPath = ROOT;
  if (options.vsix) {
    const vsix = join(ROOT, 'strategitjek.vsix');
    if (!existsSync(vsix)) throw new Error('strategitjek.vsix is missing: run npm run package first');
    await runToEnd(options.node, [...codeServer, ...common, '--install-extension', vsix], env);
    // The tests need a development extension to start; an empty one keeps
    // the installed copy the one that is exercised.
    developmentPath = join(ROOT, 'test', 'vscode', 'noop-extension');
  }

  const port = await freePort();
  const log = createWriteStream(join(artifacts, 'code-server.log'));
  const server = spawn(
    options.node,
    [
      ...codeServer,
      ...common,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--locale', options.locale,
      dirs.workspace,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  cleanups.push(() => killGroup(server));
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  await waitForOutput(server, /HTTP server listening/, 60000);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  const output = [];
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    output.push(line);
    if (type === 'error' && !/^\s*(✔|✘|-)/.test(line)) process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  answerUiRequests(page, dirs.ui);

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  // Release builds of newer VS Code ignore the URL payload's test options;
  // setting them in the workbench configuration before it is read works on
  // old and new versions alike (older ones take the payload first).
  const developmentOptions = {
    extensions: [{ scheme: 'vscode-remote', authority: `127.0.0.1:${port}`, path: developmentPath }],
    extensionTestsPath: { scheme: 'vscode-remote', authority: `127.0.0.1:${port}`, path: suite },
  };
  await page.addInitScript((options) => {
    const patch = (element) => {
      if (element.dataset.strategitjekPatched) return;
      const settings = JSON.parse(element.getAttribute('data-settings') ?? '{}');
      settings.developmentOptions = { ...(settings.developmentOptions ?? {}), ...options };
      element.setAttribute('data-settings', JSON.stringify(settings));
      element.dataset.strategitjekPatched = 'yes';
    };
    new MutationObserver(() => {
      const element = document.getElementById('vscode-workbench-web-configuration');
      if (element) patch(element);
    }).observe(document, { childList: true, subtree: true });
  }, developmentOptions);
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(suite)],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(`in-editor tests: code-server ${options['code-server']}, locale ${options.locale}, ${options.vsix ? 'installed .vsix' : 'development folder'}`);
  await page.goto(url);

  const seconds = Number(options.timeout);
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), seconds * 1000))]);
  if (code === 'timeout') {
    await page.screenshot({ path: join(artifacts, 'timeout.png') }).catch(() => undefined);
    console.error(`in-editor tests timed out after ${seconds} s; screenshot and code-server log kept in ${artifacts}`);
    return 1;
  }
  const summary = output.map((line) => /^(\d+) passed, (\d+) failed/.exec(line)).find(Boolean);
  console.log(`in-editor run (${label}) took ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  if (!summary) {
    console.error('no test ran: the suite never reported a result');
    return 1;
  }
  if (Number(summary[1]) === 0) {
    console.error('no test ran');
    return 1;
  }
  return code === 0 && Number(summary[2]) === 0 ? 0 : 1;
}

/** Reads the real workbench when the suite asks (see test/vscode/suite/ui.test.ts). */
function answerUiRequests(page, dir) {
  const request = join(dir, 'ui-request.json');
  // Written whole and then renamed, so the suite never reads half a file.
  const respond = (answer) => {
    writeFileSync(join(dir, 'ui-response.json.partial'), JSON.stringify(answer));
    renameSync(join(dir, 'ui-response.json.partial'), join(dir, 'ui-response.json'));
  };
  let busy = false;
  const watcher = watch(dir, async () => {
    if (busy || !existsSync(request)) return;
    busy = true;
    try {
      await page.locator('.markers-panel .monaco-list-row').nth(2).waitFor({ timeout: 20000 });
      const problems = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      await hover.waitFor({ timeout: 20000 });
      const hoverText = await hover.innerText();
      const hoverLinks = await hover.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
      const screenshot = join(artifacts, 'problems-and-hover.png');
      await page.screenshot({ path: screenshot });
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.keyboard.type('Strategitjek');
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 20000 });
      const palette = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      await page.screenshot({ path: join(artifacts, 'command-palette.png') });
      await page.keyboard.press('Escape');
      respond({ problems, hover: hoverText, hoverLinks, palette, screenshot });
    } catch (error) {
      respond({ problems: [], hover: '', hoverLinks: [], palette: [], screenshot: '', error: String(error) });
    }
  });
  cleanups.push(() => watcher.close());
}

function waitForOutput(child, pattern, ms) {
  return new Promise((resolveWait, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${ms / 1000} s`)), ms);
    const onData = (chunk) => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        resolveWait();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited early (${code})`)));
  });
}

function runToEnd(command, args, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

function killGroup(child) {
  return new Promise((resolveKill) => {
    if (child.exitCode !== null) return resolveKill();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolveKill();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveKill();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolveKill();
    }
  });
}

main()
  .then(async (code) => {

    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(`in-editor tests could not run: ${error.message}`);
    await cleanup();
    process.exit(1);
  });

