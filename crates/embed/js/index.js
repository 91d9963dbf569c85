// 政府信息公开工作年度报告 — JavaScript API (ES module), for portals and Node 20+.
//
//   import { validate, applyFix, readClaims, compute, parseReport, parseFile, sumReports, indicators,
//     benchmark, renderHtml, renderDocx, fingerprint, formats, rules, sentence, template, mount }
//     from './embed/index.js';
//
// This file is stable; it loads the WebAssembly beside it (report_embed_bg.wasm) with top-level
// await, so every function is ready as soon as the import resolves. Types: index.d.ts.
// Every function throws an Error with a Chinese message for bad input, never a crash.

import init, * as wasm from './report_embed.js';

const WASM_URL = new URL('./report_embed_bg.wasm', import.meta.url);
const IS_NODE = typeof process !== 'undefined' && !!process.versions?.node;

if (IS_NODE) {
  // Node's fetch cannot read file: URLs; hand the bytes to the glue instead.
  const { readFile } = await import('node:fs/promises');
  await init({ module_or_path: await readFile(WASM_URL) });
} else {
  await init({ module_or_path: WASM_URL });
}

/**
 * A report or options argument as JSON text. JSON.stringify detects cycles and limits depth
 * (a thrown RangeError/TypeError becomes our Error); the replacer refuses what JSON would
 * silently change: NaN/Infinity (→ null, a blank), undefined and functions (dropped), BigInt.
 */
