// The JavaScript API (dist/embed/index.js, built by `trunk build` through scripts/post-build.sh)
// loaded in Node: the seed's checks, a broken copy, totals, import, printout, format data, and
// garbage that must give Errors with clear messages, never a WebAssembly trap.
//
//   node --test tests/node/embed.test.mjs        (after `trunk build --release`)
//   EMBED_DIR=/some/dist/embed node --test ...   (another build)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EMBED = process.env.EMBED_DIR ?? path.join(ROOT, 'dist', 'embed');
const api = await import(pathToFileURL(path.join(EMBED, 'index.js')).href);
const { validate, applyFix, readClaims, compute, parseReport, sumReports, renderHtml, formats, rules, sentence, template, mount } = api;

const SEED = JSON.parse(
  await readFile(path.join(ROOT, 'crates/domain/src/sample/seed-2021.json'), 'utf8'),
);
const seed = () => structuredClone(SEED);
const codes = (diags) => diags.map((d) => d.code).sort();

/** Asserts that `fn` throws a plain Error (not a WASM trap) whose message matches `pattern`. */
function refuses(fn, pattern) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown, `expected an Error matching ${pattern}`);
  assert.ok(thrown instanceof Error, `not an Error: ${thrown}`);
  assert.ok(!(thrown instanceof WebAssembly.RuntimeError), `WASM trap: ${thrown.message}`);
  assert.match(thrown.message, pattern);
  return thrown;
}

test('the module exports the documented functions, and its types sit beside it', async () => {
  for (const f of [validate, applyFix, readClaims, compute, parseReport, sumReports, renderHtml, api.renderDocx, api.fingerprint, formats, rules, sentence, template, mount]) {
    assert.equal(typeof f, 'function');
  }
  const dts = await readFile(path.join(EMBED, 'index.d.ts'), 'utf8');
  for (const name of ['validate', 'applyFix', 'readClaims', 'compute', 'parseReport', 'sumReports', 'renderHtml', 'renderDocx', 'fingerprint', 'formats', 'rules', 'sentence', 'template', 'mount']) {
    assert.match(dts, new RegExp(`export function ${name}\\(`));
  }
});

test('seed: no error; the T3-6 warning about section 一 (2 applications in the text, 0 in table 三)', () => {
  const diags = validate(SEED);
  assert.ok(Array.isArray(diags));
  for (const d of diags) {
    assert.deepEqual(Object.keys(d).sort(), ['cells', 'code', 'fixes', 'help', 'message', 'severity']);
    assert.ok(d.severity === 'error' || d.severity === 'warning');
    assert.ok(d.cells.length > 0 && d.cells.every((c) => typeof c === 'string'));
  }
  assert.deepEqual(diags.filter((d) => d.severity === 'error'), []);
  const t36 = diags.find((d) => d.code === 'T3-6');
  assert.ok(t36, `no T3-6 in ${codes(diags)}`);
  assert.equal(t36.severity, 'warning');
  assert.deepEqual(t36.cells.slice(0, 2), ['narrative.overview_on_request', 'table3.new.total']);
  assert.match(t36.message, /2 件/);
  assert.match(t36.message, /总计为 0/);
  // The same answer from the JSON text.
  assert.deepEqual(validate(JSON.stringify(SEED)), diags);
});

