// The self-contained offline copy, dist/disclosure-report.html, opened from disk (file://):
// the notice about drafts, live totals, a draft kept across a reload, and a JSON export; the
// features the hosted page loads on demand (the importer, the PDF reader, 对标分析 in its worker)
// work from the file with the network off, read from the copies inlined in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openApp, serve, DIST, ROOT, READY_SELECTOR } from './helpers.mjs';

const FILE = process.env.OFFLINE_FILE ?? path.join(DIST, 'disclosure-report.html');
const URL_ = pathToFileURL(FILE).href;
const NOTICE =
  '您正在使用离线版：草稿保存在本浏览器中，且只属于此文件所在的路径。建议定期“保存为文件”。';

let browser;

before(async () => {
  browser = await launch({ viewport: { width: 1366, height: 900 } });
});

after(async () => {
  await browser?.close();
});

const cell = (address) => `[data-cell="${address}"]`;

/** Runs `run()` with the network off, every URL asked for meanwhile recorded; the network is
 * back on afterwards. Ends by checking that nothing was asked of the network. */
async function networkOff(run) {
  await browser.setOffline(true);
  const requests = [];
  const onRequest = (r) => requests.push(r.url());
  browser.on('request', onRequest);
  try {
    await run();
    const remote = requests.filter((u) => !/^(file|blob|data):/.test(u));
    assert.deepEqual(remote, [], 'nothing requested from the network');
  } finally {
    browser.off('request', onRequest);
    await browser.setOffline(false);
  }
}

async function waitValue(page, address, want) {
  await page.waitForFunction(
    ([sel, v]) => {
      const el = document.querySelector(sel);
      return !!el && (el.tagName === 'INPUT' ? el.value : el.textContent.trim()) === v;
    },
    [cell(address), want],
  );
}

test('offline file: one file, nothing loaded from beside it', async () => {
  const html = await readFile(FILE, 'utf8');
  assert.ok((await stat(FILE)).size > 100_000);
  assert.doesNotMatch(html, /<link[^>]+rel="(?:stylesheet|preload|modulepreload)"/);
  assert.doesNotMatch(html, /<script[^>]+src=/);
  assert.match(html, /<style>/);
  assert.match(html, /module_or_path: offlineWasmBytes/);
});

test('offline file from file://: notice, totals, draft across a reload, JSON export', async () => {
  const { page, errors } = await openApp(browser, URL_);
  assert.equal(await page.evaluate(() => location.protocol), 'file:');
  await page.waitForSelector('.offline-notice');
  assert.equal((await page.textContent('.offline-notice span')).trim(), NOTICE);
  // The download link is for the hosted page only.
  assert.equal(await page.locator('.offline-link').count(), 0);

  await page.waitForSelector(cell('table3.new.natural'));
  await page.click(cell('table3.new.natural'));
  await page.keyboard.type('3');
  await page.click(cell('table3.new.business'));
  await page.keyboard.type('2');
  await waitValue(page, 'table3.new.total', '5');
  await page.fill('[data-place="meta.agency"]', '离线测试局');
  // Leave the field so that every edit is committed, then give the drafts time to be written.
  await page.click(cell('table3.new.research'));
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes('离线测试局')),
  );

  await page.reload();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
  await waitValue(page, 'table3.new.natural', '3');
  await waitValue(page, 'table3.new.business', '2');
  await waitValue(page, 'table3.new.total', '5');

  // 保存为文件: the report as our JSON interchange file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.offline-notice button'),
  ]);
  assert.match(download.suggestedFilename(), /^离线测试局\d{4}年政府信息公开工作年度报告\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.format, '2021');
  assert.equal(saved.meta.agency, '离线测试局');
  assert.equal(saved.table3.new.natural, 3);
  assert.equal(saved.table3.new.business, 2);
  assert.equal(saved.table3.new.total, 5);
  // The form's own 导出 JSON works from file:// too, with the same content.
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="export-json"]'),
  ]);
  assert.equal(exported.suggestedFilename(), download.suggestedFilename());
  assert.deepEqual(JSON.parse(await readFile(await exported.path(), 'utf8')), saved);
  assert.deepEqual(errors, []);
  await page.close();
});

test('offline file, network off: the importer (paste, file, 汇总审查), the PDF reader and the publisher (导出 Word) work from the inlined modules', async () => {
  const seed = await readFile(path.join(ROOT, 'tests/fixtures/seed-2021-county-commerce-bureau.txt'));
  const pdf = await readFile(path.join(ROOT, 'tests/fixtures/2024-huaian.pdf'));
  const html = await readFile(FILE, 'utf8');
  for (const name of ['import/report_import.js', 'pdf/pdf-runs.js', 'pdf/pdf.min.mjs']) {
    assert.ok(html.includes(`type="text/x-inline-module" data-name="${name}"`), `${name} inlined`);
  }
  assert.ok(html.includes('type="text/x-inline-wasm" data-name="import/report_import_bg.wasm"'));
  await networkOff(async () => {
    const { page, errors } = await openApp(browser, URL_);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
    await page.waitForSelector(cell('table3.new.natural'));

    // Pasted text.
    await page.click('[data-testid="paste-open"]');
    await page.fill('[data-testid="paste-text"]', seed.toString('utf8'));
    await page.click('[data-testid="paste-import"]');
    await page.waitForSelector('[data-testid="import-summary"]');
    await waitValue(page, 'table3.total.total', '0');

    // A PDF from the file picker (pdf.js inlined too).
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await waitValue(page, 'table3.new.natural', '3001');

    // 汇总审查: a text file read and checked.
    await page.click('[data-testid="batch-open"]');
    await page.setInputFiles('[data-testid="batch-files"]', {
      name: 'seed.txt',
      mimeType: 'text/plain',
      buffer: seed,
    });
    await page.locator('[data-testid="batch-row"]', { hasText: '商务局' }).waitFor();
    assert.equal(await page.locator('[data-testid="import-error"]').count(), 0);
    await page.keyboard.press('Escape');

    // 导出 Word: the publisher inlined too.
    assert.ok(html.includes('type="text/x-inline-wasm" data-name="publish/report_publish_bg.wasm"'));
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Word' }).click(),
    ]);
    assert.match(word.suggestedFilename(), /\.docx$/);

    assert.deepEqual(errors, []);
    await page.close();
  });
});

