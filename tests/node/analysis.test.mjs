// The 对标分析 of the JavaScript API (dist/embed/index.js): indicators(report) and
// benchmark(reports, { previous }) on generated reports of two agencies over three years, and
// bad input refused with Chinese messages, never a WebAssembly trap.
//
//   node --test tests/node/analysis.test.mjs        (after `trunk build`)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unitReport } from './analysis-reports.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EMBED = process.env.EMBED_DIR ?? path.join(ROOT, 'dist', 'embed');
const api = await import(pathToFileURL(path.join(EMBED, 'index.js')).href);
const { indicators, benchmark } = api;

const unit = (agency, year, received) => unitReport(api, agency, year, received);

test('indicators(report): every indicator with its name, unit and value; 不适用 with a reason', () => {
  const v = indicators(unit('甲局', 2023, 40));
  const by = Object.fromEntries(v.map((x) => [x.key, x]));
  assert.equal(by.new.value, 40);
  assert.equal(by.new.name, '依申请新收');
  assert.equal(by.granted_rate.value, 100);
  assert.equal(by.granted_rate.unit, '%');
  // Table 四 all 0: a correction rate of nothing is not applicable, never 0 %.
  assert.equal(by.review_correction_rate.value, null);
  assert.equal(by.review_correction_rate.status, 'zero_denominator');
  assert.equal(by.review_correction_rate.display, '不适用（分母为0）');
  // Table 二 left blank: named.
  assert.equal(by.licensing_decisions.status, 'blank');
  assert.ok(by.licensing_decisions.blank[0].startsWith('行政许可'));
});

test('benchmark(reports, { previous }): distribution by year, a jump, an outlier, the risk order', () => {
  const list = [];
  for (const [agency, counts] of [['甲局', [20, 22, 90]], ['乙局', [30, 31, 33]]]) {
    counts.forEach((n, k) => list.push(unit(agency, 2021 + k, n)));
  }
  for (const [agency, n] of [['丙局', 25], ['丁局', 28], ['戊局', 2000]]) list.push(unit(agency, 2023, n));
  const broken = unit('己局', 2023, 26);
  broken.table3.forward.natural = 5;
  list.push(broken);
  const b = benchmark(list);
  assert.deepEqual(Object.keys(b).sort(), ['distribution', 'indicators', 'jumps', 'risks']);
  assert.equal(b.indicators.length, list.length);
  assert.deepEqual(b.distribution.map((d) => d.year), [2023, 2022, 2021]);
  const newest = b.distribution[0].indicators.find((d) => d.key === 'new');
  assert.equal(newest.n, 6);
  // 25 26 28 33 90 2000: the median is (28 + 33) / 2.
  assert.equal(newest.median, 30.5);
  assert.deepEqual(newest.outliers, [[8, 2000, 'high']]);
  // 甲局 22 → 90 is more than ×3 with counts above the floor.
  assert.ok(b.jumps.some((j) => j.key === 'new' && j.report === 2 && j.previous === 1 && j.from === 22 && j.to === 90));
  // 乙局 31 → 33 is not.
  assert.ok(!b.jumps.some((j) => j.key === 'new' && j.report === 5));
  // The broken report (an error) comes first.
  assert.equal(b.risks[0].report, 9);
  assert.equal(b.risks[0].items[0].kind, 'error');
  // Last year's report given besides the list: compared with, not analysed.
  const only = benchmark([list[2]], { previous: [list[1]] });
  assert.equal(only.indicators.length, 1);
  assert.ok(only.jumps.some((j) => j.key === 'new' && j.previous === 1));
});

test('bad input: Chinese messages, never a trap', () => {
  const refuses = (fn, pattern) => {
    assert.throws(fn, (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && pattern.test(e.message));
  };
  refuses(() => indicators(null), /indicators\(report\)/);
  refuses(() => indicators({ format: '2021' }), /indicators\(report\)/);
  refuses(() => benchmark('x'), /benchmark\(reports\)：应为年度报告数组/);
  refuses(() => benchmark([{}]), /benchmark\(reports\[0\]\)/);
  refuses(() => benchmark([], { later: [] }), /未知的选项/);
  refuses(() => benchmark([], { previous: 3 }), /benchmark\(options.previous\)/);
});
