// End-to-end tests of drafts in localStorage: reload keeps the draft, drafts stay separate
// (new, rename, delete with confirmation), a corrupt entry is kept aside (and stays listed in the
// 隔离区, downloadable and deletable), a full quota loses
// nothing, storage that refuses access leaves a working form with the JSON backup, and two tabs
// on one draft do not overwrite each other's newer work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, READY_SELECTOR, PANIC_BANNER_SELECTOR } from './helpers.mjs';
import {
  NS, cell, fresh, typeCell, waitCell, cellValue, waitSaved, storedDrafts, downloadText, openDraft,
  openAppWith, openDeafTab,
} from './draft-helpers.mjs';

const app = servedApp({ viewport: { width: 1366, height: 900 } });

test('reload keeps the draft, saved within a second of the last edit', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '7');
  const t0 = Date.now();
  await waitSaved(page);
  const drafts = await storedDrafts(page);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0].report.table3.new.natural, 7);
  assert.ok(Date.now() - t0 < 1500, 'saved within about a second');
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await waitCell(page, 'table3.new.natural', '7');
  await waitCell(page, 'table3.new.total', '7');
  assert.match(await page.textContent('[data-testid="save-state"]'), /^已保存 \d\d:\d\d:\d\d$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the page being hidden writes at once', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.business', '4');
  // Before the debounce fires, the tab is hidden (pagehide): the draft is written now.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const drafts = await storedDrafts(page);
  assert.equal(drafts[0].report.table3.new.business, 4);
  assert.deepEqual(errors, []);
  await page.close();
});

