// The main thread's longest task while something runs, for the benches that drive the app's page
// (bench/analysis.mjs, bench/batch-add.mjs).

/** Installed in every page (`context.addInitScript(watchMainThread)`): `window.__watch()` starts
 * watching the main thread, and the function it returns stops and answers { gap, longtask } — the
 * longest gap between the ticks of a 5 ms heartbeat (a task that blocks the main thread delays
 * the next tick by its length), and the longest task the longtask observer reported. Given a
 * time (`performance.now()`), it counts only what begins after it: the task that was running
 * then (Playwright handing files to the page, say) is left out. */
export function watchMainThread() {
  window.__watch = () => {
    const long = [];
    const seen = (entries) => {
      for (const e of entries) long.push(e);
    };
    const obs = new PerformanceObserver((l) => seen(l.getEntries()));
    obs.observe({ type: 'longtask' });
    const ticks = [performance.now()];
    const beat = setInterval(() => ticks.push(performance.now()), 5);
    return (from = 0) => {
      clearInterval(beat);
      seen(obs.takeRecords());
      obs.disconnect();
      let gap = 0;
      const after = ticks.filter((t) => t >= from);
      for (let i = 1; i < after.length; i++) gap = Math.max(gap, after[i] - after[i - 1]);
      const longtask = Math.max(0, ...long.filter((e) => e.startTime >= from).map((e) => e.duration));
      return { gap, longtask };
    };
  };
}

/** The name a CPU profile's node is counted under: its function's, or its script's. */
export const frameName = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anon'})`;

/** A CPU profile's (CDP `Profiler.stop`'s `profile`) nodes by id, each node's parent, and the time
 * before each sample (`dt`, µs). */
export function profileTree(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  return { byId, parent, dt: profile.timeDeltas };
}

/** A CPU profile summed per function name into `sums` (new Maps unless given, so that several
 * profiles can be pooled): `{ self, total }`, Maps of name → ms; total counts a name once per
 * sample however deep it recurs. */
export function perFunction(profile, sums = { self: new Map(), total: new Map() }) {
  const { self, total } = sums;
  const { byId, parent, dt } = profileTree(profile);
  profile.samples.forEach((id, i) => {
    const d = (dt[i + 1] ?? 0) / 1000;
    const n = byId.get(id);
    self.set(frameName(n), (self.get(frameName(n)) || 0) + d);
    const seen = new Set();
    for (let cur = id; cur != null; cur = parent.get(cur)) {
      const nm = frameName(byId.get(cur));
      if (seen.has(nm)) continue;
      seen.add(nm);
      total.set(nm, (total.get(nm) || 0) + d);
    }
  });
  return sums;
}

/** Prints the `top` names of `perFunction`'s maps, in ms. */
export function printTop({ self, total }, top = 30) {
  const rows = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .filter(([k]) => !['(idle)', '(root)', '(program)'].includes(k))
      .slice(0, top);
  console.log(`  (idle) ${(self.get('(idle)') || 0).toFixed(0)} ms, (program) ${(self.get('(program)') || 0).toFixed(0)} ms, (garbage collector) ${(self.get('(garbage collector)') || 0).toFixed(0)} ms`);
  console.log('  self time');
  for (const [k, v] of rows(self)) console.log(`    ${v.toFixed(0).padStart(7)} ms  ${k.replace(/::h[0-9a-f]{16}$/, '').slice(0, 140)}`);
  console.log('  total time (inclusive)');
  for (const [k, v] of rows(total)) console.log(`    ${v.toFixed(0).padStart(7)} ms  ${k.replace(/::h[0-9a-f]{16}$/, '').slice(0, 140)}`);
}
