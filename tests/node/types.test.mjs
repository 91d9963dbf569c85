// The hand-written types of the JavaScript API (dist/embed/index.d.ts) checked by the TypeScript
// compiler against what the API really returns: the format data, templates, computed and parsed
// reports and diagnostics are written out as typed constants, so a key or a type the .d.ts gets
// wrong fails here; the README's usage is checked too, and wrong uses must be refused.
//
//   node --test tests/node/types.test.mjs        (after `trunk build --release`)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EMBED = process.env.EMBED_DIR ?? path.join(ROOT, 'dist', 'embed');
const api = await import(pathToFileURL(path.join(EMBED, 'index.js')).href);
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const seed = JSON.parse(readFileSync(path.join(ROOT, 'crates/domain/src/sample/seed-2021.json'), 'utf8'));
const pingtan = readFileSync(path.join(ROOT, 'tests', 'fixtures', '2021-pingtan-flattened.txt'), 'utf8');

/** Type-checks `source` (a module beside the API's index.js) and returns tsc's output. */
function tsc(source) {
  const dir = mkdtempSync(path.join(tmpdir(), 'embed-types-'));
  try {
    writeFileSync(path.join(dir, 'check.ts'), source);
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, target: 'es2022', module: 'esnext',
        moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [],
      },
      files: ['check.ts'],
    }));
    return execFileSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' });
  } catch (e) {
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || String(e);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

const MODULE = JSON.stringify(path.join(EMBED, 'index.js'));

test('what the API returns has the declared types', () => {
  const broken = structuredClone(seed);
  broken.table3.new.natural = 9;
  const values = {
    formats: ['FormatDef[]', api.formats()],
    template2021: ['Report', api.template(2024)],
    template2019: ['Report', api.template(2019)],
    computed: ['Report', api.compute(seed)],
    diagnostics: ['Diagnostic[]', api.validate(broken, { previous: seed })],
    parsed: ['Parsed', api.parseReport(pingtan)],
    summed: ['Summed', api.sumReports([seed, seed])],
    claims: ['ClaimRead[]', api.readClaims(seed)],
  };
  const lines = [`import type { ClaimRead, Diagnostic, FormatDef, Parsed, Report, Summed } from ${MODULE};`];
  for (const [name, [type, value]] of Object.entries(values)) {
    lines.push(`export const ${name}: ${type} = ${JSON.stringify(value)};`);
  }
  assert.ok(values.diagnostics[1].length > 0, 'the broken copy has findings');
  assert.ok(values.claims[1].length > 0, 'the seed states a figure');
  assert.equal(tsc(lines.join('\n')).trim(), '');
});

test("the README's usage type-checks, and wrong uses are refused", () => {
  const source = `
import { validate, compute, parseReport, sumReports, renderHtml, renderDocx, fingerprint, formats, template, mount } from ${MODULE};
import type { Report, MountedForm } from ${MODULE};

declare const lastYear: Report;
declare const pastedTextOrHtml: string;
const report = compute(template(2024));
if (report.format === '2021') {
  report.table3 = { ...report.table3, new: { ...report.table3?.new, natural: 2 } };
}
for (const d of validate(report, { previous: lastYear })) {
  const line: string = \`\${d.severity} \${d.code} \${d.cells.join(',')} \${d.message}\`;
}
const { report: imported, notes } = parseReport(pastedTextOrHtml, { kind: 'auto' });
const html: string = renderHtml(imported);
const docx: Uint8Array = renderDocx(imported);
const code: string = fingerprint(imported);
const { report: total, repeats } = sumReports([imported, JSON.stringify(report)]);
const warnings: string[] = repeats;
const [f2021, f2019] = formats();
const form: MountedForm = mount(document.body, {
  namespace: 'portal',
  onChange: (r) => r.schema_version,
  onValidate: (ds) => ds.map((d) => d.help),
});
const now: Report | null = form.report();
const loaded: boolean | string = form.load(JSON.stringify(now));
form.unmount();

// @ts-expect-error: a count is a number or null, not text
const textCount: Report = { schema_version: 1, format: '2021', table3: { new: { natural: '2' } } };
// @ts-expect-error: no such table 三 column
const badColumn: Report = { schema_version: 1, format: '2021', table3: { new: { people: 2 } } };
// @ts-expect-error: severity is "error" or "warning"
const sev: ReturnType<typeof validate>[number]['severity'] = 'fatal';
// @ts-expect-error: validate needs a report
validate();
// @ts-expect-error: sumReports takes an array of reports
sumReports(report);
// @ts-expect-error: the import kind is one of auto, text, html, json
parseReport('x', { kind: 'pdf' });
`;
  assert.equal(tsc(source).trim(), '');
  // The checker does check: the same wrong use without its expectation is an error.
  const out = tsc(`import type { Report } from ${MODULE};\nexport const r: Report = { schema_version: 1, format: '2021', table3: { new: { natural: '2' } } };\n`);
  assert.match(out, /error TS2322/);
});
