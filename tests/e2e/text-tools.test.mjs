// End-to-end tests of the narrative's own tools (issue 21): the one-click conversion of
// half-width punctuation (rule S-8) and the 引言 (the paragraph before 一、), through the form,
// the print preview, the CSV and JSON exports and the import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './helpers.mjs';
import { fresh, downloadText, waitSaved } from './draft-helpers.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

const PROBLEMS = 'narrative.problems';
const area = (place) => `textarea[data-place="${place}"]`;

test('S-8: half-width punctuation between Chinese words is named and converted in one click', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const typed =
    '一是人员不足,二是培训不够;网址:http://www.gov.cn/a,b。按照国办发〔2021〕30号,金额1,234万元，时间10:30';
  await page.fill(area(PROBLEMS), typed);
  const button = page.locator('[data-punct-fix="problems"]');
  await button.waitFor();
  assert.equal((await button.textContent()).trim(), '转换为全角标点（4 处）');
  const finding = page.locator('li.diag[data-code="S-8"]');
  await finding.waitFor();
  assert.match(await finding.textContent(), /五、存在的主要问题及改进情况：4 处半角标点（“,”“:”“;”）/);

  await button.click();
  // Only the marks between Chinese words: the URL, the 文号, the number and the time stay.
  await page.waitForFunction(
    (sel) =>
      document.querySelector(sel).value ===
      '一是人员不足，二是培训不够；网址：http://www.gov.cn/a,b。按照国办发〔2021〕30号，金额1,234万元，时间10:30',
    area(PROBLEMS),
  );
  await page.waitForFunction(() => !document.querySelector('[data-punct-fix="problems"]'));
  await page.waitForFunction(() => !document.querySelector('li.diag[data-code="S-8"]'));
  assert.match(await page.textContent('.status-line'), /已将 4 处半角标点改为全角/);
  // One undo step gives the text back as typed.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction(([sel, want]) => document.querySelector(sel).value === want, [area(PROBLEMS), typed]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the 引言 is a field of its own: printed before 一, exported (JSON, CSV, HTML) and imported back', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const intro = '本报告根据《中华人民共和国政府信息公开条例》编制，内容包括总体情况等六个部分。';
  await page.fill('[data-place="meta.agency"]', '某县统计局');
  await page.fill(area('narrative.intro'), intro);
  await page.fill(area('narrative.overview'), '本年度我局认真落实条例。');
  await waitSaved(page);

  // JSON: its own key.
  const json = await downloadText(page, () => page.click('[data-testid="export-json"]'));
  const exported = JSON.parse(json.text);
  assert.equal(exported.narrative.intro, intro);
  assert.equal(exported.narrative.overview, '本年度我局认真落实条例。');
  // CSV: under the title.
  const csv = await downloadText(page, () => page.click('[data-testid="export-csv"]'));
  const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
  assert.equal(lines[1], `引言,${intro}`);
  // Print preview and the exported page: after the title, before 一、总体情况.
  await page.click('[data-testid="print-preview"]');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="print-preview-frame"]')?.contentDocument?.querySelector('article.gov-report'),
  );
  const order = await page.$eval('[data-testid="print-preview-frame"]', (f) => {
    const doc = f.contentDocument;
    const p = doc.querySelector('p[data-part="intro"]');
    const h1 = doc.querySelector('h1');
    const first = doc.querySelector('section[data-section="overview"]');
    return {
      text: p?.textContent,
      afterTitle: !!(h1.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING),
      beforeOne: !!(p.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
  assert.deepEqual(order, { text: intro, afterTitle: true, beforeOne: true });
  await page.click('[data-testid="preview-close"]');
  const html = await downloadText(page, () => page.click('[data-testid="export-html"]'));
  assert.ok(html.text.includes(`<p data-part="intro">${intro}</p>`));

  // JSON back in, as a new draft: the 引言 comes back.
  await page.click('[data-testid="draft-new"]');
  await page.waitForFunction((sel) => document.querySelector(sel)?.value === '', area('narrative.intro'));
  await page.setInputFiles('[data-testid="import-file"]', {
    name: json.name,
    mimeType: 'application/json',
    buffer: Buffer.from(json.text),
  });
  await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.value === want, [area('narrative.intro'), intro]);

  // A published report pasted as text: the paragraph between its title and 一、 is the 引言.
  await page.click('[data-testid="draft-new"]');
  await page.waitForFunction((sel) => document.querySelector(sel)?.value === '', area('narrative.intro'));
  await page.click('[data-testid="paste-open"]');
  await page.fill(
    '[data-testid="paste-text"]',
    [
      '某县统计局2022年政府信息公开工作年度报告',
      intro,
      '一、总体情况',
      '本年度我局认真落实条例。',
      '五、存在的主要问题及改进情况',
      '人员不足。',
      '六、其他需要报告的事项',
      '本机关未收取信息处理费。',
    ].join('\n'),
  );
  await page.click('[data-testid="paste-import"]');
  await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.value === want, [area('narrative.intro'), intro]);
  assert.equal(await page.inputValue(area('narrative.overview')), '本年度我局认真落实条例。');
  assert.deepEqual(errors, []);
  await page.close();
});
