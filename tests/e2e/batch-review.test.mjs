// End-to-end tests of 汇总审查's review tools: each row's flags as words, the list filtered by
// result (with a count per choice, by keyboard) and ordered by result; the roster of units
// expected to submit (pasted, kept over a reload) naming who has not submitted and who is not on
// it; the whole table 三 of a sum; and the sum opened as the 本级政府 draft with its note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { servedApp, ROOT, READY_SELECTOR } from './helpers.mjs';
import { fresh, waitCell, waitSaved, downloadText } from './draft-helpers.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's violations in the open dialog, one line each: rule, impact, the first nodes. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run('[data-testid="batch-dialog"]', { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

const json = (name) =>
  JSON.parse(
    readFileSync(
      name === 'seed-2021.json'
        ? path.join(ROOT, 'crates/domain/src/sample', name)
        : path.join(ROOT, 'crates/domain/tests/fixtures', name),
      'utf8',
    ),
  );
const shared = (name) => readFileSync(path.join(ROOT, 'tests', 'fixtures', name), 'utf8');
const file = (name, report) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });

/** Pingtan's report with its two half-width marks corrected: no finding (as in batch.test.mjs). */
function cleanPingtan() {
  const text = readFileSync(path.join(ROOT, 'crates/domain/tests/fixtures/pingtan-2021.json'), 'utf8')
    .replace('公开,通过', '公开，通过')
    .replace('问题:政策', '问题：政策');
  return JSON.parse(text);
}

/** The files of the first test: one with errors, one late, one clean, one given twice. */
function collection() {
  const seed = json('seed-2021.json');
  seed.table3.new.natural += 3; // no longer balances: errors
  // Pingtan as a department: published 2022-02-08, after 31 January — late (P-1, a warning).
  const late = cleanPingtan();
  late.meta.kind = 'department';
  // Another agency's clean report.
  const clean = cleanPingtan();
  clean.meta.agency = '郑县财政局';
  return [
    file('seed.json', seed),
    file('late.json', late),
    file('clean.json', clean),
    // Pingtan's published text: the same agency and year as late.json — both are repeats.
    { name: 'pingtan.txt', mimeType: 'text/plain', buffer: Buffer.from(shared('2021-pingtan-flattened.txt')) },
  ];
}

const listedFiles = (page) =>
  page.$$eval('[data-testid="batch-row"]', (trs) => trs.map((tr) => tr.querySelector('td').firstChild.textContent.trim()));
const flagsOf = (page, name) =>
  page.locator('[data-testid="batch-row"]', { hasText: name }).locator('[data-testid="batch-flags"] li').allTextContents();
const filterLabel = (page, key) => page.textContent(`[data-testid="batch-filter-${key}"]`).then((t) => t.trim());

async function openWith(page, files) {
  await page.click('[data-testid="batch-open"]');
  await page.waitForSelector('[data-testid="batch-dialog"]');
  await page.setInputFiles('[data-testid="batch-files"]', files);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="batch-row"]').length === n, files.length);
}

