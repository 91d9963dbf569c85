// Helpers shared by drafts.test.mjs, io.test.mjs and import.test.mjs.
import { READY_SELECTOR, openApp } from './helpers.mjs';

export const NS = 'disclosure-report/v1';
export const cell = (address) => `[data-cell="${address}"]`;

/** A page with empty storage and a fresh draft. */
export async function fresh(context, url) {
  const { page, errors } = await openApp(context, url);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await page.waitForSelector(cell('table3.new.natural'));
  return { page, errors };
}

/** Types into an input cell (replacing its content) and leaves it. */
export async function typeCell(page, address, text) {
  await page.click(cell(address));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Waits until a cell shows `expected`. */
export async function waitCell(page, address, expected, timeout = 5000) {
  await page.waitForFunction(
    ([sel, want]) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      return (el.tagName === 'INPUT' ? el.value : el.textContent) === want;
    },
    [cell(address), expected],
    { timeout },
  );
}

/** The value a cell shows. */
export async function cellValue(page, address) {
  return page.$eval(cell(address), (el) => (el.tagName === 'INPUT' ? el.value : el.textContent));
}

/** Waits for the save indicator to say "已保存 HH:MM:SS". */
export async function waitSaved(page, timeout = 5000) {
  await page.waitForFunction(
    () => /^已保存 \d\d:\d\d:\d\d$/.test(document.querySelector('[data-testid="save-state"]')?.textContent?.trim() ?? ''),
    null,
    { timeout },
  );
}

/** Every stored draft entry (parsed), in key order. */
export async function storedDrafts(page) {
  return page.evaluate((ns) => {
    const prefix = `${ns}/draft/`;
    return Object.keys(localStorage)
      .filter((k) => k.startsWith(prefix))
      .sort()
      .map((k) => JSON.parse(localStorage.getItem(k)));
  }, NS);
}

/** The content of a download triggered by `click()`. */
export async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Opens the draft list and clicks the draft whose title contains `title`. */
export async function openDraft(page, title) {
  await page.click('[data-testid="draft-menu"]');
  await page.locator('[data-testid="draft-list"] .draft-open', { hasText: title }).first().click();
}
