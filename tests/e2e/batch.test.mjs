// End-to-end tests of 汇总审查: several report files are read and checked at once, a file that
// is not a report is named with its reason, the reports are summed one year at a time (newest
// first; a report without a year is named and left out), and a sum exports as JSON and opens as
// a draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { servedApp, openApp, ROOT } from './helpers.mjs';
import { NS, fresh, waitCell, waitSaved, downloadText } from './draft-helpers.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

// The seed is the app's own sample (crates/domain/src/sample/); the other reports are test fixtures.
// Pingtan stands for a report with no finding here: its published text has two half-width marks
// between Chinese words (S-8, a true warning), corrected as its fix would.
const fixture = (name) => {
  const text = readFileSync(
    name === 'seed-2021.json'
      ? path.join(ROOT, 'crates/domain/src/sample', name)
      : path.join(ROOT, 'crates/domain/tests/fixtures', name),
    'utf8',
  );
  return name === 'pingtan-2021.json' ? text.replace('公开,通过', '公开，通过').replace('问题:政策', '问题：政策') : text;
};
const shared = (name) => readFileSync(path.join(ROOT, 'tests', 'fixtures', name), 'utf8');

/** The sum of a table 三 row's applicant columns (its 总计 is computed). */
const rowSum = (r, row) =>
  Object.entries(r.table3[row])
    .filter(([k]) => k !== 'total')
    .reduce((s, [, v]) => s + (v ?? 0), 0);

function reports() {
  const pingtan = JSON.parse(fixture('pingtan-2021.json'));
  // The seed with 3 more applications from natural persons and nothing else changed: its table
  // no longer balances, so the review lists it with errors.
  const seed = JSON.parse(fixture('seed-2021.json'));
  seed.table3.new.natural += 3;
  return { pingtan, seed };
}

const rows = (page) =>
  page.$$eval('[data-testid="batch-row"]', (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()));

