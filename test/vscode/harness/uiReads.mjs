// Reads the rendered workbench when the suite asks (test/vscode/suite/ui.test.ts
// writes ui-request.json; the answer is ui-response.json, written whole).
import { existsSync, readFileSync, renameSync, unlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The workbench's CSS selectors, in one place: they are Monaco's internals,
 * not an API. Checked against the code-server versions in `checkedWith`
 * (4.100.3 is the default; 4.139.1 was the newest, `npm run test:vscode:latest`).
 */
const SELECTORS = {
  checkedWith: ['code-server 4.100.3', 'code-server 4.139.1'],
  problemRows: '.markers-panel .monaco-list-row',
  problemList: '.markers-panel .monaco-list .monaco-scrollable-element',
  hover: '.monaco-hover:not(.hidden)',
  // The part VS Code adds to a hover while a provider has not answered (its English text: no language pack is installed).
  hoverLoading: 'Loading...',
  paletteRows: '.quick-input-list .monaco-list-row',
  // A webview panel: the workbench's iframe, and the frame inside it that holds the page.
  webviewOuter: 'iframe.webview.ready',
  webviewInner: 'iframe#active-frame',
};

/**
 * The editor's hover once every provider has answered. VS Code shows the widget
 * as soon as it has a part to show, and when an extension's answer takes longer
 * than three hover delays (a busy extension host on a loaded machine) it shows a
 * "Loading..." part in its place until the answer comes. Reading the widget as
 * soon as it is visible could then read the placeholder instead of our hover, so
 * this waits until the placeholder is gone; the time limit only turns a hang
 * into an error.
 */
async function answeredHover(page) {
  await page.waitForFunction(
    ({ selectors }) => {
      const hover = document.querySelector(selectors.hover);
      return !!hover && hover.getClientRects().length > 0 && !hover.innerText.includes(selectors.hoverLoading);
    },
    { selectors: SELECTORS },
    { timeout: 20000 },
  );
  return page.locator(SELECTORS.hover).first();
}

/**
 * A `shot` request: a screenshot named `shot`, after waiting for what the
 * suite wants seen (the hover widget, or a table in the webview), whose text
 * comes back as `seen`.
 */
async function takeShot(page, asked, artifacts) {
  let seen = '';
  let error;
  try {
    if (asked.hover) {
      const hover = await answeredHover(page);
      seen = await hover.innerText();
    }
    if (asked.webviewTable) {
      const table = page.frameLocator(SELECTORS.webviewOuter).last().frameLocator(SELECTORS.webviewInner).locator('table').first();
      await table.waitFor({ timeout: 20000 });
      seen = await table.innerText();
    }
  } catch (caught) {
    error = String(caught);
  }
  const screenshot = join(artifacts, `${asked.shot}.png`);
  await page.screenshot({ path: screenshot });
  if (asked.hover) await page.keyboard.press('Escape');
  return { problems: [], hover: '', hoverLinks: [], palette: [], screenshot, seen, error };
}

/** Waits until the Problems panel shows `rows` rows (a file row and its findings), or as many as fit. */
async function waitForProblemRows(page, rows) {
  await page.waitForFunction(
    ({ selectors, rows }) => {
      const shown = document.querySelectorAll(selectors.problemRows).length;
      const list = document.querySelector(selectors.problemList);
      const full = list && shown > 0 && list.scrollHeight > list.clientHeight;
      return shown >= rows || full;
    },
    { selectors: SELECTORS, rows },
    { timeout: 20000 },
  );
}

export function answerUiRequests(page, dir, artifacts, cleanups) {
  const request = join(dir, 'ui-request.json');
  const respond = (answer) => {
    writeFileSync(join(dir, 'ui-response.json.partial'), JSON.stringify(answer));
    renameSync(join(dir, 'ui-response.json.partial'), join(dir, 'ui-response.json'));
  };
  let busy = false;
  const watcher = watch(dir, async () => {
    if (busy || !existsSync(request)) return;
    busy = true;
    try {
      const asked = JSON.parse(readFileSync(request, 'utf8'));
      // Taken, so the next request is a new file.
      unlinkSync(request);
      if (asked.shot) {
        respond(await takeShot(page, asked, artifacts));
        return;
      }
      await waitForProblemRows(page, asked.problemRows ?? 1);
      const problems = await page.locator(SELECTORS.problemRows).allInnerTexts();
      const hover = await answeredHover(page);
      const hoverText = await hover.innerText();
      const hoverLinks = await hover.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
      const screenshot = join(artifacts, 'problems-and-hover.png');
      await page.screenshot({ path: screenshot });
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.keyboard.type('Strategitjek');
      await page.locator(SELECTORS.paletteRows).first().waitFor({ timeout: 20000 });
      const palette = await page.locator(SELECTORS.paletteRows).allInnerTexts();
      await page.screenshot({ path: join(artifacts, 'command-palette.png') });
      await page.keyboard.press('Escape');
      respond({ problems, hover: hoverText, hoverLinks, palette, screenshot });
    } catch (error) {
      respond({ problems: [], hover: '', hoverLinks: [], palette: [], screenshot: '', error: String(error) });
    } finally {
      busy = false;
    }
  });
  cleanups.add(() => watcher.close());
}
