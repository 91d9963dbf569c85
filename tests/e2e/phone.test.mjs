// The form on a phone (390×844, issue 21): one column, nothing wider than the screen (tables
// scroll in their own box), table 三's row labels readable, and the 检查结果 reachable from a
// badge fixed at the bottom corner, by pointer and by keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedApp, ROOT } from './helpers.mjs';
import { fresh, loadSample } from './form-page.mjs';

const app = servedApp({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

/** How far the page scrolls sideways, and the elements that stick out of the screen. */
function overflow(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      // Inside a box that scrolls sideways on its own (the tables): not the page's width.
      if (el.closest('.table-wrap, .section-nav ul')) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > vw + 1 || r.left < -1) && getComputedStyle(el).position !== 'fixed') {
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
    }
    return { scroll: document.documentElement.scrollWidth - vw, out: out.slice(0, 8) };
  });
}

test('phone 390 px: one column, no sideways scroll of the page, readable table labels', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  for (const when of ['empty', 'sample']) {
    if (when === 'sample') await loadSample(page);
    const o = await overflow(page);
    assert.equal(o.scroll, 0, `${when}: page ${o.scroll} px wider than the screen: ${o.out.join('; ')}`);
    assert.deepEqual(o.out, [], when);
  }
  const facts = await page.evaluate(() => {
    const main = document.getElementById('app-main').getBoundingClientRect();
    const label = [...document.querySelectorAll('[data-table="table3"] th.label')].find((th) =>
      th.textContent.includes('部分公开'),
    );
    const wrap = document.querySelector('[data-table="table3"]').closest('.table-wrap');
    const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
    return {
      mainWidth: main.width,
      labelWidth: label.getBoundingClientRect().width,
      labelLines: Math.round(label.getBoundingClientRect().height / lineHeight),
      tableScrolls: wrap.scrollWidth > wrap.clientWidth,
      wrapWidth: wrap.getBoundingClientRect().width,
    };
  });
  // The form takes the whole width (no panel beside it).
  assert.ok(facts.mainWidth > 360, `main ${facts.mainWidth}`);
  // Table 三 scrolls in its box; its labels keep a readable width (not one character a line).
  assert.ok(facts.tableScrolls);
  assert.ok(facts.wrapWidth <= 390);
  assert.ok(facts.labelWidth >= 150, `label ${facts.labelWidth} px wide`);
  assert.ok(facts.labelLines <= 3, `label on ${facts.labelLines} lines`);
  // The panel is not in the page's flow: the badge opens it.
  assert.equal(await page.locator('.diag-panel').isVisible(), false);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/phone-390.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('phone 390 px: the fixed badge opens the checks, by touch and by keyboard, and gives the focus back', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const badge = page.locator('#checks-badge');
  // Fixed at the bottom corner, on screen wherever the page is scrolled.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  const box = await badge.boundingBox();
  assert.ok(box && box.y + box.height <= 844 && box.x + box.width <= 390, JSON.stringify(box));
  assert.match(await badge.getAttribute('aria-label'), /^检查结果：\d+ 个错误 · \d+ 个提醒/);
  assert.equal(await badge.getAttribute('aria-expanded'), 'false');

  await badge.tap();
  await page.waitForSelector('.diag-panel.open');
  assert.equal(await badge.getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => document.activeElement?.id === 'diag-title');
  const panel = await page.locator('.diag-panel').boundingBox();
  assert.ok(panel.x >= 0 && panel.x + panel.width <= 391 && panel.y + panel.height <= 845, JSON.stringify(panel));
  // A finding chosen: the panel gives way to its place.
  const first = page.locator('.diag-panel .diag-item').first();
  await first.click();
  await page.waitForSelector('.diag-panel:not(.open)', { state: 'attached' });

  // Keyboard: Enter on the badge opens, Escape closes and the focus is back on the badge.
  await badge.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.diag-panel.open');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.diag-panel:not(.open)', { state: 'attached' });
  await page.waitForFunction(() => document.activeElement?.id === 'checks-badge');
  // Enter then Escape at once, before the focus has moved into the panel: closed all the same.
  await page.evaluate(() => {
    const badge = document.getElementById('checks-badge');
    badge.click();
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  await page.waitForSelector('.diag-panel:not(.open)', { state: 'attached' });
  await page.waitForFunction(() => document.activeElement?.id === 'checks-badge');
  // 关闭 closes it too.
  await page.keyboard.press('Enter');
  await page.waitForSelector('.diag-panel.open');
  await page.click('.diag-close');
  await page.waitForSelector('.diag-panel:not(.open)', { state: 'attached' });
  assert.deepEqual(errors, []);
  await page.close();
});
