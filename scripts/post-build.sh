#!/usr/bin/env bash
# Trunk post_build hook (see Trunk.toml): adds to Trunk's staging dir, before it becomes dist/,
#   import/                   the importer (crates/import-module) as its own wasm module, which
#                             the app's page loads on the first import: wasm-bindgen glue + .wasm
#   publish/                  the publisher (crates/publish-module): the Word writer, the sealed
#                             HTML and the 校验码, loaded on the first Word/HTML export or 核验
#   review/                   汇总审查 and 从上年报告新建 (crates/tools-module), loaded when one of
#                             their buttons is pressed
#   analysis/                 the 对标分析 (crates/analysis-module), loaded when 汇总审查 opens it
#   pdf/                      the PDF reader (pdf.js, js/pdf-runs.js), loaded when a PDF is opened
#   embed/                    the JavaScript API (crates/embed): index.js, index.d.ts, the
#                             wasm-bindgen glue and its .wasm, report-form.css
#   rules/index.html          规则说明, the static page the findings link to (docs/rules.html;
#                             also embed/rules.html, the default of mount's rulesUrl)
#   disclosure-report.html    the whole app in one self-contained file that works from file://
#                             (scripts/build-offline.mjs)
# Trunk runs it on `trunk build` and on every rebuild of `trunk serve`, with TRUNK_STAGING_DIR
# and TRUNK_PROFILE ("release" or "debug") set. Debug builds skip wasm-opt to stay fast.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STAGING="${TRUNK_STAGING_DIR:?run by Trunk (TRUNK_STAGING_DIR is not set)}"
PROFILE="${TRUNK_PROFILE:-debug}"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT"

log() { printf '[post-build] %s\n' "$*" >&2; }

# --- 1. the WebAssembly modules beside the app ------------------------------------------------
# Trunk has finished its cargo run, so the build lock is free. --offline like Trunk itself
# (Trunk.toml `offline = true`; scripts/setup.sh runs `cargo fetch`).
# The target dir as cargo sees it (CARGO_TARGET_DIR, .cargo/config.toml or ./target).
target_dir="$(cargo metadata --format-version 1 --no-deps --offline \
  | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).target_directory))')"

# wasm_module <package> <library name> <dir> [speed]: builds the package for wasm32 (alone, so
# that its features are its own), runs wasm-bindgen --target web into $STAGING/<dir>/ and, in
# release, wasm-opt -Oz — or, given "speed", builds at opt-level 3 and runs wasm-opt -O3 (a
# module whose run time matters more than its download).
wasm_module() {
  local package="$1" lib="$2" out="$STAGING/$3" speed="${4:-}"
  local args=(build -p "$package" --target wasm32-unknown-unknown --offline)
  if [ "$PROFILE" = release ]; then args+=(--release); fi
  local opt=-Oz env=()
  if [ -n "$speed" ]; then opt=-O3 env=(CARGO_PROFILE_RELEASE_OPT_LEVEL=3); fi
  log "${env[*]:+${env[*]} }cargo ${args[*]}"
  env "${env[@]}" cargo "${args[@]}"
  rm -rf "$out"
  mkdir -p "$out"
  log "wasm-bindgen --target web → $out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$lib" \
    "$target_dir/wasm32-unknown-unknown/$PROFILE/$lib.wasm"
  if [ "$PROFILE" = release ]; then
    # The release profile keeps the target_features section (no `strip`), so wasm-opt detects
    # the features the module uses; reference types are named as Trunk does for the app.
    log "wasm-opt $opt $3/${lib}_bg.wasm"
    wasm-opt "$opt" --enable-reference-types --output "$out/${lib}_bg.opt.wasm" "$out/${lib}_bg.wasm"
    mv "$out/${lib}_bg.opt.wasm" "$out/${lib}_bg.wasm"
  fi
}

# The importer (crates/import-module), loaded by the app's page on the first import
# (index.html's drImport; never on first load).
wasm_module report-import report_import import

# The publisher (crates/publish-module), loaded on the first Word or HTML export or 核验
# (index.html's drPublish; never on first load).
wasm_module report-publish report_publish publish

# 汇总审查 and 从上年报告新建 (crates/tools-module), loaded when one of their buttons is pressed
# (index.html's drReview; never on first load).
wasm_module report-review report_review review
# The 对标分析 (crates/analysis-module), loaded when 汇总审查 opens 对标分析 (index.html's
# drAnalysis; never on first load). Built for speed: thousands of reports are analysed in it, and
# at opt-level 3 with wasm-opt -O3 it runs markedly faster for ~25 % more bytes
# (bench/analysis.mjs; figures in README.md).
wasm_module report-analysis report_analysis analysis speed

# The JavaScript API for portals and Node (crates/embed): one module holding everything.
wasm_module report-embed report_embed embed
out="$STAGING/embed"
cp crates/embed/js/index.js crates/embed/js/index.d.ts "$out/"
# The PDF reader, imported by parseFile() only when a PDF is given: pdf.js (legacy build: Node 20
# and every browser) and our text-run extractor.
pdfjs="node_modules/pdfjs-dist/legacy/build"
mkdir -p "$out/pdfjs"
cp "$pdfjs/pdf.min.mjs" "$pdfjs/pdf.worker.min.mjs" "$out/pdfjs/"
cp js/pdf-runs.js "$out/"
# The same for the app, under pdf/ (loaded when a PDF is opened, never on first load).
mkdir -p "$STAGING/pdf"
cp "$pdfjs/pdf.min.mjs" "$pdfjs/pdf.worker.min.mjs" js/pdf-runs.js "$STAGING/pdf/"
# pdf.js's predefined CMaps (packed .bcmap), for PDFs whose CID font is not embedded; each is
# fetched only when a PDF names it.
rm -rf "$out/pdfjs/cmaps" "$STAGING/pdf/cmaps"
cp -r node_modules/pdfjs-dist/cmaps "$out/pdfjs/cmaps"
cp -r node_modules/pdfjs-dist/cmaps "$STAGING/pdf/cmaps"
# The form's stylesheets under one stable name, in the order the app's page links them, for
# portals that mount the form (its selectors are the app's own; body and button rules included).
grep -o '<link rel="stylesheet" href="[^"]*"' "$STAGING/index.html" \
  | sed -e 's/.*href="//' -e 's/"$//' -e 's|^\./||' -e 's|^/||' \
  | while read -r css; do cat "$STAGING/$css"; echo; done >"$out/report-form.css"

# 规则说明: the static page each finding links to (rules/#T3-1), generated from the rules' data
# (crates/domain/src/rules/explain.rs → docs/rules.html, kept current by the test rules_doc);
# a page of its own, so the app's first load does not carry it.
mkdir -p "$STAGING/rules"
cp docs/rules.html "$STAGING/rules/index.html"
# The same page beside the JavaScript API, the default of mount's rulesUrl: a portal serving
# embed/ alone still has the page its findings link to.
cp docs/rules.html "$out/rules.html"

# --- 2. the offline file ----------------------------------------------------------------------
log "disclosure-report.html"
node scripts/build-offline.mjs "$STAGING"