test('two drafts stay separate; rename; delete asks first', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '5');
  await waitSaved(page);
  await page.click('[data-testid="draft-new"]');
  await waitCell(page, 'table3.new.natural', '');
  await typeCell(page, 'table3.new.natural', '9');
  await waitSaved(page);
  let drafts = await storedDrafts(page);
  assert.equal(drafts.length, 2);
  assert.deepEqual(drafts.map((d) => d.report.table3.new.natural).sort(), [5, 9]);

  // Rename the current draft, then switch between the two.
  await page.click('[data-testid="draft-menu"]');
  const current = page.locator('[data-testid="draft-list"] .draft-item.current');
  await current.locator('button', { hasText: '重命名' }).click();
  await page.fill('[data-testid="rename-input"]', '乙稿');
  await page.click('[data-testid="rename-dialog"] button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="draft-title"]')?.textContent === '乙稿');

  await openDraft(page, '未命名草稿');
  await waitCell(page, 'table3.new.natural', '5');
  await openDraft(page, '乙稿');
  await waitCell(page, 'table3.new.natural', '9');
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await waitCell(page, 'table3.new.natural', '9'); // this tab's draft, not just the latest

  // Delete 乙稿: cancel first (nothing happens), then confirm.
  await page.click('[data-testid="draft-menu"]');
  await page.locator('[data-testid="draft-list"] .draft-item.current button', { hasText: '删除' }).click();
  assert.match(await page.textContent('[data-testid="delete-dialog"]'), /确定删除草稿“乙稿”吗/);
  await page.locator('[data-testid="delete-dialog"] button', { hasText: '取消' }).click();
  assert.equal((await storedDrafts(page)).length, 2);
  await page.click('[data-testid="draft-menu"]');
  await page.locator('[data-testid="draft-list"] .draft-item.current button', { hasText: '删除' }).click();
  await page.click('[data-testid="delete-confirm"]');
  await waitCell(page, 'table3.new.natural', '5'); // the other draft opens
  drafts = await storedDrafts(page);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0].report.table3.new.natural, 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a corrupt stored entry is kept aside and reported, not deleted', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '3');
  await waitSaved(page);
  await page.evaluate((ns) => localStorage.setItem(`${ns}/draft/broken`, '{"entry_version":1,"report":{oops'), NS);
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  const banner = page.locator('[data-testid="quarantine-banner"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /无法读取.*已原样移至隔离区保存，未删除/);
  // The good draft is intact and open.
  await waitCell(page, 'table3.new.natural', '3');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(!keys.includes(`${NS}/draft/broken`));
  const q = keys.filter((k) => k.startsWith(`${NS}/quarantine/${NS}/draft/broken/`));
  assert.equal(q.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), q[0]), '{"entry_version":1,"report":{oops');
  // Its raw content can be downloaded.
  const { text } = await downloadText(page, () => banner.locator('button', { hasText: '下载原始内容' }).click());
  assert.equal(text, '{"entry_version":1,"report":{oops');

  // Once the notice is dismissed, the 隔离区 at the foot of the draft list still holds the
  // entry: what it was, its content for download, and deletion after a confirmation.
  await banner.locator('button', { hasText: '知道了' }).click();
  await banner.waitFor({ state: 'detached' });
  await page.click('[data-testid="draft-menu"]');
  const area = page.locator('[data-testid="quarantine-area"]');
  await area.locator('summary').click();
  assert.match(await area.locator('summary').textContent(), /^隔离区：1 条，约 1 KB$/);
  const item = area.locator('[data-testid="quarantine-item"]');
  assert.match(await item.textContent(), /^草稿 · 移入时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2} · 约 1 KB/);
  const again = await downloadText(page, () => item.locator('[data-testid="quarantine-download"]').click());
  assert.match(again.name, /^隔离区-草稿-\d+\.txt$/);
  assert.equal(again.text, '{"entry_version":1,"report":{oops');
  await item.locator('[data-testid="quarantine-delete"]').click();
  await item.getByText('删除后无法恢复，确定删除？').waitFor();
  await item.locator('button', { hasText: '取消' }).click();
  await item.locator('[data-testid="quarantine-delete"]').waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), q[0]), '{"entry_version":1,"report":{oops');
  await item.locator('[data-testid="quarantine-delete"]').click();
  await item.locator('[data-testid="quarantine-delete-confirm"]').click();
  await area.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), q[0]), null);
  // The drafts are untouched.
  assert.equal((await storedDrafts(page)).length, 1);
  await waitCell(page, 'table3.new.natural', '3');

  assert.equal(await page.locator(PANIC_BANNER_SELECTOR).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the 隔离区 names an entry by what its content still tells', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '4');
  await waitSaved(page);
  // JSON whose report does not read: the draft's agency and year are still there.
  const raw = '{"entry_version":1,"id":"named","report":{"format":"2021","meta":{"agency":"郑县商务局","year":2021},"table3":7}}';
  await page.evaluate(([ns, raw]) => localStorage.setItem(`${ns}/draft/named`, raw), [NS, raw]);
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  const banner = page.locator('[data-testid="quarantine-banner"]');
  assert.match(await banner.textContent(), /草稿“郑县商务局 2021年度”无法读取（报告内容有误/);
  await banner.locator('button', { hasText: '知道了' }).click();
  await page.click('[data-testid="draft-menu"]');
  const area = page.locator('[data-testid="quarantine-area"]');
  await area.locator('summary').click();
  assert.match(
    await area.locator('[data-testid="quarantine-item"]').textContent(),
    /^草稿“郑县商务局 2021年度” · 移入时间 /,
  );
  await waitCell(page, 'table3.new.natural', '4');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a full quota shows the message, keeps the report, offers the JSON download, and saves after', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '2');
  await waitSaved(page);
  await page.evaluate(() => {
    window.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await typeCell(page, 'table3.new.research', '6');
  const banner = page.locator('[data-testid="storage-error"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /浏览器存储空间已满/);
  assert.equal(await page.textContent('[data-testid="save-state"]'), '未能保存');
  // The report in the page is intact.
  assert.equal(await cellValue(page, 'table3.new.research'), '6');
  await waitCell(page, 'table3.new.total', '8');
  // The backup download holds the unsaved edit.
  const { name, text } = await downloadText(page, () => page.click('[data-testid="backup-download"]'));
  assert.match(name, /政府信息公开工作年度报告\.json$/);
  const json = JSON.parse(text);
  assert.equal(json.table3.new.research, 6);
  assert.equal(json.table3.new.natural, 2);
  // The stored draft still holds the last good save.
  assert.equal((await storedDrafts(page))[0].report.table3.new.natural, 2);
  // Space again: retrying saves and the banner goes.
  await page.evaluate(() => { Storage.prototype.setItem = window.__realSetItem; });
  await banner.locator('button', { hasText: '重试保存' }).click();
  await banner.waitFor({ state: 'detached' });
  await waitSaved(page);
  assert.equal((await storedDrafts(page))[0].report.table3.new.research, 6);
  assert.equal(await page.locator(PANIC_BANNER_SELECTOR).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('storage filled with junk before the page loads: no crash, message, download works', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.evaluate(() => localStorage.clear());
  // Fill localStorage to the last byte.
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`junk-${i++}`, chunk); } catch { break; }
      }
    }
  });
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  const banner = page.locator('[data-testid="storage-error"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /浏览器存储空间已满/);
  await typeCell(page, 'table3.new.natural', '11');
  await waitCell(page, 'table3.new.total', '11');
  const { text } = await downloadText(page, () => page.click('[data-testid="backup-download"]'));
  assert.equal(JSON.parse(text).table3.new.natural, 11);
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('junk-')) localStorage.removeItem(k);
  });
  assert.equal(await page.locator(PANIC_BANNER_SELECTOR).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('storage that refuses every access: the message, the JSON backup, and the form still works', async () => {
  const { page, errors } = await openAppWith(app.browser, app.url, () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  assert.equal(await page.evaluate(() => {
    try {
      return typeof window.localStorage;
    } catch (e) {
      return e.name;
    }
  }), 'SecurityError');
  const banner = page.locator('[data-testid="storage-error"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /浏览器存储不可用.*草稿无法自动保存.*请下载 JSON 备份/);
  // Typing and the totals work as ever.
  await typeCell(page, 'table3.new.natural', '4');
  await typeCell(page, 'table3.new.business', '3');
  await waitCell(page, 'table3.new.total', '7');
  await page.waitForSelector('.diag[data-code="T3-1"]');
  assert.equal(await page.textContent('[data-testid="save-state"]'), '未能保存');
  // The backup holds what was typed.
  const { name, text } = await downloadText(page, () => page.click('[data-testid="backup-download"]'));
  assert.match(name, /\.json$/);
  const json = JSON.parse(text);
  assert.deepEqual([json.table3.new.natural, json.table3.new.business, json.table3.new.total], [4, 3, 7]);
  assert.equal(await page.locator(PANIC_BANNER_SELECTOR).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('two tabs on one draft: a clean tab follows; a stale tab that edits is told, and both edits stay', async () => {
  const { page: a, errors: ea } = await fresh(app.browser, app.url);
  await typeCell(a, 'table3.new.natural', '1');
  await waitSaved(a);
  // B can be made deaf to other tabs' writes (as a frozen background tab is, or when the
  // `storage` event is lost): then only its own save can find out.
  const { page: b, errors: eb } = await openDeafTab(app.browser, app.url);
  await waitCell(b, 'table3.new.natural', '1'); // the same draft

  // A saves; B has nothing unsaved and follows.
  await typeCell(a, 'table3.new.natural', '5');
  await waitSaved(a);
  await waitCell(b, 'table3.new.natural', '5');

  // A edits and saves while B does not hear of it: B is stale.
  await b.evaluate(() => { window.__deaf = true; });
  await typeCell(a, 'table3.new.business', '2');
  await waitSaved(a);
  assert.equal((await storedDrafts(a))[0].report.table3.new.business, 2);
  assert.equal(await cellValue(b, 'table3.new.business'), '');

  // B edits: its save finds A's newer revision, writes nothing and says so.
  await typeCell(b, 'table3.new.research', '8');
  const banner = b.locator('[data-testid="conflict-banner"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /此草稿已在另一个标签页中修改.*本标签页已暂停自动保存/);
  assert.equal(await b.textContent('[data-testid="save-state"]'), '自动保存已暂停');
  // While asked, B does not write: the draft holds A's edit, not B's.
  await b.waitForTimeout(1200);
  let drafts = await storedDrafts(a);
  assert.equal(drafts.length, 1);
  assert.deepEqual(
    [drafts[0].report.table3.new.natural, drafts[0].report.table3.new.business, drafts[0].report.table3.new.research],
    [5, 2, null],
  );
  assert.equal(await cellValue(b, 'table3.new.research'), '8', 'B keeps its edit on the page');
  assert.equal(await a.locator('[data-testid="conflict-banner"]').count(), 0, 'A, the newer one, is not asked');

  // B keeps its work as a copy: A's edit stays in the draft, B's is in the copy.
  await b.click('[data-testid="conflict-keep-mine"]');
  await banner.waitFor({ state: 'detached' });
  await waitSaved(b);
  drafts = await storedDrafts(a);
  assert.equal(drafts.length, 2);
  const values = (d) => {
    const n = d.report.table3.new;
    return JSON.stringify([n.natural, n.business, n.research]);
  };
  assert.deepEqual(drafts.map(values).sort(), ['[5,2,null]', '[5,null,8]']);
  const copy = drafts.find((d) => d.report.table3.new.research === 8);
  assert.match(copy.name, /（本页副本）$/);
  assert.deepEqual(ea, []);
  assert.deepEqual(eb, []);
  await a.close();
  await b.close();
});

test('two tabs: "load theirs" takes the other tab\'s newer work', async () => {
  const { page: a } = await fresh(app.browser, app.url);
  await typeCell(a, 'table3.new.natural', '1');
  await waitSaved(a);
  const { page: b, errors } = await openApp(app.browser, app.url);
  await waitCell(b, 'table3.new.natural', '1');
  // B has an unsaved edit (its saving is held back) when A's save arrives.
  await b.evaluate(() => {
    window.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await typeCell(b, 'table3.new.research', '8');
  await b.waitForSelector('[data-testid="storage-error"]');
  await typeCell(a, 'table3.new.business', '2');
  await waitSaved(a);
  await b.waitForSelector('[data-testid="conflict-banner"]');
  await b.evaluate(() => { Storage.prototype.setItem = window.__realSetItem; });
  await b.click('[data-testid="conflict-load-theirs"]');
  await waitCell(b, 'table3.new.business', '2');
  await waitCell(b, 'table3.new.research', '');
  const drafts = await storedDrafts(a);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0].report.table3.new.business, 2);
  assert.deepEqual(errors, []);
  await a.close();
  await b.close();
});

test('duplicate makes an independent copy', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await typeCell(page, 'table3.new.natural', '4');
  await waitSaved(page);
  await page.click('[data-testid="draft-duplicate"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="draft-title"]')?.textContent.endsWith('（副本）'));
  await waitCell(page, 'table3.new.natural', '4');
  await typeCell(page, 'table3.new.natural', '6');
  await waitSaved(page);
  const drafts = await storedDrafts(page);
  assert.equal(drafts.length, 2);
  assert.deepEqual(drafts.map((d) => d.report.table3.new.natural).sort(), [4, 6]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('new report from last year\'s: 上年结转 from 结转下年度, 现行有效 offered, T3-5 checks it', async () => {
  const { page, errors } = await fresh(app.browser, app.url);
  await page.click('button.sample'); // 郑县商务局 2021
  await waitSaved(page);
  await typeCell(page, 'table3.forward.natural', '3');
  await typeCell(page, 'table2.regulations.in_force', '12');
  await waitSaved(page);
  // The sample opened as a draft of its own (the empty one before it stays).
  const lastYearId = (await storedDrafts(page)).find((d) => d.report.meta.agency === '郑县商务局').id;

  await page.click('[data-testid="draft-from-last-year"]');
  await page.selectOption('[data-testid="from-last-year-draft"]', lastYearId);
  const preview = page.locator('[data-testid="from-last-year-preview"]');
  await preview.waitFor();
  assert.match(await preview.textContent(), /将新建 2022 年度报告（郑县商务局）。上年结转：自然人 3/);
  assert.match(await page.textContent('[data-testid="from-last-year"]'), /规章 12 件/);
  assert.equal(await page.isChecked('[data-testid="take-in-force"]'), true);
  await page.click('[data-testid="from-last-year-create"]');
  await page.waitForSelector('[data-testid="from-last-year"]', { state: 'detached' });

  await waitCell(page, 'table3.carry.natural', '3');
  await waitCell(page, 'table3.carry.total', '3');
  await waitCell(page, 'table3.new.natural', '');
  await waitCell(page, 'table2.regulations.in_force', '12');
  assert.match(await page.textContent('[data-testid="draft-title"]'), /郑县商务局 2022年度/);
  await waitSaved(page);
  const created = (await storedDrafts(page)).find((d) => d.report.meta.year === 2022);
  assert.ok(created);
  assert.equal(created.previous.meta.year, 2021);
  // Last year's report is kept for the cross-year check: a carry that differs is an error.
  assert.equal(await page.locator('.diag[data-code="T3-5"]').count(), 0);
  await typeCell(page, 'table3.carry.natural', '4');
  await page.waitForSelector('.diag[data-code="T3-5"]');
  // … also after a reload.
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await page.waitForSelector('.diag[data-code="T3-5"]');
  assert.deepEqual(errors, []);
  await page.close();
});
