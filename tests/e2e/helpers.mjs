// Shared helpers for the end-to-end tests (node --test + playwright-core).
//
// Every `tests/e2e/*.test.mjs` file is picked up by scripts/test.sh, which
// builds dist/ with `trunk build --release`, serves it with python3's
// http.server on 127.0.0.1 and passes the address in E2E_BASE_URL.
// Run a single file by hand (after a build) with:
//   node --test tests/e2e/shell.test.mjs
// When E2E_BASE_URL is not set, serve() starts its own server on dist/.
//
// Typical test:
//   import { test } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { servedApp, openApp } from './helpers.mjs';
//   const app = servedApp();
//   test('...', async () => {
//     const { page, errors } = await openApp(app.browser, app.url);
//     ...
//     assert.deepEqual(errors, []);
//   });

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Chromium flags that work as root on a machine without internet. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Selector that matches once the app has mounted (set by src/main.rs). */
export const READY_SELECTOR = 'body[data-app-ready="1"]';

/** Text of the panic banner (src/panic_banner.rs). */
export const PANIC_BANNER_SELECTOR = '#panic-banner';

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not answer: ${lastError}`);
}

/**
 * The address of the built app. Uses E2E_BASE_URL when scripts/test.sh set it;
 * otherwise serves `dir` (default dist/) with python3 -m http.server.
 * Returns { url, close() } — `url` ends with '/'.
 */
export async function serve(dir = DIST) {
  if (process.env.E2E_BASE_URL) {
    const url = process.env.E2E_BASE_URL.replace(/\/?$/, '/');
    return { url, close: async () => {} };
  }
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port)], {
    cwd: dir,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url);
  } catch (e) {
    child.kill();
    throw e;
  }
  return {
    url,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill();
        await exited;
      }
    },
  };
}

/**
 * Starts headless Chromium with a fresh profile in a temp dir.
 * Returns the Playwright BrowserContext; its close() also removes the profile.
 * Options are passed to launchPersistentContext (e.g. { viewport, locale }).
 */
export async function launch(options = {}) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'dr-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'zh-CN',
    acceptDownloads: true,
    ...options,
  });
  const close = context.close.bind(context);
  context.close = async () => {
    try {
      await close();
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  };
  return context;
}

/**
 * A new page whose console errors and uncaught exceptions are recorded.
 * Returns { page, errors } — `errors` is a live array of strings.
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { page, errors };
}

/**
 * Opens a new page at `url`, records console errors and uncaught exceptions,
 * and waits until the app has mounted.
 * Returns { page, errors } — `errors` is a live array of strings.
 */
export async function openApp(context, url, { timeout = 15000 } = {}) {
  const { page, errors } = await watchedPage(context);
  await page.goto(url, { waitUntil: 'load', timeout });
  try {
    await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout });
  } catch (e) {
    throw new Error(`app did not mount at ${url}: ${e.message}\nerrors: ${errors.join('\n')}`);
  }
  return { page, errors };
}

/**
 * Serves the app and launches one browser for all the tests of the calling file: registers
 * node:test `before`/`after` hooks, so call it at the top level of a test file.
 * Returns { browser, server, url }, filled in once `before` has run.
 * `launchOptions` go to launch() (e.g. { viewport }).
 */
export function servedApp(launchOptions = {}) {
  const app = {
    browser: undefined,
    server: undefined,
    get url() {
      return app.server.url;
    },
  };
  before(async () => {
    app.server = await serve();
    app.browser = await launch(launchOptions);
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
