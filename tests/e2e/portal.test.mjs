// examples/portal.html: a portal page that imports dist/embed/index.js, mounts the whole form
// into its own element, counts onChange calls and lists our diagnostics in its own markup.
// The page imports ../dist/embed/, so this test serves the repository root itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, ROOT } from './helpers.mjs';

let server;
let browser;

/** python3's http.server on the repository root, on a port the OS picks. */
async function serveRoot() {
  const child = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`http.server did not start: ${out}`)), 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/port (\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', () => reject(new Error(`http.server exited: ${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill();
        await exited;
      }
    },
  };
}

before(async () => {
  server = await serveRoot();
  browser = await launch({ viewport: { width: 1400, height: 900 } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPortal() {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(`${server.url}examples/portal.html`, { waitUntil: 'load' });
  try {
    await page.waitForSelector('#report-form [data-cell="table3.new.natural"]', { timeout: 20000 });
  } catch (e) {
    throw new Error(`form not mounted: ${e.message}\n${errors.join('\n')}`);
  }
  return { page, errors };
}

test('portal: the form mounts inside the portal element, beside the portal own markup', async () => {
  const { page, errors } = await openPortal();
  // Inside the portal's element, not appended to <body>.
  assert.equal(await page.locator('#report-form main#app-main').count(), 1);
  assert.equal(await page.locator('body > main#app-main').count(), 0);
  assert.equal((await page.textContent('.portal-header h1')).trim(), '某市政务公开平台');
  // onValidate ran once after mounting: an empty report being filled in has no finding yet
  // (tables and parts not started are quiet until 发布前检查).
  await page.waitForFunction(() => Number(document.getElementById('portal-diagnostics').dataset.calls) >= 1);
  assert.equal(await page.locator('#portal-diagnostics li').count(), 0);
  assert.equal(await page.textContent('#change-count'), '0');
  assert.deepEqual(errors, []);
  await page.close();
});

test('portal: typing calls onChange with the report and onValidate with the new diagnostics', async () => {
  const { page, errors } = await openPortal();
  await page.waitForFunction(() => Number(document.getElementById('portal-diagnostics').dataset.calls) >= 1);
  assert.equal(await page.locator('#portal-diagnostics li[data-code="T3-1"]').count(), 0);

  await page.click('[data-cell="table3.new.natural"]');
  await page.keyboard.type('3');
  // onChange: counted by the portal, with the report as a plain object (totals filled).
  await page.waitForFunction(() => Number(document.getElementById('change-count').textContent) >= 1);
  const report = await page.evaluate(() => window.lastReport);
  assert.equal(report.format, '2021');
  assert.equal(report.table3.new.natural, 3);
  assert.equal(report.table3.new.total, 3);
  // onValidate: the portal's own list now shows the T3-1 error of the 自然人 column.
  await page.waitForSelector('#portal-diagnostics li.error[data-code="T3-1"]');
  const text = await page.textContent('#portal-diagnostics li.error[data-code="T3-1"]');
  assert.match(text, /自然人列：一\+二＝3，（七）总计\+四＝0，相差 3/);
  assert.match(text, /table3\.new\.natural/);
  assert.ok(Number(await page.textContent('#error-count')) >= 1);

  // The agency typed into the form reaches the portal through onChange.
  await page.fill('#report-form [data-place="meta.agency"]', '某市统计局');
  await page.waitForFunction(() => document.getElementById('current-agency').textContent === '某市统计局');
  // The draft is kept under the portal's namespace (mount option `namespace: 'portal-demo'`).
  await page.waitForFunction(() =>
    Object.keys(localStorage).some(
      (k) => k.startsWith('portal-demo/') && localStorage.getItem(k).includes('某市统计局'),
    ),
  );
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('portal-demo/'))),
    [],
  );

  // The handle: the current report, load() replaces it, unmount() empties the portal's element.
  const now = await page.evaluate(() => window.reportForm.report());
  assert.equal(now.table3.new.natural, 3);
  const loaded = await page.evaluate(async () => {
    const { template } = await import('../dist/embed/index.js');
    const r = template(2022);
    r.meta.agency = '载入的机关';
    return window.reportForm.load(r);
  });
  assert.equal(loaded, true);
  await page.waitForFunction(() => document.getElementById('current-agency').textContent === '载入的机关');
  assert.equal(await page.inputValue('#report-form [data-place="meta.agency"]'), '载入的机关');
  assert.equal(await page.inputValue('#report-form [data-cell="table3.new.natural"]'), '');

  // A report whose totals are stale: they are computed on loading, and the form says so.
  const stale = await page.evaluate(async () => {
    const { template } = await import('../dist/embed/index.js');
    const r = template(2022);
    r.table3.new.natural = 2;
    r.table3.new.total = 5;
    return window.reportForm.load(r);
  });
  assert.match(stale, /^载入的报告中有 \d+ 个合计与各项之和不符，已按各项重新计算（表三 一、本年新收政府信息公开申请数量 \/ 总计：5 → 2/);
  await page.waitForFunction(() => document.querySelector('#report-form [data-cell="table3.new.total"]')?.textContent === '2');
  await page.waitForFunction((note) => document.querySelector('#report-form .status-line')?.textContent === note, stale);
  const t33 = await page.evaluate(() => window.reportForm.report().table3.new.total);
  assert.equal(t33, 2);
  await page.evaluate(() => window.reportForm.unmount());
  await page.waitForFunction(() => document.querySelector('#report-form [data-cell]') === null);
  assert.equal(await page.evaluate(() => window.reportForm.report()), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('portal: mount() refuses bad arguments with clear Errors', async () => {
  const { page } = await openPortal();
  const messages = await page.evaluate(async () => {
    const { mount } = await import('../dist/embed/index.js');
    const el = document.createElement('div');
    const out = [];
    for (const [target, options] of [
      [null, {}],
      ['#report-form', {}],
      [el, { onChange: 'not a function' }],
      [el, { namespace: '' }],
      [el, { colour: 'red' }],
      [el, 42],
      [el, { panel: 'no' }],
      [el, { offlineUrl: '' }],
      [el, { rulesUrl: 7 }],
    ]) {
      try {
        mount(target, options);
        out.push('no error');
      } catch (e) {
        out.push(`${e.constructor.name}: ${e.message}`);
      }
    }
    return out;
  });
  assert.equal(messages[0], 'Error: mount(element)：应为页面中的 HTML 元素（如 document.getElementById(...)）');
  assert.equal(messages[1], messages[0]);
  assert.equal(messages[2], 'Error: mount(options.onChange)：应为函数');
  assert.equal(messages[3], 'Error: mount(options.namespace)：应为非空文字（不超过 100 个字符）');
  assert.equal(
    messages[4],
    'Error: mount(options)：未知的选项“colour”（可用：namespace、onChange、onValidate、panel、drafts、tools、offlineUrl、rulesUrl）',
  );
  assert.equal(messages[5], 'Error: mount(options)：应为对象');
  assert.equal(messages[6], 'Error: mount(options.panel)：应为 true 或 false');
  assert.equal(messages[7], 'Error: mount(options.offlineUrl)：应为离线版文件的网址（非空文字）');
  assert.equal(messages[8], 'Error: mount(options.rulesUrl)：应为规则说明页面的网址（非空文字）');
  await page.close();
});

test("portal: the 汇总审查 list is kept under the portal's namespace and read back there", async () => {
  const { page, errors } = await openPortal();
  const open = async () => {
    await page.click('#report-form [data-testid="batch-open"]');
    await page.waitForSelector('[data-testid="batch-dialog"]');
  };
  await open();
  await page.click('[data-testid="batch-clear"]');
  // Added through the file reader's callback, where no context can be looked up.
  await page.setInputFiles('[data-testid="batch-files"]', {
    name: 'pingtan.json',
    mimeType: 'application/json',
    buffer: readFileSync(path.join(ROOT, 'crates/domain/tests/fixtures/pingtan-2021.json')),
  });
  await page.waitForSelector('[data-testid="batch-row"]');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/review/')));
  assert.equal(keys.length, 1);
  assert.match(keys[0], /^portal-demo\/review\/r/);
  await page.reload();
  await page.waitForSelector('#report-form [data-cell="table3.new.natural"]');
  await open();
  await page.waitForSelector('[data-testid="batch-row"]');
  assert.match(await page.textContent('[data-testid="batch-row"]'), /pingtan\.json/);
  await page.click('[data-testid="batch-clear"]');
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/review/'))),
    [],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("portal: the mounted form's print preview and 核验 come from the JS API's own module (one module)", async () => {
  const requests = [];
  const onRequest = (r) => requests.push(new URL(r.url()).pathname);
  browser.on('request', onRequest);
  try {
    const { page, errors } = await openPortal();
    await page.click('#report-form [data-testid="print-preview"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="print-preview-frame"]')?.contentDocument?.querySelector('footer.fingerprint'));
    assert.equal(await page.getAttribute('#report-form [data-testid="print-preview"]', 'aria-pressed'), 'true');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="print-preview-dialog"]', { state: 'detached' });
    await page.click('#report-form [data-testid="verify-open"]');
    await page.waitForSelector('#report-form [data-testid="verify-dialog"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="verify-dialog"]', { state: 'detached' });
    // Nothing but dist/embed/'s own module: the app page's review/ module is not needed here.
    assert.deepEqual(requests.filter((p) => p.includes('/review/')), []);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    browser.off('request', onRequest);
  }
});

test("portal: the mounted form imports pasted text with the JS API's own importer (one module)", async () => {
  const requests = [];
  const onRequest = (r) => requests.push(new URL(r.url()).pathname);
  browser.on('request', onRequest);
  try {
    const { page, errors } = await openPortal();
    await page.click('#report-form [data-testid="paste-open"]');
    await page.fill(
      '[data-testid="paste-text"]',
      readFileSync(path.join(ROOT, 'tests/fixtures/seed-2021-county-commerce-bureau.txt'), 'utf8'),
    );
    await page.click('[data-testid="paste-import"]');
    await page.waitForSelector('#report-form [data-testid="import-summary"]');
    assert.match(await page.inputValue('#report-form [data-place="meta.agency"]'), /商务局/);
    // Nothing but dist/embed/'s own module: the app page's import/ module is not needed here.
    assert.deepEqual(requests.filter((p) => p.includes('/import/')), []);
    assert.ok(requests.some((p) => p.endsWith('/dist/embed/report_embed_bg.wasm')), requests.join('\n'));
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    browser.off('request', onRequest);
  }
});

test('portal: "下载离线版" points where the portal says (offlineUrl), to a file that is there', async () => {
  const { page, errors } = await openPortal();
  const link = page.locator('#report-form .offline-link');
  assert.equal(await link.count(), 1);
  const href = await link.evaluate((a) => a.href);
  assert.ok(href.endsWith('/dist/disclosure-report.html'), href);
  const status = await page.evaluate(async (url) => (await fetch(url, { method: 'HEAD' })).status, href);
  assert.equal(status, 200);
  assert.deepEqual(errors, []);
  await page.close();
});

/** The 960 px portal column with mount options given in the address. */
async function openColumn(query) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(`${server.url}examples/portal-960.html${query}`, { waitUntil: 'load' });
  await page.waitForSelector('#report-form [data-cell="table3.new.natural"]', { timeout: 20000 });
  await page.waitForFunction(() => Number(document.getElementById('portal-diagnostics').dataset.calls) >= 1);
  return { page, errors };
}

/** Whether the element at the centre of `selector` is that element (nothing covers it). */
function uncovered(page, selector) {
  return page.$eval(selector, (el) => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top === el || el.contains(top);
  });
}

/** Layout facts of the form inside the 960 px column. */
function layout(page) {
  return page.evaluate(() => {
    const host = document.getElementById('report-form');
    const box = host.getBoundingClientRect();
    const wrap = document.querySelector('#report-form [data-table="table3"]').closest('.table-wrap');
    wrap.scrollLeft = wrap.scrollWidth;
    const w = wrap.getBoundingClientRect();
    const total = document.querySelector('#report-form [data-cell="table3.new.total"]').getBoundingClientRect();
    const published = document.querySelector('#report-form [data-place="meta.published"]').getBoundingClientRect();
    const visible = (sel) => {
      const el = document.querySelector(sel);
      return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    return {
      width: Math.round(box.width),
      overflow: host.scrollWidth - host.clientWidth,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      wrapInside: w.left >= box.left - 1 && w.right <= box.right + 1,
      totalShown: total.left >= w.left - 1 && total.right <= w.right + 1 && total.width > 20,
      publishedInside: published.left >= box.left && published.right <= box.right + 1,
      panel: visible('#report-form .diag-panel'),
      badge: visible('#report-form .checks-badge'),
      drafts: document.querySelectorAll('#report-form [data-testid="draft-menu"]').length,
      tools: document.querySelectorAll('#report-form [data-testid="batch-open"], #report-form .sample, #report-form [data-testid="export-json"]').length,
      offline: document.querySelectorAll('#report-form .offline-link').length,
    };
  });
}

const COLUMN_CASES = [
  ['', { panel: true, drafts: 1, tools: 3 }],
  ['?panel=false', { panel: false, drafts: 1, tools: 3 }],
  ['?drafts=false', { panel: true, drafts: 0, tools: 3 }],
  ['?tools=false', { panel: true, drafts: 1, tools: 0 }],
  ['?panel=false&drafts=false&tools=false', { panel: false, drafts: 0, tools: 0 }],
];

for (const [query, want] of COLUMN_CASES) {
  test(`portal 960 px column${query || ' (default options)'}: the form fits, nothing covered or clipped`, async () => {
    const { page, errors } = await openColumn(query);
    const l = await layout(page);
    assert.equal(l.width, 958, 'the form is as wide as its container (960 px less the border)');
    assert.ok(l.overflow <= 0, `the form overflows its container by ${l.overflow} px`);
    assert.ok(l.pageOverflow <= 0, `the page scrolls sideways by ${l.pageOverflow} px`);
    assert.ok(l.wrapInside, 'table 三 scrolls inside its own box');
    assert.ok(l.totalShown, 'table 三 总计 column reachable in its box');
    assert.ok(l.publishedInside, '公布日期 inside the form');
    assert.ok(await uncovered(page, '#report-form [data-place="meta.published"]'), '公布日期 not covered');
    // The panel does not fit beside the form in 960 px: its badge opens it over the page.
    assert.equal(l.panel, false);
    assert.equal(l.badge, want.panel);
    assert.equal(l.drafts, want.drafts);
    assert.equal(l.tools, want.tools);
    assert.equal(l.offline, 0, 'no 下载离线版 without offlineUrl');
    if (want.panel) {
      await page.click('#report-form .checks-badge');
      await page.waitForSelector('#report-form .diag-panel.open');
      assert.match(await page.textContent('#report-form .diag-panel'), /检查结果/);
      await page.keyboard.press('Escape');
      await page.waitForSelector('#report-form .diag-panel:not(.open)', { state: 'attached' });
    }
    if (!want.drafts) {
      // The portal keeps the report: nothing is stored (earlier tests' drafts stay as they were).
      const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
      const before = await stored();
      await page.fill('#report-form [data-place="meta.agency"]', '某市统计局');
      await page.waitForTimeout(400);
      assert.equal(await stored(), before);
      assert.ok(!before.includes('某市统计局'));
      assert.equal((await page.evaluate(() => window.reportForm.report())).meta.agency, '某市统计局');
    }
    if (query.includes('tools=false') && query.includes('panel=false')) {
      // The report form alone; the portal lists the findings from onValidate.
      await page.click('#report-form [data-cell="table3.new.natural"]');
      await page.keyboard.type('3');
      await page.waitForSelector('#portal-diagnostics li.error[data-code="T3-1"]');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/portal-960.png') });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}