test('each row shows its flags as words; the list filters and orders by result, by keyboard too', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await openWith(page, collection());

  // Flags are words on each row.
  const seedFlags = await flagsOf(page, 'seed.json');
  assert.equal(seedFlags[0], '有错误');
  assert.ok(!seedFlags.includes('逾期') && !seedFlags.includes('重复'), seedFlags.join(' '));
  const late = await flagsOf(page, 'late.json');
  assert.ok(late.includes('逾期') && late.includes('重复') && late.includes('有提醒'), late.join(' '));
  // Pingtan's JSON keeps the record of its import: that is a flag too.
  assert.deepEqual(await flagsOf(page, 'clean.json'), ['未发现问题', '导入自公开文本']);
  const imported = await flagsOf(page, 'pingtan.txt');
  assert.ok(imported.includes('重复') && imported.includes('导入自公开文本'), imported.join(' '));
  assert.ok(!imported.includes('逾期'), imported.join(' ')); // published as a government: on time

  // A count per filter.
  assert.equal(await filterLabel(page, 'all'), '全部（4）');
  assert.equal(await filterLabel(page, 'late'), '逾期（1）');
  assert.equal(await filterLabel(page, 'duplicate'), '重复（2）');
  assert.equal(await filterLabel(page, 'clean'), '未发现问题（1）');
  assert.match(await filterLabel(page, 'errors'), /^有错误（[12]）$/);

  // The filters are radio buttons named by their labels: the keyboard moves between them.
  const all = page.getByRole('radio', { name: /^全部/ });
  await all.focus();
  await page.keyboard.press('ArrowRight'); // 有错误
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length < 4);
  for (const name of await listedFiles(page)) {
    assert.ok((await flagsOf(page, name)).includes('有错误'), name);
  }
  await page.getByRole('radio', { name: /^逾期/ }).check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 1);
  assert.deepEqual(await listedFiles(page), ['late.json']);
  await page.getByRole('radio', { name: /^重复/ }).check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 2);
  assert.deepEqual((await listedFiles(page)).sort(), ['late.json', 'pingtan.txt']);

  // The choice stays while the list changes: removing a repeat leaves no 重复, said so.
  await page.click('button[aria-label="移除 pingtan.txt"]');
  await page.waitForSelector('[data-testid="batch-none-listed"]');
  assert.equal(await page.textContent('[data-testid="batch-none-listed"]'), '没有“重复”的报告。');
  assert.equal(await filterLabel(page, 'duplicate'), '重复（0）');
  assert.ok(await page.getByRole('radio', { name: /^重复/ }).isChecked());

  // Ordered by result: errors first, the clean report last.
  await page.getByRole('radio', { name: /^全部/ }).check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 3);
  const added = await listedFiles(page);
  await page.getByLabel('排序：').selectOption('result');
  await page.waitForFunction(
    (before) => {
      const now = [...document.querySelectorAll('[data-testid="batch-row"]')].map((tr) => tr.querySelector('td').firstChild.textContent.trim());
      return now.join() !== before.join() || now[0] === 'seed.json';
    },
    added,
  );
  assert.deepEqual(await listedFiles(page), ['seed.json', 'late.json', 'clean.json']);
  await page.getByLabel('排序：').selectOption('added');
  await page.waitForFunction((before) => {
    const now = [...document.querySelectorAll('[data-testid="batch-row"]')].map((tr) => tr.querySelector('td').firstChild.textContent.trim());
    return now.join() === before.join();
  }, added);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a pasted roster names who has not submitted and who is not on it, and a reload keeps it', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const seed = json('seed-2021.json');
  const zhengzhou = json('seed-2021.json');
  zhengzhou.meta.agency = '郑州市商务局'; // a near miss of 郑县商务局: not on the roster
  await openWith(page, [file('seed.json', seed), file('pingtan.json', cleanPingtan()), file('zhengzhou.json', zhengzhou)]);

  // Pasted as a spreadsheet column and a sentence would give it: spaces and 、 and full-width
  // commas; 郑县商务局 written with a space still matches the report's 机关名称.
  const roster = '郑县 商务局\n平潭综合实验区、郑县教育局，郑县商务局办公室\n';
  await page.getByLabel(/每行一个单位/).fill(roster);
  await page.waitForSelector('[data-testid="batch-missing"]');
  assert.equal(await page.textContent('[data-testid="batch-roster-summary"]'), '名单共 4 个单位，已报送 2 个，未报送 2 个');
  assert.equal(await page.textContent('[data-testid="batch-missing"]'), '未报送（2）：郑县教育局、郑县商务局办公室');
  assert.equal(await page.textContent('[data-testid="batch-outside"]'), '名单外（1）：郑州市商务局（zhengzhou.json）');

  // Every control has its name, the scrolling table included (axe), and the dialog with its
  // roster and sum is in docs/screenshots/batch-roster.png (tall enough to hold it whole).
  assert.deepEqual(await violations(page), []);
  await page.setViewportSize({ width: 1366, height: 2000 });
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/batch-roster.png') });
  await page.setViewportSize({ width: 1366, height: 900 });

  // A reload keeps the roster with the list.
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await page.click('[data-testid="batch-open"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 3);
  assert.equal(await page.inputValue('[data-testid="batch-roster-input"]'), roster);
  assert.equal(await page.textContent('[data-testid="batch-missing"]'), '未报送（2）：郑县教育局、郑县商务局办公室');

  // The missing unit's report arrives: it is no longer named.
  const education = json('seed-2021.json');
  education.meta.agency = '郑县教育局';
  await page.setInputFiles('[data-testid="batch-files"]', [file('education.json', education)]);
  await page.waitForFunction(() => document.querySelector('[data-testid="batch-missing"]')?.textContent === '未报送（1）：郑县商务局办公室');

  // Emptying the roster forgets it.
  await page.getByLabel(/每行一个单位/).fill('');
  await page.waitForSelector('[data-testid="batch-missing"]', { state: 'detached' });
  assert.equal(await page.evaluate(() => localStorage.getItem('disclosure-report/v1/review-roster')), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the whole table 三 of a sum shows in its own box, and the sum opens as the 本级政府 draft with its note', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const seed = json('seed-2021.json');
  const pingtan = cleanPingtan();
  assert.equal(seed.meta.kind, 'department');
  await openWith(page, [
    file('seed.json', seed),
    file('pingtan.json', pingtan),
    { name: 'pingtan.txt', mimeType: 'text/plain', buffer: Buffer.from(shared('2021-pingtan-flattened.txt')) },
  ]);
  await page.waitForSelector('[data-testid="batch-repeat"]');

  // Every cell of table 三, from the same layout as the printout (its caption, merged headers).
  const box = page.locator('[data-testid="batch-sum-table"]');
  assert.equal(await box.locator('caption').textContent(), '三、收到和处理政府信息公开申请情况');
  const exported = JSON.parse((await downloadText(page, () => page.click('[data-testid="batch-export"]'))).text);
  const expected = Object.values(exported.table3).reduce((n, row) => n + Object.keys(row).length, 0);
  assert.ok(expected > 150, `${expected} cells`);
  assert.equal(await box.locator('td[data-cell^="table3."]').count(), expected);
  assert.equal(
    Number(await box.locator('td[data-cell="table3.new.total"]').textContent()),
    exported.table3.new.total,
  );
  assert.ok(await box.locator('th[scope="colgroup"]').count() > 0);
  // It scrolls in its own box, which the keyboard can reach.
  const scrolls = await box.evaluate((el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto');
  assert.ok(scrolls);
  assert.equal(await box.getAttribute('tabindex'), '0');

  // The kind and the note on double counting, shown with the sum and carried by the export.
  assert.equal(await page.textContent('[data-testid="batch-sum-kind"]'), '报告类型：人民政府（3月31日前公布）');
  const note = await page.textContent('[data-testid="batch-sum-note"]');
  assert.match(note, /2021年度3份报告录入数字之和/);
  assert.match(note, /重复计算/);
  assert.match(note, /“平潭综合实验区”2021年度的报告出现 2 次（pingtan\.json、pingtan\.txt）/);
  assert.equal(exported.meta.kind, 'government');
  assert.equal(exported.narrative.intro, note);

  // Opened as a draft: kind 本级政府 and the note as its 引言, kept after saving and a reload.
  await page.click('[data-testid="batch-open-sum"]');
  await page.waitForSelector('[data-testid="batch-dialog"]', { state: 'detached' });
  await waitCell(page, 'table3.new.total', String(exported.table3.new.total));
  assert.equal(await page.inputValue('#field-meta\\.kind'), 'government');
  assert.equal(await page.inputValue('textarea[data-place="narrative.intro"]'), note);
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await waitCell(page, 'table3.new.total', String(exported.table3.new.total));
  assert.equal(await page.inputValue('#field-meta\\.kind'), 'government');
  assert.equal(await page.inputValue('textarea[data-place="narrative.intro"]'), note);
  assert.deepEqual(errors, []);
  await page.close();
});
