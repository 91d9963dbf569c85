// Builds the self-contained offline copy of the app, `disclosure-report.html`, from Trunk's
// output in a dist (or staging) dir: the same page with the CSS inlined, the wasm-bindgen glue as
// an inline module, and the WebAssembly as base64 instantiated from bytes — Chromium refuses
// fetch() on file://, so nothing may be loaded from beside the file. The modules loaded on
// demand (ON_DEMAND) are inlined too, as inert <script> elements the page's loader reads.
//
//   node scripts/build-offline.mjs <dir>     (scripts/post-build.sh runs it on Trunk's staging dir)

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const OUT_NAME = 'disclosure-report.html';

/** The files the page loads on demand, by their path beside it (index.html's loader names them
 * so; scripts/post-build.sh writes them). */
const ON_DEMAND = [
  'pdf/pdf-runs.js',
  'pdf/pdf.min.mjs',
  'pdf/pdf.worker.min.mjs',
  'import/report_import.js',
  'import/report_import_bg.wasm',
  'publish/report_publish.js',
  'publish/report_publish_bg.wasm',
  'review/report_review.js',
  'review/report_review_bg.wasm',
  'analysis/report_analysis.js',
  'analysis/report_analysis_bg.wasm',
];

/** The 规则说明 page the findings link to (rules/#T3-1), by its path beside the page. */
const RULES_PAGE = 'rules/index.html';

/** In the offline file, a link to rules/… (the app's rule links: src/embed_mount.rs RULES_PAGE)
 * is pointed, as it is followed (click, middle click, context menu), at a blob: URL of the
 * inlined page with the link's anchor. A classic script, so it runs before the app mounts. */
const RULES_LINKS = `(() => {
  const page = document.querySelector('script[type="text/x-inline-page"][data-name="${RULES_PAGE}"]');
  let url = null;
  const point = (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!a || !page) return;
    const href = a.dataset.rulesHref ?? a.getAttribute('href');
    if (!href.startsWith('rules/')) return;
    url ??= URL.createObjectURL(new Blob([page.textContent], { type: 'text/html' }));
    a.dataset.rulesHref = href;
    const at = href.indexOf('#');
    a.href = url + (at < 0 ? '' : href.slice(at));
  };
  for (const kind of ['click', 'auxclick', 'contextmenu']) document.addEventListener(kind, point, true);
})();`;

function fail(message) {
  console.error(`[build-offline] ${message}`);
  process.exit(1);
}