function jsonArg(what, value, optional = false) {
  if (value === undefined || value === null) {
    if (optional) return undefined;
    throw new Error(`${what}：缺少此参数`);
  }
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${what}：应为对象或 JSON 文字（收到 ${Array.isArray(value) ? '数组' : typeof value}）`);
  }
  try {
    return JSON.stringify(value, function (key, v) {
      const where = key === '' ? '' : `字段“${key}”`;
      if (typeof v === 'number' && !Number.isFinite(v)) {
        throw new Error(`${where}的值 ${v} 不是有效数字`);
      }
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') {
        throw new Error(`${where}的值不能是 ${v === undefined ? 'undefined' : typeof v}（空白请用 null）`);
      }
      if (typeof v === 'bigint') {
        throw new Error(`${where}的值不能是 BigInt`);
      }
      return v;
    });
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      throw new Error(`${what}：无法转换为 JSON（对象有循环引用或嵌套过深）`);
    }
    throw new Error(`${what}：${e.message}`);
  }
}

/** Calls into WebAssembly; any non-Error throw becomes an Error. */
function call(fn, ...args) {
  try {
    return fn(...args);
  } catch (e) {
    throw e instanceof Error ? e : new Error(String(e));
  }
}

/** Every finding of the rules: [{ code, severity, cells, message, help, fixes }]. */
export function validate(report, options) {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new Error('validate(options)：应为对象');
  }
  return call(wasm.validate, jsonArg('validate(report)', report), jsonArg('validate(options)', options, true));
}

/**
 * The figures the text checks read in the narrative, each with the cells it was compared with:
 * [{ part, start, end, text, reading, cells, value, expected, status }]; start/end index the
 * part's text as JavaScript strings do (UTF-16).
 */
export function readClaims(report) {
  return call(wasm.readClaims, jsonArg('readClaims(report)', report));
}

/**
 * The report with a finding's quick fix applied: `fix` is one of the `fixes` `validate` gave
 * ({ label, edits }). Throws when the report changed since (the text the fix replaces moved).
 */
export function applyFix(report, fix) {
  return call(wasm.applyFix, jsonArg('applyFix(report)', report), jsonArg('applyFix(fix)', fix));
}

/** The report with every total cell filled. */
export function compute(report) {
  return call(wasm.compute, jsonArg('compute(report)', report));
}

/** A report read from pasted text, a saved web page (HTML) or our JSON: { report, notes }. */
export function parseReport(input, options) {
  if (typeof input !== 'string') {
    throw new Error(`parseReport(input)：应为文字（粘贴的全文或网页 HTML），收到 ${input === null ? 'null' : typeof input}`);
  }
  return call(wasm.parseReport, input, jsonArg('parseReport(options)', options, true));
}

/** The bytes of a file argument: a Uint8Array (Node's Buffer is one) or an ArrayBuffer. */
function bytesArg(what, value) {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new Error(`${what}：应为文件内容（Uint8Array 或 ArrayBuffer），收到 ${value === null ? 'null' : typeof value}`);
}

/** Where the PDF reader lies: beside this module (scripts/post-build.sh copies it), with the
 * CMaps a PDF whose CID font is not embedded needs (read only when a PDF names one). */
const PDF_URLS = {
  main: new URL('./pdfjs/pdf.min.mjs', import.meta.url).href,
  worker: new URL('./pdfjs/pdf.worker.min.mjs', import.meta.url).href,
  cmaps: new URL('./pdfjs/cmaps/', import.meta.url).href,
};

// A form mounted into a portal page reads a dropped PDF through the page's drPdfRuns, as the
// app's own page provides it (index.html); here it loads the reader beside this module.
if (!IS_NODE && typeof window !== 'undefined' && typeof window.drPdfRuns !== 'function') {
  window.drPdfRuns = (bytes) => import('./pdf-runs.js').then((m) => m.pdfRuns(bytes, PDF_URLS));
}

// The mounted form imports through window.drImport (src/components/io/import_module.rs). The
// app's own page loads the importer as a module of its own (index.html); this module holds it
// already, so here it answers at once.
if (!IS_NODE && typeof window !== 'undefined' && typeof window.drImport !== 'object') {
  const answer = (fn, ...args) => new Promise((resolve) => resolve(fn(...args)));
  window.drImport = {
    loaded: () => true,
    text: (text) => answer(wasm.formImportText, text),
    bytes: (bytes) => answer(wasm.formImportBytes, bytes),
    pdf: async (bytes) => {
      let runs;
      try {
        runs = await window.drPdfRuns(bytes);
      } catch (e) {
        throw new Error(wasm.formPdfErrorMessage(e?.code ?? 'unreadable', String(e?.message ?? e)));
      }
      return wasm.formImportRuns(JSON.stringify(runs));
    },
  };
}

// The mounted form's 汇总审查, print preview and 核验 go through window.drReview
// (src/components/review/loader.rs, src/components/publish/tools.rs); this module holds them
// too, in the form's own runtime.
if (!IS_NODE && typeof window !== 'undefined' && typeof window.drReview !== 'object') {
  window.drReview = {
    loaded: () => true,
    open: () => new Promise((resolve) => resolve(wasm.formReview('open'))),
    fromLastYear: () => new Promise((resolve) => resolve(wasm.formReview('fromLastYear'))),
    publishing: (action) => new Promise((resolve) => resolve(wasm.formPublishing(action))),
    mount: () => new Promise((resolve) => resolve(wasm.formReview('mount'))),
    // After the app's effect that asks for it has run (the form's own runtime draws it).
    importSummary: (json) => Promise.resolve().then(() => wasm.formImportSummary(json)),
    openPaste: () => new Promise((resolve) => resolve(wasm.formReview('openPaste'))),
    importFile: (file) => new Promise((resolve) => resolve(wasm.formImportFile(file))),
    formatOffer: (json) => Promise.resolve().then(() => wasm.formFormatOffer(json)),
    load: () => Promise.resolve(),
    isOpen: () => wasm.formReview('isOpen'),
    readFiles: (files) => wasm.formReview('readFiles', files),
  };
}

// The mounted form's Word and HTML exports and 核验 go through window.drPublish
// (src/components/publish/module.rs); this module holds the publisher too.
if (!IS_NODE && typeof window !== 'undefined' && typeof window.drPublish !== 'object') {
  window.drPublish = {
    loaded: () => true,
    call: (name, a, b, c) => new Promise((resolve) => resolve(wasm.formPublish(name, a, b, c))),
  };
}

/**
 * A report read from a file's bytes, whatever it is (detected by content, not by name): a PDF
 * (its text layer, read by pdf.js, loaded on first use), a saved web page, a text, our JSON.
 * Resolves to { report, notes }; rejects with a Chinese message (a scan without text, an
 * encrypted or damaged PDF, a file that is no report). options.name: the file's name, only
 * used in messages.
 */
export async function parseFile(bytes, options) {
  const data = bytesArg('parseFile(bytes)', bytes);
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new Error('parseFile(options)：应为对象');
  }
  const name = options?.name;
  if (name !== undefined && name !== null && typeof name !== 'string') {
    throw new Error('parseFile(options.name)：应为文字');
  }
  const named = (e) => (name ? new Error(`文件“${name}”：${e.message}`) : e);
  try {
    if (call(wasm.fileKind, data) !== 'pdf') return call(wasm.parseBytes, data);
    const { pdfRuns } = await import('./pdf-runs.js');
    let runs;
    try {
      runs = await pdfRuns(data, PDF_URLS);
    } catch (e) {
      throw new Error(wasm.pdfErrorMessage(e?.code ?? 'unreadable', String(e?.message ?? e)));
    }
    return call(wasm.parsePlaced, runs);
  } catch (e) {
    throw named(e instanceof Error ? e : new Error(String(e)));
  }
}

/**
 * The sum of several reports of one year: { report, repeats }. Each element is a report object
 * or its JSON text; `repeats` warns (in Chinese) of an agency and year given more than once.
 */
export function sumReports(reports) {
  if (!Array.isArray(reports)) {
    throw new Error(`sumReports(reports)：应为年度报告数组（收到 ${reports === null ? 'null' : typeof reports}）`);
  }
  // Each element as JSON text, kept a string inside the array so a bad one is named by index.
  const parts = reports.map((r, i) => JSON.stringify(jsonArg(`sumReports(reports[${i}])`, r)));
  return call(wasm.sumReports, `[${parts.join(',')}]`);
}

/** A report's indicators of the 对标分析: [{ key, name, unit, value, status, display, blank }]. */
export function indicators(report) {
  return call(wasm.indicators, jsonArg('indicators(report)', report));
}

/**
 * The 对标分析 of a list of reports: { indicators, distribution, jumps, risks }.
 * options.previous: last year's reports, compared with (jumps) but not analysed.
 */
export function benchmark(reports, options) {
  if (!Array.isArray(reports)) {
    throw new Error(`benchmark(reports)：应为年度报告数组（收到 ${reports === null ? 'null' : typeof reports}）`);
  }
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new Error('benchmark(options)：应为对象');
  }
  // Each element as JSON text inside the array, so a bad one is named by its index.
  const list = (what, rs) => `[${rs.map((r, i) => JSON.stringify(jsonArg(`${what}[${i}])`, r))).join(',')}]`;
  let opts;
  if (options && options.previous !== undefined && options.previous !== null) {
    if (!Array.isArray(options.previous)) throw new Error('benchmark(options.previous)：应为年度报告数组');
    opts = `{"previous":${list('benchmark(options.previous', options.previous)}}`;
  } else if (options) {
    opts = jsonArg('benchmark(options)', options);
  }
  return call(wasm.benchmark, list('benchmark(reports', reports), opts);
}

/** The printable HTML page (official layout, A4 print CSS) as a string. */
export function renderHtml(report) {
  return call(wasm.renderHtml, jsonArg('renderHtml(report)', report));
}

/** The Word .docx file (official layout; the report's data and 校验码 inside) as bytes. */
export function renderDocx(report) {
  return call(wasm.renderDocx, jsonArg('renderDocx(report)', report));
}

/** The 校验码 the report's published copies print, e.g. "3F2A-91C0-7B4E". */
export function fingerprint(report) {
  return call(wasm.fingerprint, jsonArg('fingerprint(report)', report));
}

/** Every official format as data (newest first), each with its flat list of cells. */
export function formats() {
  return call(wasm.formats);
}

/**
 * 规则说明: every rule as data, [{ code, severity, title, help, checks, basis, example, fix,
 * reads }] (the same data as docs/rules.md and the app's rules page).
 */
export function rules() {
  return call(wasm.rules);
}

/**
 * The standard sentence of a topic written from the report's tables: "proactive" (table 二, the
 * opening of 一（一）主动公开), "requests" (table 三, for 一（二）依申请公开) or "appeals" (table 四).
 * Throws when that table is still blank.
 */
export function sentence(report, topic) {
  return call(wasm.sentence, jsonArg('sentence(report)', report), topic);
}

/** An empty report (every cell null) for a report year, in the format that year requires. */
export function template(year) {
  if (typeof year !== 'number') {
    throw new Error(`template(year)：应为四位数年份（收到 ${year === null ? 'null' : typeof year}）`);
  }
  return call(wasm.template, year);
}

/** The 规则说明 page shipped beside this module (scripts/post-build.sh copies it there). */
export const RULES_URL = new URL('./rules.html', import.meta.url).href;

// Mounted forms stay referenced until unmount(): the WASM object would otherwise be freed (and the
// form removed) whenever the garbage collector finds the portal dropped the returned handle.
const mounted = new Set();

/**
 * Mounts the whole form as the last child of `element`.
 * Options: namespace (string: the prefix of its drafts in localStorage), onChange(report),
 * onValidate(diagnostics); panel, drafts, tools (booleans, default true: the form's own
 * checks panel, drafts, page tools); offlineUrl (where "下载离线版" points; absent without it);
 * rulesUrl (the 规则说明 page the findings link to; by default RULES_URL, the copy beside this
 * module, so the links work wherever the portal serves dist/embed/).
 * Returns { report(), load(report), unmount() }.
 */
export function mount(element, options) {
  if (typeof HTMLElement === 'undefined') {
    throw new Error('mount：只能在浏览器页面中使用');
  }
  if (!(element instanceof HTMLElement)) {
    throw new Error('mount(element)：应为页面中的 HTML 元素（如 document.getElementById(...)）');
  }
  // Only a plain options object gets the default; anything else is refused by the module itself
  // with its message.
  const plain = options && typeof options === 'object' && !Array.isArray(options);
  const withRules = plain && options.rulesUrl == null ? { ...options, rulesUrl: RULES_URL } : options;
  const form = call(wasm.mount, element, withRules);
  mounted.add(form);
  let live = true;
  return {
    report: () => (live ? call(() => form.report()) : null),
    load: (report) => live && call(() => form.load(jsonArg('load(report)', report))),
    unmount: () => {
      if (!live) return;
      live = false;
      mounted.delete(form);
      form.unmount();
      form.free();
    },
  };
}
