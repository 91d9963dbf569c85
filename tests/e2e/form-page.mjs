// The page object of the report form: how a test reaches a cell, types into it, reads it,
// waits for it, reads the 检查结果 counts, loads the sample and waits for the autosave. Every
// e2e file uses these rather than its own copy, so a change of the form's markup is made once.
import { READY_SELECTOR, openApp } from './helpers.mjs';

/** The selector of the cell at an address (an input, or the output of a total). */
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

/** The 检查结果 counts line, e.g. "2 个错误 · 0 个提醒". */
export async function counts(page) {
  return (await page.textContent('[data-counts]')).trim();
}

/** Loads the sample report (郑县商务局) and waits until it is saved as the draft. */
export async function loadSample(page) {
  await page.click('button.sample');
  await page.waitForFunction(() => document.querySelector('[data-testid="draft-title"]')?.textContent.includes('郑县商务局'));
  await waitSaved(page);
}

/**
 * Converts the half-width punctuation of every narrative part with its S-8 button (the sample's
 * real text has "," between Chinese words), so a test about other findings starts from them only.
 */
export async function fullWidthPunctuation(page) {
  for (;;) {
    const button = page.locator('button.punct-fix').first();
    if ((await button.count()) === 0) return;
    const part = await button.getAttribute('data-punct-fix');
    await button.click();
    await page.waitForFunction((p) => !document.querySelector(`[data-punct-fix="${p}"]`), part);
  }
}

/** The selector of a narrative part's text area, e.g. narrative('overview_on_request'). */
export const narrative = (part) => `[data-place="narrative.${part}"]`;

/** Types text at the end of a narrative part (as an input method commits it). */
export async function typeNarrative(page, part, text) {
  await page.click(narrative(part));
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

/** The list of figures read under a part: [{ status, text }] of its lines. */
export async function claimList(page, part) {
  return page.$$eval(`[data-claims="${part}"] li`, (lis) =>
    lis.map((li) => ({ status: li.dataset.status, text: li.textContent })));
}

/** The marks in place (the layer behind the part's text area): [{ status, text, warns }]. */
export async function claimMarks(page, part) {
  return page.$$eval(`[data-marks="${part}"] mark`, (ms) =>
    ms.map((m) => ({ status: m.dataset.status, text: m.textContent, warns: m.classList.contains('mismatch') })));
}
