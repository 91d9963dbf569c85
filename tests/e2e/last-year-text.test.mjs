// 从上年报告新建 shows last year's text beside each empty narrative part (issue 21): a 2020
// report (the 2019 format) becomes the 2021 one (the 2021 format); each part last year wrote
// shows that text, 采用上年文本 copies it into the part in one undo step, Ctrl+Z empties it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './helpers.mjs';
import { fresh, narrative, typeNarrative, waitSaved } from './form-page.mjs';
import { storedDrafts } from './draft-helpers.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

const INTRO = '根据《中华人民共和国政府信息公开条例》，现公布本局2020年度政府信息公开工作年度报告。';
const PROACTIVE = ['2020年主动公开政府信息120条。', '全年更新政策解读15篇。'];

const panel = (part) => `[data-last-year="${part}"]`;
const valueOf = (page, part) => page.$eval(narrative(part), (t) => t.value);

test("a draft made from last year's report shows last year's text beside each empty part; 采用 fills it, Ctrl+Z empties it", async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  // Last year's report: 2020, so the 2019 format.
  await page.click('[data-place="meta.year"]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2020');
  await page.waitForFunction(() => document.querySelector('[data-testid="format-name"]').textContent.includes('2019年版'));
  await page.fill('[data-place="meta.agency"]', '郑县商务局');
  await typeNarrative(page, 'intro', INTRO);
  await typeNarrative(page, 'overview_proactive', PROACTIVE.join('\n'));
  await page.keyboard.press('Tab');
  await waitSaved(page);
  // A draft without last year's report shows no panel.
  assert.equal(await page.locator('.last-year').count(), 0);
  const lastYearId = (await storedDrafts(page)).find((d) => d.report.meta.year === 2020).id;

  await page.click('[data-testid="draft-from-last-year"]');
  await page.selectOption('[data-testid="from-last-year-draft"]', lastYearId);
  await page.locator('[data-testid="from-last-year-preview"]').waitFor();
  await page.click('[data-testid="from-last-year-create"]');
  await page.waitForSelector('[data-testid="from-last-year"]', { state: 'detached' });
  await page.waitForFunction(() => document.querySelector('[data-testid="format-name"]').textContent.includes('2021年版'));

  // The two parts last year wrote, and only those, show its text; the new parts are empty.
  await page.waitForSelector(panel('overview_proactive'));
  assert.deepEqual(
    await page.$$eval('.last-year', (ds) => ds.map((d) => d.dataset.lastYear)),
    ['intro', 'overview_proactive'],
  );
  assert.equal(await valueOf(page, 'overview_proactive'), '');
  assert.equal(await valueOf(page, 'intro'), '');
  // One paragraph a line.
  assert.deepEqual(
    (await page.$eval(`${panel('overview_proactive')} .last-year-text`, (d) => d.innerText)).split('\n'),
    PROACTIVE,
  );
  assert.equal(await page.textContent(`${panel('intro')} .last-year-text`), INTRO);
  // Readable beside the field on a wide screen: to its right, not over it.
  const field = await page.locator(narrative('overview_proactive')).boundingBox();
  const box = await page.locator(panel('overview_proactive')).boundingBox();
  assert.ok(box.x >= field.x + field.width, `panel at x=${box.x}, field ends at ${field.x + field.width}`);
  await page.locator(panel('overview_proactive')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: process.env.LAST_YEAR_SCREENSHOT || 'docs/screenshots/last-year-text.png' });

  // Collapsible: its summary closes and opens it.
  await page.click(`${panel('intro')} summary`);
  assert.equal(await page.$eval(panel('intro'), (d) => d.open), false);
  await page.click(`${panel('intro')} summary`);
  assert.equal(await page.$eval(panel('intro'), (d) => d.open), true);

  // 采用上年文本 copies it into the part; the panel goes (the part has text of its own).
  await page.getByRole('button', { name: '采用上年文本（一、总体情况 （一）主动公开）' }).click();
  await page.waitForFunction((sel) => document.querySelector(sel)?.value !== '', narrative('overview_proactive'));
  assert.equal(await valueOf(page, 'overview_proactive'), PROACTIVE.join('\n'));
  await page.waitForSelector(panel('overview_proactive'), { state: 'detached' });
  assert.equal(await page.locator(panel('intro')).count(), 1);
  // One undo step: Ctrl+Z empties the part and the panel is back.
  await page.keyboard.press('Control+z');
  await page.waitForFunction((sel) => document.querySelector(sel)?.value === '', narrative('overview_proactive'));
  await page.waitForSelector(panel('overview_proactive'));
  assert.deepEqual(errors, []);
  await page.close();
});
