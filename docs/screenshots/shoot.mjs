// Takes docs/screenshots/form-seed.png: the form with the sample report (县商务局 2021) loaded,
// at a laptop width (1366 px). Run after a build:
//   node docs/screenshots/shoot.mjs [distDir] [out.png]
import path from 'node:path';
import { serve, launch, openApp, ROOT, DIST } from '../../tests/e2e/helpers.mjs';

const dist = process.argv[2] || DIST;
const out = process.argv[3] || path.join(ROOT, 'docs', 'screenshots', 'form-seed.png');
const full = process.env.FULL === '1';

const server = await serve(dist);
const browser = await launch({ viewport: { width: 1366, height: 900 } });
try {
  const { page, errors } = await openApp(browser, server.url);
  await page.getByRole('button', { name: /载入示例/ }).click();
  await page.waitForFunction(() =>
    document.querySelector('[data-place="meta.agency"]')?.value?.length > 0);
  if (process.env.SCROLL) {
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), process.env.SCROLL);
  }
  if (process.env.FOCUS) {
    await page.focus(`[data-cell="${process.env.FOCUS}"]`);
  }
  await page.waitForTimeout(200);
  await page.screenshot({ path: out, fullPage: full });
  console.log(`wrote ${out}`);
  if (errors.length) console.log('page errors:', errors);
} finally {
  await browser.close();
  await server.close();
}