test('applyFix: the seed T3-6 fixes, applied, leave the seed consistent; a stale fix is refused', () => {
  const t36 = validate(SEED).find((d) => d.code === 'T3-6');
  assert.deepEqual(t36.fixes.map((f) => f.label), ['改为表中的 0', '按表格重写此句']);
  const [toTable, rewrite] = t36.fixes;
  assert.deepEqual(toTable.edits, [{ kind: 'text', part: 'overview_on_request',
    start: SEED.narrative.overview_on_request.lastIndexOf('2件'), end: SEED.narrative.overview_on_request.lastIndexOf('2件') + 1,
    old: '2', new: '0' }]);
  // The seed's real text also has half-width "," in every part (S-8, each with its own fix):
  // what remains once T3-6 is fixed is those alone.
  const others = (r) => validate(r).filter((d) => d.code !== 'S-8');
  const fixed = applyFix(SEED, toTable);
  assert.match(fixed.narrative.overview_on_request, /接到依申请公开件0件。$/);
  assert.deepEqual(others(fixed), []);
  const rewritten = applyFix(JSON.stringify(SEED), rewrite);
  assert.match(rewritten.narrative.overview_on_request, /本年度未收到政府信息公开申请。$/);
  assert.deepEqual(others(rewritten), []);
  // S-8's fixes, applied one after another, leave nothing.
  let full = fixed;
  for (let d; (d = validate(full).find((x) => x.code === 'S-8')); ) {
    assert.equal(d.fixes[0].label, '转换为全角标点');
    full = applyFix(full, d.fixes[0]);
  }
  assert.deepEqual(validate(full), []);
  assert.match(full.narrative.overview, /^2021年，县商务局/);
  // Applied to text changed since: refused, with the reason.
  refuses(() => applyFix(fixed, toTable), /applyFix\(fix\)：.*正文已改动/);
  refuses(() => applyFix(SEED, { label: 'x', edits: [{ kind: 'cell', address: 'table9.x.y', value: 1 }] }), /applyFix\(fix\)：table9\.x\.y/);
  refuses(() => applyFix(SEED, { label: 'x' }), /applyFix\(fix\)：应为 validate 给出的修正/);
});

test('rules(): every rule explained; sentence(): the standard sentences', () => {
  const all = rules();
  assert.ok(all.length >= 20);
  const t31 = all.find((r) => r.code === 'T3-1');
  for (const k of ['code', 'severity', 'title', 'help', 'checks', 'basis', 'example', 'fix', 'reads']) {
    assert.equal(typeof t31[k], 'string', k);
  }
  assert.match(t31.basis, /勾稽关系/);
  const r = seed();
  r.table3.new.natural = 2;
  r.table3.granted.natural = 2;
  assert.equal(sentence(compute(r), 'requests'), '本年度共新收政府信息公开申请2件；办结2件，其中予以公开2件。');
  assert.equal(sentence(SEED, 'appeals'), '本年度未发生政府信息公开行政复议、行政诉讼案件。');
  refuses(() => sentence(SEED, 'other'), /sentence\(topic\)/);
  refuses(() => sentence(template(2024), 'requests'), /表三尚未填写/);
});

test('readClaims: each figure the checks read, with its cells; offsets index the JS string', () => {
  const r = seed();
  r.narrative.overview_on_request = '😀本年度收到政府信息公开申请2件，办结0件，办理排水许可证5条。';
  const claims = readClaims(r);
  const text = r.narrative.overview_on_request;
  for (const c of claims) {
    assert.deepEqual(Object.keys(c).sort(),
      ['cells', 'describe', 'end', 'expected', 'part', 'reading', 'start', 'status', 'text', 'value']);
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.ok(c.describe.startsWith(c.text), c.describe);
  }
  const [received, concluded, licences] = claims;
  assert.equal(received.text, '2件');
  assert.equal(received.status, 'mismatch');
  assert.equal(received.value, 2);
  assert.equal(received.expected, 0);
  assert.deepEqual(received.cells[0], ['table3.new.total']);
  assert.match(received.reading, /表三 一、本年新收/);
  assert.equal(concluded.status, 'match');
  assert.deepEqual(concluded.cells, [['table3.total.total']]);
  assert.equal(licences.text, '5条');
  assert.equal(licences.status, 'unread');
  assert.equal(licences.reading, '未核对');
  // The line the form shows, worded in the domain (ClaimRead::describe).
  assert.match(received.describe, /^2件 ↔ 表三 一、本年新收.* = 0（不一致）$/);
  assert.match(concluded.describe, /^0件 ↔ 表三 .* = 0（一致）$/);
  assert.equal(licences.describe, '5条 未核对：无法确定此数字所指，未与表格比较');
  refuses(() => readClaims(42), /readClaims\(report\)/);
});

