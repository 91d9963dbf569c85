// Issue 23: helping the filer get it right the first time. The 生成 buttons write the standard
// sentences from tables 三 and 四 and the text checks stay silent; a finding offers quick fixes
// (按表格重写此句, 改为表中的 0), each one undo step; each finding links to its rule on the
// static 规则说明 page (dist/rules/), which is not part of the first load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedApp, ROOT } from './helpers.mjs';
import { cell, fresh, waitCell, narrative, loadSample, claimList, fullWidthPunctuation } from './form-page.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });
const PART = 'overview_on_request';
const SHOTS = path.join(ROOT, 'docs', 'screenshots');

const textChecks = (page) =>
  page.$$eval('.diag[data-code="T3-6"], .diag[data-code="T4-3"]', (ds) => ds.map((d) => d.textContent));

async function fill(page, cells) {
  for (const [address, v] of Object.entries(cells)) {
    await page.fill(cell(address), String(v));
  }
}

test('生成 writes the sentences of tables 三 and 四; a changed cell offers 按表格重写此句', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await fill(page, {
    'table3.new.natural': 3,
    'table3.carry.natural': 1,
    'table3.granted.natural': 2,
    'table3.unavailable_1.natural': 1,
    // A group is stated only when none of its rows is blank (blank is not 0).
    'table3.unavailable_2.natural': 0,
    'table3.unavailable_3.natural': 0,
    'table3.forward.natural': 1,
    'table4.review.upheld': 1,
    'table4.review.corrected': 1,
    'table4.review.other': 0,
    'table4.review.pending': 0,
  });
  for (const g of ['litigation_direct', 'litigation_after_review']) {
    for (const c of ['upheld', 'corrected', 'other', 'pending']) await page.fill(cell(`table4.${g}.${c}`), '0');
  }
  await waitCell(page, 'table4.review.total', '2');
  await page.fill(narrative(PART), '我局认真做好依申请公开工作。');
  await page.click(`[data-topic="requests"]`);
  await page.click(`[data-topic="appeals"]`);
  const want =
    '我局认真做好依申请公开工作。本年度共新收政府信息公开申请3件，上年结转1件；办结3件，其中予以公开2件、无法提供1件，结转下年度继续办理1件。' +
    '本年度发生政府信息公开行政复议2件，结果维持1件、纠正1件；未发生行政诉讼。';
  await page
    .waitForFunction(([sel, w]) => document.querySelector(sel).value === w, [narrative(PART), want], { timeout: 5000 })
    .catch(async () => assert.equal(await page.inputValue(narrative(PART)), want));
  // Every figure written is read and agrees; no text finding.
  const claims = await claimList(page, PART);
  assert.ok(claims.length >= 8, JSON.stringify(claims));
  assert.ok(claims.every((c) => c.status === 'match'), JSON.stringify(claims));
  assert.deepEqual(await textChecks(page), []);

  // A cell changes: the sentence no longer agrees, and the finding offers to rewrite it.
  await page.fill(cell('table3.new.natural'), '4');
  await page.fill(cell('table3.granted.natural'), '3');
  await page.waitForFunction(() => document.querySelector('.diag[data-code="T3-6"] button.fix[data-fix="按表格重写此句"]'));
  await page.$eval('.diag[data-code="T3-6"]', (el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(SHOTS, 'panel-fixes.png') });
  await page.click('.diag[data-code="T3-6"] button.fix[data-fix="按表格重写此句"]');
  await page.waitForFunction((sel) => document.querySelector(sel).value.includes('新收政府信息公开申请4件'), narrative(PART));
  await page.waitForFunction(() => !document.querySelector('.diag[data-code="T3-6"], .diag[data-code="T4-3"]'));
  assert.match(await page.inputValue(narrative(PART)), /办结4件，其中予以公开3件、无法提供1件/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the seed T3-6 warning offers 改为表中的 0; applying it makes the seed consistent; Ctrl+Z brings it back', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  await fullWidthPunctuation(page);
  const fix = '.diag[data-code="T3-6"] button.fix[data-fix="改为表中的 0"]';
  await page.waitForSelector(fix);
  await page.click(fix);
  await page.waitForFunction(() => !document.querySelector('.diag[data-code]'));
  assert.match(await page.inputValue(narrative(PART)), /我局接到依申请公开件0件。$/);
  assert.match(await page.textContent('.all-good'), /未发现问题/);
  // One undo step brings the figure and its warning back.
  await page.click('h1');
  await page.keyboard.press('Control+z');
  await page.waitForSelector('.diag[data-code="T3-6"]');
  assert.match(await page.inputValue(narrative(PART)), /我局接到依申请公开件2件。$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('each finding links to its rule on the 规则说明 page, loaded only when followed', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  const href = await page.getAttribute('.diag[data-code="T3-6"] a.rule-link', 'href');
  assert.equal(href, 'rules/#T3-6');
  const rules = await app.browser.newPage();
  await rules.goto(new URL(href, app.url).href);
  await rules.waitForSelector('section#T3-6');
  const entry = await rules.textContent('section#T3-6');
  assert.match(entry, /正文与表三数字不一致/);
  assert.match(entry, /依据/);
  assert.match(entry, /改为表中的 0/);
  await rules.screenshot({ path: path.join(SHOTS, 'rules-page.png') });
  await rules.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('where am I: the progress line, the deadline and 可以发布', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await loadSample(page);
  await fullWidthPunctuation(page);
  await page.waitForFunction(() => /表格已填 \d+\/\d+ 格/.test(document.querySelector('.progress-line')?.textContent ?? ''));
  assert.match(await page.textContent('.progress-line'), /正文已写 8\/8 部分 · 待处理 1 个提醒/);
  assert.match(await page.textContent('.progress-deadline'), /公布期限 2022年1月31日（政府部门），已过 \d+ 天/);
  assert.equal(await page.getAttribute('.publish-state', 'data-publishable'), 'false');
  await page.click('.diag[data-code="T3-6"] button.fix[data-fix="改为表中的 0"]');
  await page.waitForFunction(() => document.querySelector('.publish-state')?.dataset.publishable === 'true');
  assert.match(await page.textContent('.publish-state'), /可以发布/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('生成：主动公开情况 opens 一（一） with table 二’s figures; T2-3 stays silent; after a change 生成 writes over it', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await fill(page, {
    'table2.regulations.issued': 0,
    'table2.regulations.repealed': 0,
    'table2.regulations.in_force': 0,
    'table2.normative_documents.issued': 3,
    'table2.normative_documents.repealed': 1,
    'table2.normative_documents.in_force': 40,
    'table2.licensing.decisions': 120,
    'table2.penalty.decisions': 0,
    'table2.coercion.decisions': 0,
  });
  await page.fill(cell('table2.fees.amount'), '0.35');
  const part = 'overview_proactive';
  await page.click(cell('table2.licensing.decisions'));
  await page.click(`[data-topic="proactive"]`);
  const want = '本年度制发行政规范性文件3件、废止1件、现行有效40件；作出行政许可决定120件；收取行政事业性收费0.35万元。';
  await page
    .waitForFunction(([sel, w]) => document.querySelector(sel).value === w, [narrative(part), want], { timeout: 5000 })
    .catch(async () => assert.equal(await page.inputValue(narrative(part)), want));
  const claims = await claimList(page, part);
  assert.equal(claims.length, 5, JSON.stringify(claims));
  assert.ok(claims.every((c) => c.status === 'match'), JSON.stringify(claims));
  assert.equal(await page.locator('.diag[data-code="T2-3"]').count(), 0);
  // A cell changes: T2-3 says so; 生成 again writes over the sentence (one undo step).
  await page.fill(cell('table2.licensing.decisions'), '121');
  await page.waitForSelector('.diag[data-code="T2-3"]');
  await page.click(`[data-topic="proactive"]`);
  await page.waitForFunction((sel) => document.querySelector(sel).value.includes('行政许可决定121件'), narrative(part));
  await page.waitForFunction(() => !document.querySelector('.diag[data-code="T2-3"]'));
  assert.doesNotMatch(await page.inputValue(narrative(part)), /120件/);
  assert.deepEqual(errors, []);
  await page.close();
});