test('several files are checked at once, summed by year, and the sum exports and opens', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const { pingtan, seed } = reports();
  await page.click('[data-testid="batch-open"]');
  await page.waitForSelector('[data-testid="batch-dialog"]');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'batch-close');

  await page.setInputFiles('[data-testid="batch-files"]', [
    { name: 'pingtan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pingtan)) },
    { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed)) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 2);
  const listed = await rows(page);
  const pingtanRow = listed.find((r) => r.startsWith('pingtan.json'));
  const seedRow = listed.find((r) => r.startsWith('seed.json'));
  assert.match(pingtanRow, /平潭综合实验区/);
  assert.match(pingtanRow, /2021/);
  // The row's flags come first, as words, then the verdict.
  assert.match(seedRow, /郑县商务局 2021 有错误 (有提醒 )?[1-9]\d* 个错误/);

  // The findings of a report are listed under its verdict, with code and message.
  const seedFindings = await page
    .locator('[data-testid="batch-row"]', { hasText: 'seed.json' })
    .locator('.batch-findings li')
    .allTextContents();
  assert.ok(seedFindings.some((t) => /错误 T3-\d：/.test(t)), seedFindings.join('\n'));

  // A file that is not a report, dropped on the dialog, is named with its reason; the draft is
  // not touched.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([0, 1, 2, 3])], 'scan.bin', { type: 'application/octet-stream' }));
    const target = document.querySelector('[data-testid="batch-dialog"]');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 3);
  const unread = (await rows(page)).find((r) => r.startsWith('scan.bin'));
  assert.match(unread, /无法读取：/);
  assert.match(await page.textContent('[data-testid="batch-summary"]'), /共 3 份文件：1 份有错误，1 份无法读取/);

  // The findings of every file as one CSV list, a finding a line.
  const list = await downloadText(page, () => page.click('[data-testid="batch-csv"]'));
  assert.equal(list.name, '汇总审查检查结果.csv');
  const lines = list.text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[0], '文件,机关名称,报告年度,级别,规则,问题');
  assert.ok(lines.includes('pingtan.json,平潭综合实验区,2021,,,未发现问题'), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('seed.json,郑县商务局,2021,错误,T3-1,')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('scan.bin,,,无法读取,,')), lines.join('\n'));

  // The 汇总表: a line per report with every cell under its label, then the year's sum line.
  const sheet = await downloadText(page, () => page.click('[data-testid="batch-figures-csv"]'));
  assert.equal(sheet.name, '汇总审查汇总表.csv');
  const table = sheet.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));
  assert.deepEqual(table[0].slice(0, 3), ['文件', '机关名称', '报告年度']);
  // The two files were read at once: their lines come in the order their reading finished.
  const line = (file) => table.find((r) => r[0] === file);
  assert.equal(table.length, 4);
  assert.deepEqual(line('pingtan.json').slice(1, 3), ['平潭综合实验区', '2021']);
  assert.deepEqual(line('seed.json').slice(1, 3), ['郑县商务局', '2021']);
  assert.deepEqual(table[3].slice(0, 3), ['合计', '合计（2021年度，2份报告）', '2021']);
  const col = table[0].indexOf('一、本年新收政府信息公开申请数量 / 总计');
  assert.ok(col > 2, table[0].join(','));
  // A report's line shows its totals as it states them (the seed's no longer balances); the
  // sum's are computed from the summed entries.
  assert.deepEqual(
    [line('pingtan.json'), line('seed.json'), table[3]].map((r) => Number(r[col])),
    [pingtan.table3.new.total, seed.table3.new.total, rowSum(pingtan, 'new') + rowSum(seed, 'new')],
  );
  assert.notEqual(seed.table3.new.total, rowSum(seed, 'new'));
  const natural = table[0].indexOf('一、本年新收政府信息公开申请数量 / 自然人');
  assert.equal(Number(line('seed.json')[natural]), seed.table3.new.natural);

  // The sum of the two 2021 reports: the whole of table 三, each cell by its address.
  const sumCell = (address, year = 2021) =>
    page.locator(`[data-year="${year}"] [data-testid="batch-sum-table"] td[data-cell="${address}"]`).textContent().then(Number);
  assert.equal(await sumCell('table3.new.total'), rowSum(pingtan, 'new') + rowSum(seed, 'new'));
  assert.equal(await sumCell('table3.forward.total'), rowSum(pingtan, 'forward') + rowSum(seed, 'forward'));
  assert.equal(await sumCell('table3.new.natural'), pingtan.table3.new.natural + seed.table3.new.natural);
  assert.match(await page.textContent('[data-testid="batch-sum"] h3'), /合计（2021年度，2份报告）/);

  // The same report given twice (its published text beside its JSON) is named: the sum would
  // count it twice.
  assert.equal(await page.locator('[data-testid="batch-repeat"]').count(), 0);
  await page.setInputFiles('[data-testid="batch-files"]', {
    name: 'pingtan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(shared('2021-pingtan-flattened.txt')),
  });
  await page.waitForSelector('[data-testid="batch-repeat"]');
  assert.match(
    await page.textContent('[data-testid="batch-repeat"]'),
    /“平潭综合实验区”2021年度的报告出现 2 次（pingtan\.json、pingtan\.txt），合计中被重复计算/,
  );
  assert.match(await page.textContent('[data-testid="batch-sum"] h3'), /3份报告/);
  await page.click('button[aria-label="移除 pingtan.txt"]');
  await page.waitForSelector('[data-testid="batch-repeat"]', { state: 'detached' });

  // A report of another year gets its own sum, newest year first; one without a year is named
  // and left out of every sum.
  const undated = JSON.parse(fixture('seed-2021.json'));
  undated.meta.year = null;
  await page.setInputFiles('[data-testid="batch-files"]', [
    { name: 'huaian-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(shared('2024-huaian-pdf-layout.txt')) },
    { name: 'undated.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(undated)) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-sum"]').length === 2);
  const headings = await page.$$eval('[data-testid="batch-sum"] h3', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(headings, ['合计（2024年度，1份报告）', '合计（2021年度，2份报告）']);
  assert.equal(
    await page.textContent('[data-testid="batch-no-year"]'),
    '⚠ undated.json 未填写报告年度，未计入合计',
  );
  assert.equal(await sumCell('table3.new.total', 2024), 3119); // the Huaian table's 本年新收 entries add up to its printed 3119
  await page.click('button[aria-label="移除 huaian-2024.txt"]');
  await page.click('button[aria-label="移除 undated.json"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-sum"]').length === 1);
  assert.equal(await page.locator('[data-testid="batch-no-year"]').count(), 0);

  // The sum as JSON: entries added, totals computed.
  const { name, text } = await downloadText(page, () => page.click('[data-testid="batch-export"]'));
  assert.match(name, /汇总（2份报告）2021年/);
  const sum = JSON.parse(text);
  assert.equal(sum.meta.agency, '汇总（2份报告）');
  assert.equal(sum.table3.new.natural, pingtan.table3.new.natural + seed.table3.new.natural);
  assert.equal(sum.table3.new.total, rowSum(pingtan, 'new') + rowSum(seed, 'new'));

  // The sum opens as a new draft, where every cell and check can be seen.
  await page.click('[data-testid="batch-open-sum"]');
  await page.waitForSelector('[data-testid="batch-dialog"]', { state: 'detached' });
  await page.waitForFunction(() => document.querySelector('[data-testid="draft-title"]')?.textContent.includes('汇总'));
  await waitCell(page, 'table3.new.total', String(sum.table3.new.total));
  await waitSaved(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test("last year's report of the same agency in the list is checked against", async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const last = JSON.parse(fixture('pingtan-2021.json'));
  last.meta.year = 2020;
  last.table3.forward.natural += 5; // carried forward 5 more than this year's 上年结转 says
  await page.click('[data-testid="batch-open"]');
  await page.setInputFiles('[data-testid="batch-files"]', [
    { name: 'pingtan-2021.json', mimeType: 'application/json', buffer: Buffer.from(fixture('pingtan-2021.json')) },
  ]);
  await page.waitForSelector('[data-testid="batch-row"]');
  assert.match((await rows(page))[0], /未发现问题/);
  await page.setInputFiles('[data-testid="batch-files"]', [
    { name: 'pingtan-2020.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(last)) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 2);
  const row = page.locator('[data-testid="batch-row"]', { hasText: 'pingtan-2021.json' });
  await row.locator('.batch-against').waitFor();
  assert.equal(await row.locator('.batch-against').textContent(), '已与上年报告“pingtan-2020.json”对照检查');
  const findings = await row.locator('.batch-findings li').allTextContents();
  assert.ok(findings.some((t) => t.includes('T3-5')), findings.join('\n'));
  // Removing last year's report takes its findings away again.
  await page.click('button[aria-label="移除 pingtan-2020.json"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 1);
  assert.match((await rows(page))[0], /未发现问题/);
  assert.equal(await page.locator('.batch-against').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('one reviewed report opens as a draft; Escape closes the review', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.click('[data-testid="batch-open"]');
  await page.setInputFiles('[data-testid="batch-files"]', {
    name: 'pingtan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixture('pingtan-2021.json')),
  });
  await page.waitForSelector('[data-testid="batch-row"]');
  await page.click('[data-testid="batch-row"] >> text=打开为草稿');
  await page.waitForSelector('[data-testid="batch-dialog"]', { state: 'detached' });
  await waitCell(page, 'table3.new.total', '70');
  await waitSaved(page);

  // The review keeps its files while closed; Escape closes it again.
  await page.click('[data-testid="batch-open"]');
  await page.waitForSelector('[data-testid="batch-row"]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="batch-dialog"]', { state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the review list survives a reload until it is emptied; a damaged or newer entry, a full storage and a refused removal are reported', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  const reopen = async () => {
    await page.reload();
    await page.waitForSelector('[data-testid="batch-open"]');
    await page.click('[data-testid="batch-open"]');
    await page.waitForSelector('[data-testid="batch-dialog"]');
  };
  await page.click('[data-testid="batch-open"]');
  await page.setInputFiles('[data-testid="batch-files"]', [
    { name: 'pingtan.json', mimeType: 'application/json', buffer: Buffer.from(fixture('pingtan-2021.json')) },
    { name: 'scan.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3]) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 2);
  const before = (await rows(page)).sort();

  // After a reload the same files are listed, checked again, and summed.
  await reopen();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 2);
  assert.deepEqual((await rows(page)).sort(), before);
  assert.match(before.find((r) => r.startsWith('pingtan.json')), /未发现问题/);
  assert.match(before.find((r) => r.startsWith('scan.bin')), /无法读取：/);
  assert.match(await page.textContent('.batch-sum'), /2021/);
  assert.equal(await page.locator('[data-testid="batch-notice"]').count(), 0);

  // 清空 empties it for good.
  await page.click('[data-testid="batch-clear"]');
  await reopen();
  await page.waitForSelector('.batch-empty');
  const stored = () => page.evaluate((ns) => Object.keys(localStorage).filter((k) => k.startsWith(`${ns}/review/`)), NS);
  assert.deepEqual(await stored(), []);

  // A damaged stored entry is moved aside alone (not deleted) and named at the top of the
  // dialog; the other files stay listed.
  await page.setInputFiles('[data-testid="batch-files"]', [
    { name: 'pingtan.json', mimeType: 'application/json', buffer: Buffer.from(fixture('pingtan-2021.json')) },
  ]);
  await page.waitForSelector('[data-testid="batch-row"]');
  await page.evaluate(
    (ns) => localStorage.setItem(`${ns}/review/zz`, '{"review_version":1,"file":"坏.json","report":{"format":"2021","table3":7}}'),
    NS,
  );
  await reopen();
  await page.waitForSelector('[data-testid="batch-row"]');
  assert.equal(await page.locator('[data-testid="batch-row"]').count(), 1);
  const notice = await page.textContent('[data-testid="batch-unreadable"]');
  assert.match(notice, /汇总审查列表中的文件“坏\.json”无法读取（/);
  assert.match(notice, /已原样移至隔离区保存，未删除。/);
  const kept = await page.evaluate(
    (ns) => Object.keys(localStorage).filter((k) => k.startsWith(`${ns}/quarantine/${ns}/review/zz/`)),
    NS,
  );
  assert.equal(kept.length, 1);
  assert.equal((await stored()).length, 1);
  await page.click('[data-testid="batch-unreadable"] >> text=知道了');
  await page.waitForSelector('[data-testid="batch-unreadable"]', { state: 'detached' });
  await page.click('[data-testid="batch-clear"]');

  // An entry a newer version of the app wrote is left as it is and counted, not listed.
  await page.evaluate((ns) => localStorage.setItem(`${ns}/review/new`, '{"review_version":2,"file":"新.json"}'), NS);
  await reopen();
  assert.match(await page.textContent('[data-testid="batch-newer"]'), /另有 1 份文件由更新版本的本应用加入/);
  assert.equal(await page.locator('[data-testid="batch-row"]').count(), 0);
  await page.evaluate((ns) => localStorage.removeItem(`${ns}/review/new`), NS);

  // A storage that refuses the write: the file is still checked and listed, marked as not
  // saved, and said so; it stays listed when the dialog opens again, and is saved once the
  // storage takes it.
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.setInputFiles('[data-testid="batch-files"]', [
    { name: 'pingtan.json', mimeType: 'application/json', buffer: Buffer.from(fixture('pingtan-2021.json')) },
  ]);
  await page.waitForSelector('[data-testid="batch-row"]');
  assert.match(await page.textContent('[data-testid="batch-notice"]'), /标为“未保存在浏览器中”的文件在刷新或关闭页面后需要重新添加/);
  assert.match((await rows(page))[0], /未保存在浏览器中.*未发现问题/);
  await page.click('[data-testid="batch-close"]');
  await page.click('[data-testid="batch-open"]');
  await page.waitForSelector('[data-testid="batch-unsaved"]');
  assert.equal(await page.locator('[data-testid="batch-row"]').count(), 1);
  await page.evaluate(() => {
    Storage.prototype.setItem = window.realSetItem;
  });
  await page.click('[data-testid="batch-close"]');
  await page.click('[data-testid="batch-open"]');
  await page.waitForSelector('[data-testid="batch-row"]');
  assert.equal(await page.locator('[data-testid="batch-unsaved"]').count(), 0);
  assert.equal(await page.locator('[data-testid="batch-notice"]').count(), 0);
  assert.equal((await stored()).length, 1);

  // A storage that refuses the removal: the file stays listed (it would come back), and why.
  await page.evaluate(() => {
    window.realRemoveItem = Storage.prototype.removeItem;
    Storage.prototype.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
  });
  await page.click('button[aria-label="移除 pingtan.json"]');
  await page.waitForSelector('[data-testid="batch-notice"]');
  assert.match(await page.textContent('[data-testid="batch-notice"]'), /浏览器存储拒绝了移除操作：“pingtan\.json”仍保存在浏览器中/);
  assert.equal(await page.locator('[data-testid="batch-row"]').count(), 1);
  await page.evaluate(() => {
    Storage.prototype.removeItem = window.realRemoveItem;
  });
  await page.click('button[aria-label="移除 pingtan.json"]');
  await page.waitForSelector('.batch-empty');
  assert.deepEqual(await stored(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Adds a fixture report to the review of `page`, as the file `name`. */
const addFixture = (page, name, file) =>
  page.setInputFiles('[data-testid="batch-files"]', [
    { name, mimeType: 'application/json', buffer: Buffer.from(fixture(file)) },
  ]);

test("another tab's changes to the review show in the open dialog", async () => {
  const { page: a, errors } = await fresh(app.browser, app.url);
  // A second tab of the same browser: the same localStorage.
  const { page: b, errors: errorsB } = await openApp(app.browser, app.url);
  await a.click('[data-testid="batch-open"]');
  await a.waitForSelector('.batch-empty');
  await b.click('[data-testid="batch-open"]');

  // B adds a file: A lists it without being reopened.
  await addFixture(b, 'pingtan.json', 'pingtan-2021.json');
  await b.waitForSelector('[data-testid="batch-row"]');
  await a.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 1);
  const [listed] = await rows(a);
  assert.match(listed, /^pingtan\.json/);
  assert.match(listed, /未发现问题/);

  // A damaged entry another tab wrote: A moves it aside and names it; when B then adds a
  // file, A lists that file and still names the damaged entry (its content downloadable).
  await b.evaluate((ns) => localStorage.setItem(`${ns}/review/zz`, '{"review_version":1,"file":"坏.json","report":7}'), NS);
  await a.waitForSelector('[data-testid="batch-unreadable"]');
  const aside = await b.evaluate(
    (ns) => Object.keys(localStorage).filter((k) => k.startsWith(`${ns}/quarantine/${ns}/review/zz/`)),
    NS,
  );
  assert.equal(aside.length, 1);
  // The row A shows for pingtan.json is the same element after the reading (its state kept).
  await a.evaluate(() => {
    document.querySelector('[data-testid="batch-row"]').dataset.marked = '1';
  });
  await addFixture(b, 'seed.json', 'seed-2021.json');
  await a.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 2);
  const named = await a.locator('[data-testid="batch-unreadable"] li').allTextContents();
  assert.equal(named.length, 1, named.join('\n'));
  assert.equal(await a.locator('[data-testid="batch-row"][data-marked="1"]').count(), 1);
  assert.match(named[0], /“坏\.json”无法读取/);

  // B removes a file, then empties the list: A follows each time.
  await b.click('button[aria-label="移除 pingtan.json"]');
  await a.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 1);
  assert.match((await rows(a))[0], /^seed\.json/);
  await b.click('[data-testid="batch-clear"]');
  await a.waitForSelector('.batch-empty');

  // With A's dialog closed, B's changes are read when A opens it.
  await a.click('[data-testid="batch-close"]');
  await addFixture(b, 'seed.json', 'seed-2021.json');
  await b.waitForSelector('[data-testid="batch-row"]');
  await a.click('[data-testid="batch-open"]');
  await a.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 1);

  await b.close();
  await a.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(errorsB, []);
});