test('broken copy: one more 自然人 application without its totals → T3-1 and T3-3 errors at the cells', () => {
  const r = seed();
  r.table3.new.natural = 1;
  const diags = validate(r);
  const t31 = diags.filter((d) => d.code === 'T3-1');
  assert.equal(t31.length, 1);
  assert.equal(t31[0].severity, 'error');
  assert.deepEqual(t31[0].cells, [
    'table3.new.natural',
    'table3.carry.natural',
    'table3.total.natural',
    'table3.forward.natural',
  ]);
  assert.equal(t31[0].message, '自然人列：一+二＝1，（七）总计+四＝0，相差 1');
  const t33 = diags.filter((d) => d.code === 'T3-3');
  assert.equal(t33.length, 1);
  assert.equal(t33[0].cells[0], 'table3.new.total');
  assert.ok(t33[0].cells.includes('table3.new.natural'));
  assert.match(t33[0].message, /总计填写为 0，各类申请人之和为 1，相差 1/);
  assert.match(t33[0].help, /\S/);
});

test('broken copy: table 四 group whose parts do not add up → T4-1', () => {
  const r = seed();
  r.table4.review.upheld = 3;
  const t41 = validate(r).filter((d) => d.code === 'T4-1');
  assert.equal(t41.length, 1);
  assert.equal(t41[0].severity, 'error');
  assert.ok(t41[0].cells.includes('table4.review.upheld'));
  assert.ok(t41[0].cells.includes('table4.review.total'));
});

test('options.previous: last year carried 5 forward, this year carries 0 in → T3-5 (object or JSON text)', () => {
  const prev = seed();
  prev.meta.year = 2020;
  prev.table3.forward.natural = 5;
  for (const previous of [prev, JSON.stringify(prev)]) {
    const t35 = validate(SEED, { previous }).filter((d) => d.code === 'T3-5');
    assert.equal(t35.length, 1);
    assert.deepEqual(t35[0].cells, ['table3.carry.natural']);
    assert.match(t35[0].message, /填写为 0，上年报告“四、结转下年度继续办理”填写为 5，相差 5/);
  }
  assert.ok(!codes(validate(SEED)).includes('T3-5'));
  assert.ok(!codes(validate(SEED, { previous: null })).includes('T3-5'));
});

test('compute fills every total; validate then finds no arithmetic error', () => {
  const r = template(2022);
  r.table3.new.natural = 4;
  r.table3.new.business = 1;
  r.table3.granted.natural = 3;
  r.table3.partial.business = 1;
  r.table3.forward.natural = 1;
  r.table4.review.upheld = 2;
  const c = compute(r);
  assert.equal(c.table3.new.total, 5);
  assert.equal(c.table3.total.natural, 3);
  assert.equal(c.table3.total.total, 4);
  assert.equal(c.table3.granted.total, 3);
  assert.equal(c.table4.review.total, 2);
  // Blank stays blank: no entry in the row, no total.
  assert.equal(c.table3.carry.total, null);
  const arith = validate(c).filter((d) => ['T3-1', 'T3-2', 'T3-3', 'T4-1'].includes(d.code));
  assert.deepEqual(arith, [], JSON.stringify(arith));
  // The input is not modified.
  assert.equal(r.table3.new.total, null);
});

test('sumReports: the reports of one year summed, a repeat named, other years refused', () => {
  const other = seed();
  other.meta.agency = '郑县教育局';
  other.table3.new.natural = 4;
  other.table2.fees.amount = '0.25';
  const { report, repeats } = sumReports([seed(), other, JSON.stringify(seed())]);
  assert.equal(report.meta.agency, '汇总（3份报告）');
  assert.equal(report.table3.new.natural, 4);
  assert.equal(report.table3.new.total, 4);
  assert.equal(report.table2.fees.amount, '0.25');
  assert.deepEqual(repeats, ['“郑县商务局”2021年度的报告出现 2 次（第1份、第3份），合计中被重复计算']);

  const later = seed();
  later.meta.year = 2022;
  refuses(() => sumReports([seed(), later]), /^sumReports\(reports\)：只能汇总同一年度的报告：“第1份”为2021年度，“第2份”为2022年度$/);
  refuses(() => sumReports(seed()), /^sumReports\(reports\)：应为年度报告数组/);
  refuses(() => sumReports([]), /^sumReports\(reports\)：没有可汇总的报告$/);
  refuses(() => sumReports([seed(), 7]), /^sumReports\(reports\[1\]\)：/);
  refuses(() => sumReports([seed(), '{oops']), /^sumReports\(reports\[1\]\)：不是有效的 JSON 文字/);
});