/** The file a root-relative or relative href of the page names inside `dir`. */
function local(dir, href) {
  const clean = href.split(/[?#]/)[0].replace(/^\.?\//, '');
  if (!clean || /^[a-z]+:/i.test(clean) || clean.includes('..')) fail(`unexpected asset href: ${href}`);
  return path.join(dir, decodeURIComponent(clean));
}

/** Text that may sit inside a <script> or <style> element without ending it. */
function inlineSafe(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** The glue as a module body: `export` keywords dropped, and the name of its default export. */
function unexport(glue) {
  let initName = null;
  const body = glue
    .replace(/^export\s*\{([^}]*)\};?\s*$/gm, (_, list) => {
      for (const item of list.split(',')) {
        const m = item.trim().match(/^(\w+)\s+as\s+default$/);
        if (m) initName = m[1];
      }
      return '';
    })
    .replace(/^export default\s+(async\s+)?function\s+(\w+)/gm, (_, a, name) => {
      initName = name;
      return `${a ?? ''}function ${name}`;
    })
    .replace(/^export\s+(?=(async\s+)?(function|class|const|let|var)\b)/gm, '');
  if (/^export\b/m.test(body)) fail('the wasm-bindgen glue has an export form this script does not know');
  if (!initName) fail('no default export (the init function) found in the wasm-bindgen glue');
  return { body, initName };
}

async function main() {
  const dir = process.argv[2];
  if (!dir) fail('usage: node scripts/build-offline.mjs <dist-or-staging-dir>');
  let html = await readFile(path.join(dir, 'index.html'), 'utf8');

  // Trunk's loader: <script type="module">import init, * as bindings from '/x.js'; ... </script>
  const loaderRe = /<script type="module">\s*import init, \* as bindings from '([^']+)';[\s\S]*?<\/script>/;
  const loader = html.match(loaderRe);
  if (!loader) fail('Trunk loader script not found in index.html');
  const gluePath = local(dir, loader[1]);
  const wasmHref = loader[0].match(/module_or_path:\s*'([^']+)'/);
  if (!wasmHref) fail('wasm path not found in the Trunk loader');
  const [glue, wasm] = await Promise.all([
    readFile(gluePath, 'utf8'),
    readFile(local(dir, wasmHref[1])),
  ]);
  const { body, initName } = unexport(glue);
  const script = [
    '<script type="module">',
    inlineSafe(body, 'script'),
    // Names of our own that the glue (which declares `wasm`) does not use.
    `const offlineWasmBytes = Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0));`,
    `const offlineWasm = await ${initName}({ module_or_path: offlineWasmBytes });`,
    'dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: offlineWasm } }));',
    '</script>',
  ].join('\n');
  html = html.replace(loaderRe, () => script);

  // Preload hints point at files that are not beside a copy on disk.
  html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');

  // Stylesheets inline, in their order.
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*\/?>/g)];
  for (const [tag, href] of sheets) {
    const css = await readFile(local(dir, href), 'utf8');
    html = html.replace(tag, () => `<style>\n${inlineSafe(css, 'style')}\n</style>`);
  }

  // What the page loads on demand (index.html's loader), inline: the PDF reader (pdf/: pdf.js
  // and js/pdf-runs.js) and each wasm module's glue as text that the loader turns into blob:
  // module URLs, each module's wasm as base64 (file:// refuses to load modules or fetch files).
  const inlined = [];
  for (const name of ON_DEMAND) {
    let data;
    try {
      data = await readFile(path.join(dir, name));
    } catch {
      fail(`missing ${path.join(dir, name)} (scripts/post-build.sh writes it)`);
    }
    if (name.endsWith('.wasm')) {
      inlined.push(`<script type="text/x-inline-wasm" data-name="${name}">${data.toString('base64')}</script>`);
      continue;
    }
    const text = data.toString('utf8');
    // "<!--" in a script element changes how the page parser finds its end.
    if (text.includes('<!--')) fail(`${name} holds "<!--", which would upset its inline <script>`);
    inlined.push(`<script type="text/x-inline-module" data-name="${name}">${inlineSafe(text, 'script')}</script>`);
  }
  // The Chinese CMaps (Adobe-GB1 and the GB encodings, ~290 KB of 1.7 MB), base64, for PDFs whose
  // font is not embedded; the page's drPdfRuns hands them to pdf.js by name.
  const cmapDir = path.join(dir, 'pdf', 'cmaps');
  const cmaps = (await readdir(cmapDir).catch(() => fail(`missing ${cmapDir} (scripts/post-build.sh copies it)`)))
    .filter((name) => /GB/.test(name) && name.endsWith('.bcmap'))
    .sort();
  for (const name of cmaps) {
    const data = (await readFile(path.join(cmapDir, name))).toString('base64');
    inlined.push(`<script type="text/x-inline-cmap" data-name="${name}">${data}</script>`);
  }
  // 规则说明 (scripts/post-build.sh puts it at rules/index.html): the findings link to
  // rules/#CODE, which is not beside a copy on disk; the page is inlined and RULES_LINKS points
  // each such link at a blob: URL of it, with the rule's anchor, when it is followed.
  let rules;
  try {
    rules = await readFile(path.join(dir, RULES_PAGE), 'utf8');
  } catch {
    fail(`missing ${path.join(dir, RULES_PAGE)} (scripts/post-build.sh writes it)`);
  }
  if (rules.includes('<!--')) fail(`${RULES_PAGE} holds "<!--", which would upset its inline <script>`);
  inlined.push(`<script type="text/x-inline-page" data-name="${RULES_PAGE}">${inlineSafe(rules, 'script')}</script>`);
  inlined.push(`<script>${RULES_LINKS}</script>`);
  html = html.replace('</body>', () => `${inlined.join('\n')}\n</body>`);

  // Anything still loaded from beside the page would be missing from a saved copy.
  const left = html.match(/<(?:link|script|img)\b[^>]*\b(?:href|src)="(?!data:|#)[^"]*"/);
  if (left) fail(`still references an external file: ${left[0]}`);

  await writeFile(path.join(dir, OUT_NAME), html);
  console.error(`[build-offline] ${OUT_NAME}: ${Buffer.byteLength(html)} bytes (wasm ${wasm.length} bytes as base64)`);
}

await main();
