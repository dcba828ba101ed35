// The browser side of a run: Debian's Chromium (or CHROMIUM_PATH) through
// playwright-core, the workbench opened with the extension under
// development and the test suite, and the suite's output and exit code as
// the workbench reports them.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The browser, with the page's console warnings and errors kept in `artifacts`/browser-console.log. */
export async function openBrowser(artifacts, cleanups) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.add(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') appendFileSync(join(artifacts, 'browser-console.log'), `${message.type()}: ${message.text()}\n`);
  });
  return page;
}

/** The suite's console lines (printed as they come) and a promise of its exit code. */
export async function collectOutput(page) {
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
  return { output, exited };
}

/** Opens the workspace folder with the extension under development and the suite as its tests. */
export async function openWorkbench(page, { port, workspace, developmentPath, suite }) {
  const authority = `127.0.0.1:${port}`;
  // Release builds of newer VS Code ignore the URL payload's test options;
  // setting them in the workbench configuration before it is read works on
  // old and new versions alike (older ones take the payload first).
  const developmentOptions = {
    extensions: [{ scheme: 'vscode-remote', authority, path: developmentPath }],
    extensionTestsPath: { scheme: 'vscode-remote', authority, path: suite },
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
  const remote = (path) => `vscode-remote://${authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(suite)],
  ];
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
}