test('template(year): an empty report in the format of that year', () => {
  const t = template(2023);
  assert.equal(t.format, '2021');
  assert.equal(t.meta.year, 2023);
  assert.equal(t.table3.new.natural, null);
  assert.ok('other_3' in t.table3);
  const old = template(2020);
  assert.equal(old.format, '2019');
  assert.ok('other' in old.table3 && !('other_1' in old.table3));
});

test('formats(): both formats as data with the official labels and every cell address', () => {
  const fs = formats();
  assert.deepEqual(fs.map((f) => f.id), ['2021', '2019']);
  const f = fs[0];
  assert.equal(f.notice, '国办公开办函〔2021〕30号');
  assert.deepEqual(f.sections.map((s) => s.heading), [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ]);
  const t3 = f.tables.find((t) => t.key === 'table3');
  assert.equal(t3.blocks[0].rows.length, 25);
  assert.deepEqual(t3.blocks[0].columns.map((c) => c.key), [
    'natural', 'business', 'research', 'public_interest', 'legal_services', 'other', 'total',
  ]);
  const cell = f.cells.find((c) => c.address === 'table3.new.natural');
  assert.deepEqual(cell, {
    address: 'table3.new.natural',
    label: '一、本年新收政府信息公开申请数量 / 自然人',
    kind: 'count',
    computed: false,
  });
  assert.equal(f.cells.find((c) => c.address === 'table2.fees.amount').kind, 'amount');
  assert.equal(f.cells.find((c) => c.address === 'table3.total.total').computed, true);
  // Every address of the format is a key of the template.
  const t = template(2022);
  for (const c of f.cells) {
    const [table, row, col] = c.address.split('.');
    assert.ok(col in t[table][row], c.address);
  }
});

test('renderHtml → parseReport gives the same report back (its data inside), with notes', () => {
  const html = renderHtml(SEED);
  assert.match(html, /^<!DOCTYPE html>/i);
  assert.ok(html.includes('郑县商务局'));
  assert.ok(html.includes('三、收到和处理政府信息公开申请情况'));
  const { report, notes } = parseReport(html);
  assert.ok(notes.length > 0 && notes.every((n) => typeof n === 'string'));
  assert.match(notes[0], /内容未经改动/);
  assert.equal(report.format, '2021');
  assert.equal(report.meta.agency, '郑县商务局');
  assert.deepEqual(report.table3, SEED.table3);
  assert.deepEqual(report.table4, SEED.table4);
  // Every part of the format is in the JSON the report gives back (the seed has no 引言).
  assert.deepEqual(report.narrative, { intro: '', ...SEED.narrative });
  // The same page edited by hand: read through its tables (with an import record), and said so.
  const cell = /(data-cell="table3\.new\.natural">)\d+</;
  assert.match(html, cell);
  const edited = parseReport(html.replace(cell, '$15<'));
  assert.match(edited.notes[0], /被修改过/);
  assert.equal(edited.report.table3.new.natural, 5);
  assert.ok(edited.report.origin && typeof edited.report.origin.source === 'string');
  // Our JSON export reads back too.
  assert.deepEqual(parseReport(JSON.stringify(SEED), { kind: 'json' }).report.table2, SEED.table2);
});

