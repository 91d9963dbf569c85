// End-to-end checks of the app shell in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, PANIC_BANNER_SELECTOR } from './helpers.mjs';

const TITLE = '政府信息公开工作年度报告';

const app = servedApp();

test('shell: title, lang, h1, main, no console errors', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  assert.equal(await page.title(), TITLE);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await page.waitForFunction(
    (t) => document.querySelector('h1')?.textContent?.trim() === t,
    TITLE,
  );
  assert.equal((await page.textContent('h1')).trim(), TITLE);
  assert.equal(await page.locator('main#app-main').count(), 1);
  assert.equal(await page.locator(PANIC_BANNER_SELECTOR).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('shell: the noscript message is in Chinese', async () => {
  const res = await fetch(app.url);
  const html = await res.text();
  assert.match(html, /<noscript>[\s\S]*本应用需要启用 JavaScript 才能运行/);
  assert.match(html, /<meta charset="utf-8">/i);
});

test('shell: the wasm is served with the wasm MIME type', async () => {
  const html = await (await fetch(app.url)).text();
  const m = html.match(/["']([^"']+\.wasm)["']/);
  assert.ok(m, 'index.html references a .wasm file');
  const res = await fetch(new URL(m[1], app.url));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/wasm');
});
