// Reads the rendered workbench when the suite asks (test/vscode/suite/ui.test.ts
// writes ui-request.json; the answer is ui-response.json, written whole).
import { existsSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
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
  paletteRows: '.quick-input-list .monaco-list-row',
};

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
      await waitForProblemRows(page, asked.problemRows ?? 1);
      const problems = await page.locator(SELECTORS.problemRows).allInnerTexts();
      const hover = page.locator(SELECTORS.hover).first();
      await hover.waitFor({ timeout: 20000 });
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
    }
  });
  cleanups.add(() => watcher.close());
}