test('garbage reports: thrown Errors with the place and the reason', () => {
  const cyclic = seed();
  cyclic.self = cyclic;
  let deep = [];
  for (let i = 0; i < 100000; i++) deep = [deep];
  const cases = [
    [undefined, /validate\(report\)：缺少此参数/],
    [null, /validate\(report\)：缺少此参数/],
    [42, /应为对象或 JSON 文字（收到 number）/],
    [true, /收到 boolean/],
    [[], /收到 数组/],
    [() => 1, /收到 function/],
    ['not json', /不是有效的 JSON 文字（第 1 行第 2 列附近有误）/],
    ['[1,2]', /应为年度报告对象（收到数组）/],
    ['"text"', /应为年度报告对象（收到文字“text”）/],
    ['[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', /不是有效的 JSON 文字/],
    [{}, /validate\(report\)：/],
    [cyclic, /循环引用或嵌套过深/],
    [{ deep }, /循环引用或嵌套过深/],
    [{ ...seed(), extra: 1 }, /validate\(report\)：extra：未知的字段/],
    [{ ...seed(), format: '2030' }, /format：未知的表格格式“2030”/],
    [{ ...seed(), meta: { ...SEED.meta, year: 'two thousand' } }, /meta\.year：应为四位数年份或 null/],
    [{ ...seed(), meta: { ...SEED.meta, nickname: 'x' } }, /meta\.nickname：未知的字段/],
    [{ ...seed(), narrative: { poem: 'x' } }, /narrative\.poem：未知的正文部分/],
    [{ ...seed(), table3: { new: { natural: -1 } } }, /table3\.new\.natural：不能为负数/],
    [{ ...seed(), table3: { new: { natural: 1.5 } } }, /table3\.new\.natural：应为整数或 null/],
    [{ ...seed(), table3: { new: { natural: '3' } } }, /table3\.new\.natural：应为整数或 null/],
    [{ ...seed(), table3: { new: { natural: 1e300 } } }, /table3\.new\.natural：/],
    [{ ...seed(), table3: { new: { natural: NaN } } }, /“natural”的值 NaN 不是有效数字/],
    [{ ...seed(), table3: { new: { natural: undefined } } }, /“natural”的值不能是 undefined/],
    [{ ...seed(), table3: { new: { natural: 10n } } }, /BigInt/],
    [{ ...seed(), table3: { new: { nobody: 1 } } }, /table3\.new\.nobody：未知的列/],
    [{ ...seed(), table3: { old: {} } }, /table3\.old：未知的行/],
    [{ ...seed(), table3: [] }, /table3：应为对象/],
    [{ ...seed(), table2: { fees: { amount: 'lots' } } }, /table2\.fees\.amount：金额格式不正确/],
  ];
  for (const [input, pattern] of cases) refuses(() => validate(input), pattern);
  for (const f of [compute, renderHtml]) {
    refuses(() => f(42), /应为对象或 JSON 文字/);
    refuses(() => f({ ...seed(), extra: 1 }), /extra：未知的字段/);
  }
  // Still working after all that.
  assert.deepEqual(validate(SEED).filter((d) => d.severity === 'error'), []);
});

test('garbage options and other arguments', () => {
  refuses(() => validate(SEED, 7), /validate\(options\)：应为对象/);
  refuses(() => validate(SEED, []), /validate\(options\)：应为对象/);
  refuses(() => validate(SEED, { previus: SEED }), /validate\(options\)：未知的选项“previus”/);
  refuses(() => validate(SEED, { previous: 5 }), /validate\(options\.previous\)：应为年度报告对象（收到数字 5）/);
  refuses(() => validate(SEED, { previous: '{' }), /validate\(options\.previous\)：不是有效的 JSON 文字/);
  refuses(() => validate(SEED, { previous: { ...seed(), x: 1 } }), /validate\(options\.previous\)：x：未知的字段/);
  refuses(() => template('2021'), /template\(year\)：应为四位数年份（收到 string）/);
  refuses(() => template(1800), /template\(year\)：应为四位数年份（收到数字 1800）/);
  refuses(() => template(2021.5), /template\(year\)：应为四位数年份/);
  refuses(() => template(NaN), /template\(year\)：应为四位数年份/);
  refuses(() => template(), /template\(year\)/);
  refuses(() => parseReport(42), /parseReport\(input\)：应为文字/);
  refuses(() => parseReport(''), /parseReport\(input\)：没有可导入的内容/);
  refuses(() => parseReport('hello world'), /parseReport\(input\)：没有识别出年度报告/);
  refuses(() => parseReport('x', { kind: 'pdf' }), /parseReport\(options\.kind\)：未知的类型“pdf”/);
  refuses(() => parseReport('x', { mode: 'text' }), /parseReport\(options\)：未知的选项“mode”/);
  refuses(() => parseReport('{"format": 1}', { kind: 'json' }), /parseReport\(input\)：JSON 文件无法读取/);
  refuses(() => mount({}, {}), /mount：只能在浏览器页面中使用/);
});