test('offline file, network off: 对标分析 runs in its worker from the inlined module, and 规则说明 opens at the indicators', async () => {
  const html = await readFile(FILE, 'utf8');
  assert.ok(html.includes('type="text/x-inline-module" data-name="analysis/report_analysis.js"'));
  assert.ok(html.includes('type="text/x-inline-wasm" data-name="analysis/report_analysis_bg.wasm"'));
  const seed = JSON.parse(await readFile(path.join(ROOT, 'crates/domain/src/sample/seed-2021.json'), 'utf8'));
  const next = structuredClone(seed);
  next.meta.year = 2022;
  const other = structuredClone(seed);
  other.meta.agency = '郑县教育局';
  await networkOff(async () => {
    const { page, errors } = await openApp(browser, URL_);
    // An empty 汇总审查 (the tests above keep theirs in this file's storage).
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector(READY_SELECTOR, { state: 'attached' });
    await page.click('[data-testid="batch-open"]');
    await page.setInputFiles(
      '[data-testid="batch-files"]',
      [['a-2021.json', seed], ['a-2022.json', next], ['b-2021.json', other]].map(([name, r]) => ({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(r)),
      })),
    );
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 3);
    await page.click('[data-testid="analysis-open"]');
    await page.waitForSelector('[data-testid="analysis-table"] tbody tr');
    assert.equal(await page.locator('[data-testid="analysis-table"] tbody tr').count(), 3);
    // In the worker, not on the page: the worker imports the inlined glue from its blob: URL.
    assert.equal(await page.evaluate(() => window.drAnalysis.where()), 'worker');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="analysis-frame"]')?.contentDocument?.body?.innerText.includes('八、指标说明'),
    );
    // The link to the indicators' part of 规则说明 opens the inlined page at it.
    const [rules] = await Promise.all([
      page.context().waitForEvent('page'),
      page.click('[data-testid="analysis-rules-link"]'),
    ]);
    await rules.waitForLoadState();
    assert.match(rules.url(), /^blob:.*#indicators$/);
    assert.match(await rules.locator('#indicator-conclusion_rate').innerText(), /办结率（%）[\s\S]*公式（2021年版）[\s\S]*分母为0/);
    await rules.close();

    assert.deepEqual(errors, []);
    await page.close();
  });
});

test('hosted page: the header links to the offline file, which is served beside it', async () => {
  const server = await serve();
  try {
    const { page, errors } = await openApp(browser, server.url);
    const link = page.locator('.offline-link');
    await link.waitFor();
    assert.equal((await link.textContent()).trim(), '下载离线版');
    assert.equal(await link.getAttribute('href'), 'disclosure-report.html');
    assert.equal(await link.getAttribute('download'), 'disclosure-report.html');
    assert.equal(await page.locator('.offline-notice').count(), 0);
    const res = await fetch(new URL('disclosure-report.html', server.url));
    assert.equal(res.status, 200);
    assert.ok((await res.arrayBuffer()).byteLength > 100_000);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('offline file from file://, network off: the preview (tools module, inline) shows the 校验码 computed in the page (SubtleCrypto), the same as the exported HTML, without loading the publisher; 核验 finds that export', async () => {
  const { page, errors } = await openApp(browser, URL_);
  try {
    // file:// is a secure context: the browser's SHA-256 is there.
    assert.equal(await page.evaluate(() => window.isSecureContext && typeof crypto.subtle?.digest), 'function');
    await page.waitForSelector(cell('table3.new.natural'));
    await networkOff(async () => {
      await page.fill('[data-place="meta.agency"]', '离线校验局');
      await page.click(cell('table3.new.natural'));
      await page.keyboard.press('Control+A');
      await page.keyboard.type('9');
      assert.equal(await page.evaluate(() => window.drReview.loaded()), false, 'the tools module is not in the first load');
      await page.getByRole('button', { name: '打印预览' }).click();
      const frame = '[data-testid="print-preview-frame"]';
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.contentDocument?.querySelector('footer.fingerprint'),
        frame,
      );
      assert.equal(await page.evaluate(() => window.drReview.loaded()), true, 'the preview came from the inline tools module');
      const shown = await page.$eval(frame, (f) => f.contentDocument.querySelector('footer.fingerprint').textContent);
      assert.match(shown, /^校验码：[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
      assert.equal(await page.evaluate(() => window.drPublish.loaded()), false, 'the publisher was not loaded');
      await page.getByRole('button', { name: '关闭预览' }).click();
      // The exported HTML (the publisher, inlined in the file) carries the same code.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出 HTML' }).click(),
      ]);
      const html = await readFile(await download.path(), 'utf8');
      assert.ok(html.includes(shown), `the export carries ${shown}`);
      // 核验 (the same inline module) finds the code of that export.
      await page.getByRole('button', { name: '核验', exact: true }).click();
      await page.fill('[data-testid="verify-code"]', shown.replace('校验码：', ''));
      await page.click('[data-testid="verify-code-check"]');
      await page.waitForSelector('[data-testid="verify-result"][data-status="match"]');
    });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
