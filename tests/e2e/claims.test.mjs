// The figures the text checks read (issue 19), marked in place in the narrative's text and listed
// under it: a right and a wrong figure are both marked with the cell they were compared with,
// only the wrong one warns (one T3-6 finding, a warning mark); a figure no claim shape places is
// marked dotted and listed as "未核对" information. The layer of marks lays the text out as the
// text area does, also when the text wraps and scrolls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './helpers.mjs';
import { cell, fresh, waitCell, narrative, typeNarrative, claimList, claimMarks } from './form-page.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });
const PART = 'overview_on_request';

/** Where the layer and the text area lay out their text: sizes that differ if the wrapping does. */
async function layout(page) {
  return page.$eval(narrative(PART), (area) => {
    const layer = document.querySelector(`[data-marks="${area.dataset.place.split('.')[1]}"]`);
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    return {
      area: box(area),
      layer: box(layer),
      widths: [area.clientWidth, layer.clientWidth],
      heights: [area.scrollHeight, layer.scrollHeight],
      tops: [area.scrollTop, layer.scrollTop],
    };
  });
}

test('a narrative with one right and one wrong figure: both marked in place, only the wrong one warns', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.fill(cell('table3.new.natural'), '3');
  await page.fill(cell('table3.granted.natural'), '3');
  await waitCell(page, 'table3.total.total', '3');
  await typeNarrative(page, PART, '本年度收到政府信息公开申请3件，办结5件，办理排水许可证5条。');
  await page.waitForFunction((sel) => document.querySelectorAll(`${sel} li`).length === 3, `[data-claims="${PART}"]`);
  const list = await claimList(page, PART);
  assert.equal(list[0].status, 'match');
  assert.match(list[0].text, /3件 ↔ 表三 一、本年新收政府信息公开申请数量 \/ 总计 = 3（一致）/);
  assert.equal(list[1].status, 'mismatch');
  assert.match(list[1].text, /5件 ↔ 表三 （七）总计 \/ 总计 = 3（不一致）/);
  assert.equal(list[2].status, 'unread');
  assert.match(list[2].text, /5条 未核对/);
  // The same figures marked in the text itself; only the wrong one with the warning style.
  const marks = await claimMarks(page, PART);
  assert.deepEqual(marks, [
    { status: 'match', text: '3件', warns: false },
    { status: 'mismatch', text: '5件', warns: true },
    { status: 'unread', text: '5条', warns: false },
  ]);
  // The layer is the text as typed (the marks cut it, nothing added but a trailing space).
  const layerText = await page.textContent(`[data-marks="${PART}"]`);
  assert.equal(layerText, await page.inputValue(narrative(PART)));
  assert.equal(await page.getAttribute(`[data-marks="${PART}"]`, 'aria-hidden'), 'true');
  // Only the wrong figure warns: one T3-6, about 办结.
  await page.waitForFunction(() => document.querySelectorAll('.diag[data-code="T3-6"]').length === 1);
  const t36 = await page.$$eval('.diag[data-code="T3-6"]', (ds) => ds.map((d) => d.textContent));
  assert.equal(t36.length, 1);
  assert.match(t36[0], /办结5件/);
  // The unread figure is information in the panel, not a finding.
  const info = await page.textContent('.diag-group.unchecked');
  assert.match(info, /“5条”未核对/);
  assert.equal(await page.$$eval('.diag-group.unchecked .diag[data-code]', (d) => d.length), 0);
  // The layer covers the text area exactly and wraps as it does.
  const l = await layout(page);
  assert.deepEqual(l.layer, l.area);
  assert.equal(l.widths[0], l.widths[1]);
  assert.equal(l.heights[0], l.heights[1]);
  await page.$eval(narrative(PART), (el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: '/tmp/i19-claims.png', fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('marks stay on their figures when the text wraps and scrolls', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.fill(cell('table3.new.natural'), '3');
  await waitCell(page, 'table3.new.total', '3');
  // Long enough to wrap over many lines and scroll (the text area grows to 24em, then scrolls).
  const filler = '我局严格按照《中华人民共和国政府信息公开条例》规定，规范办理依申请公开工作，做到依法依规、及时准确。'.repeat(20);
  await typeNarrative(page, PART, `${filler}\n本年度收到政府信息公开申请3件。\n${filler}\n全年共收到申请7件。`);
  await page.waitForFunction((sel) => document.querySelectorAll(`${sel} mark`).length === 2, `[data-marks="${PART}"]`);
  const marks = await claimMarks(page, PART);
  assert.deepEqual(marks.map((m) => [m.text, m.status]), [['3件', 'match'], ['7件', 'mismatch']]);
  // The text area scrolls; the layer wraps the same (same content height) and follows it.
  await page.$eval(narrative(PART), (el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction((part) => {
    const area = document.querySelector(`[data-place="narrative.${part}"]`);
    const layer = document.querySelector(`[data-marks="${part}"]`);
    return area.scrollTop > 0 && layer.scrollTop === area.scrollTop;
  }, PART);
  const l = await layout(page);
  assert.ok(l.heights[0] > l.area.h, `the text area scrolls: ${JSON.stringify(l)}`);
  assert.equal(l.heights[0], l.heights[1]);
  assert.equal(l.widths[0], l.widths[1]);
  // The last figure is shown inside the text area's box after scrolling to the end.
  const last = await page.$eval(`[data-marks="${PART}"] mark:last-of-type`, (m) => {
    const r = m.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  assert.ok(last.top >= l.area.y && last.bottom <= l.area.y + l.area.h, JSON.stringify({ last, l }));
  await page.$eval(narrative(PART), (el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: '/tmp/i19-claims-scrolled.png', fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});