test('random damage to the seed: every call answers or throws an Error, never traps', () => {
  // A small deterministic generator, so a failure is reproducible.
  let s = 12345;
  const rand = (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const junk = [null, -1, 0, 1, 2 ** 31, 2 ** 53, -(2 ** 53), 0.5, '', '0', '/', '—', '１２', 'abc', {}, [], true, '\u0000', '😀'.repeat(50)];
  const leaves = [];
  (function walk(v, p) {
    if (v && typeof v === 'object') for (const k of Object.keys(v)) walk(v[k], [...p, k]);
    else leaves.push(p);
  })(SEED, []);
  let answered = 0;
  let refused = 0;
  for (let i = 0; i < 400; i++) {
    const r = seed();
    for (let k = 0; k < 1 + rand(3); k++) {
      const p = leaves[rand(leaves.length)];
      let o = r;
      for (const key of p.slice(0, -1)) o = o[key];
      o[p.at(-1)] = junk[rand(junk.length)];
    }
    for (const f of [validate, compute, renderHtml, (x) => sumReports([SEED, x])]) {
      try {
        f(r);
        answered++;
      } catch (e) {
        assert.ok(e instanceof Error && !(e instanceof WebAssembly.RuntimeError), String(e));
        assert.match(e.message, /^((validate|compute|renderHtml)\(report\)|sumReports\(reports(\[1\])?\))：\S/);
        refused++;
      }
    }
  }
  assert.ok(answered > 0 && refused > 0, `answered ${answered}, refused ${refused}`);
  assert.deepEqual(validate(SEED).filter((d) => d.severity === 'error'), []);
});

test('applyFix: 空白填 0 lists its rows as choices; the rows a portal keeps are filled, the others stay blank', () => {
  const r = seed();
  for (const c of ['upheld', 'corrected']) r.table4.review[c] = null;
  for (const c of ['other', 'pending']) r.table4.litigation_direct[c] = null;
  const t34 = validate(r).find((d) => d.code === 'T3-4');
  assert.ok(t34, `no T3-4 in ${codes(validate(r))}`);
  const fill = t34.fixes.find((f) => f.label === '空白填 0');
  assert.deepEqual(fill.choices.map((c) => c.label), ['行政复议（2 格）', '行政诉讼 · 未经复议直接起诉（2 格）']);
  // The second row only: a fix whose edits are that row's.
  const second = { label: fill.label, edits: fill.choices[1].edits.map((i) => fill.edits[i]) };
  const some = applyFix(r, second);
  assert.equal(some.table4.litigation_direct.other, 0);
  assert.equal(some.table4.review.upheld, null);
  // As offered: every row, and the finding goes.
  const all = applyFix(r, fill);
  assert.equal(all.table4.review.corrected, 0);
  assert.ok(!validate(all).some((d) => d.code === 'T3-4'));
});

test("sentence('proactive'): table 二's figures as 一（一） opens with them", () => {
  const r = seed();
  r.table2.licensing.decisions = 12;
  assert.match(sentence(r, 'proactive'), /作出行政许可决定12件/);
  refuses(() => sentence(r, 'other'), /"proactive"、"requests"、"appeals"/);
});
