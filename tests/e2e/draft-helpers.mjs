// Helpers of the draft tests (drafts.test.mjs, io.test.mjs, import.test.mjs): stored entries,
// downloads, the draft list. The form's own helpers are in the page object, form-page.mjs.
export { cell, fresh, typeCell, waitCell, cellValue, waitSaved } from './form-page.mjs';
import { openApp } from './helpers.mjs';

export const NS = 'disclosure-report/v1';

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

/** The app in a new page of `browser`, with `init` run before any of the page's own scripts. */
export function openAppWith(browser, url, init) {
  const context = {
    newPage: async () => {
      const page = await browser.newPage();
      await page.addInitScript(init);
      return page;
    },
  };
  return openApp(context, url);
}

/** A second tab that can be made deaf to other tabs' writes (as a frozen background tab is, or
 * when the `storage` event is lost): after `window.__deaf = true` only its own save finds out. */
export function openDeafTab(browser, url) {
  return openAppWith(browser, url, () => {
    window.__deaf = false;
    window.addEventListener('storage', (e) => {
      if (window.__deaf) e.stopImmediatePropagation();
    }, true);
  });
}
