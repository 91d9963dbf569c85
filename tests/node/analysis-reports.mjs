// Generated reports for the 对标分析 tests (tests/node/analysis.test.mjs,
// tests/e2e/analysis.test.mjs), made through the JavaScript API so that they are what the app
// and a portal would give.

/** A balanced report of `agency` for `year` (its table 三 and 四 all 0 but `received` new
 * applications, all granted), with its totals computed by `api.compute`. */
export function unitReport(api, agency, year, received) {
  const r = api.template(year);
  r.meta.agency = agency;
  for (const t of ['table3', 'table4']) {
    for (const row of Object.values(r[t])) for (const c of Object.keys(row)) row[c] = 0;
  }
  r.table3.new.natural = received;
  r.table3.granted.natural = received;
  return api.compute(r);
}
