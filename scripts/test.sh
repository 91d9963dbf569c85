#!/usr/bin/env bash
# Installs whatever is missing (scripts/setup.sh) and runs every test layer:
#   fmt, clippy (native + wasm32), native cargo test, the made-up third format's test
#   (report-domain's feature test-format), wasm-bindgen-test in headless
#   Chromium, trunk build --release, the JS API in Node (tests/node/*.test.mjs), Playwright
#   end-to-end tests (tests/e2e/*.test.mjs).
# All layers run even when one fails; the exit code is non-zero if any failed.
# The last line is `N passed, N failed`: the sum of the tests that cargo test and
# node --test report, plus 1 for each check-only layer (fmt, clippy, build).
#
# Options (environment): SKIP_SETUP=1 to skip scripts/setup.sh.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [ "${SKIP_SETUP:-0}" = 1 ]; then
  export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  export TRUNK_SKIP_VERSION_CHECK=true
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || true)}"
  export OPENXML_AUDIT="${OPENXML_AUDIT:-${XDG_DATA_HOME:-$HOME/.local/share}/disclosure-report/openxml-audit/bin/openxml-audit}"
else
  # shellcheck source=scripts/setup.sh
  source "$ROOT/scripts/setup.sh" || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
fi
export CARGO_TERM_COLOR=never

# A cold run writes several GB under target/ (native, wasm32 and release builds). A full disk
# fails every layer with "No space left on device"; say so first, where it is easy to see.
FREE_MB=$(df -Pm "$ROOT" 2>/dev/null | awk 'NR == 2 { print $4 }')
if [ -n "$FREE_MB" ] && [ "$FREE_MB" -lt 8000 ]; then
  echo "warning: only ${FREE_MB} MB free on the disk of $ROOT; a cold run may need 8000 MB"
fi

LOGDIR="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
  fi
  rm -rf "$LOGDIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PASSED=0
FAILED=0
SUMMARY=()
T_START=$SECONDS

# run_layer NAME KIND CMD...  (KIND: check | cargo | node)
run_layer() {
  local name="$1" kind="$2"
  shift 2
  local log="$LOGDIR/$name.log" t0=$SECONDS rc p=0 f=0
  echo
  echo "===== $name: $*"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  case "$kind" in
    cargo)
      # "test result: ok. 3 passed; 0 failed; 0 ignored; ..."
      read -r p f < <(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
        /^test result: / { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
        END { print p + 0, f + 0 }')
      ;;
    node)
      # TAP reporter: "# pass 3" / "# fail 0"
      read -r p f < <(awk '/^# pass / { p += $3 } /^# fail / { f += $3 } END { print p + 0, f + 0 }' "$log")
      ;;
    check)
      if [ "$rc" -eq 0 ]; then p=1; else f=1; fi
      ;;
  esac
  # A failing command that reported no failed test (e.g. did not compile) counts as one failure.
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  # A test layer that ran nothing is a failure too.
  if [ "$rc" -eq 0 ] && [ "$kind" != check ] && [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    echo "!! $name ran no test"; f=1
  fi
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  SUMMARY+=("$(printf '%-14s %s  %3d passed, %d failed  (%ds)' "$name" "$([ "$f" -eq 0 ] && echo ok || echo FAIL)" "$p" "$f" $((SECONDS - t0)))")
  return "$rc"
}

skip_layer() {
  echo
  echo "===== $1: skipped ($2)"
  FAILED=$((FAILED + 1))
  SUMMARY+=("$(printf '%-14s %s  (%s)' "$1" "FAIL" "skipped: $2")")
}

start_server() {
  local port
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  python3 -m http.server --bind 127.0.0.1 --directory "$ROOT/dist" "$port" >"$LOGDIR/http.log" 2>&1 &
  SERVER_PID=$!
  export E2E_BASE_URL="http://127.0.0.1:$port/"
  local i
  for i in $(seq 1 100); do
    if curl -fs -o /dev/null "$E2E_BASE_URL"; then return 0; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "http server did not start:"; cat "$LOGDIR/http.log"
  return 1
}

run_layer fmt check cargo fmt --all --check -- --color=never
run_layer clippy check cargo clippy --workspace --all-targets -- -D warnings
# --no-deps: report-domain is already linted by the native run above.
run_layer clippy-wasm check cargo clippy --target wasm32-unknown-unknown -p disclosure-report -p report-review --all-targets --no-deps -- -D warnings
# The on-demand modules and the JS API as the browser builds them (their tests are native, and
# their dev-dependencies do not build for wasm32, hence --lib).
run_layer clippy-wasm-modules check cargo clippy --target wasm32-unknown-unknown -p report-analysis -p report-publish -p report-import -p report-embed --lib --no-deps -- -D warnings
run_layer test-native cargo cargo test --workspace
# The made-up third format (feature test-format of report-domain) drives every consumer; it is
# in no production build, so only this layer compiles it (the domain library and one test).
run_layer clippy-third check cargo clippy -p report-domain --features test-format --lib --test third_format -- -D warnings
run_layer third-format cargo cargo test -p report-domain --features test-format --test third_format
run_layer test-wasm cargo cargo test --target wasm32-unknown-unknown -p disclosure-report -p report-review
if run_layer trunk-build check trunk build --release; then
  # The JavaScript API (dist/embed/index.js) in Node (skipped while tests/node/ has no test).
  shopt -s nullglob
  NODE_FILES=(tests/node/*.test.mjs)
  shopt -u nullglob
  if ((${#NODE_FILES[@]})); then
    run_layer node-api node node --test --test-reporter=tap "${NODE_FILES[@]}"
  fi
  shopt -s nullglob
  E2E_FILES=(tests/e2e/*.test.mjs)
  shopt -u nullglob
  if ((${#E2E_FILES[@]} == 0)); then
    skip_layer e2e "no tests/e2e/*.test.mjs"
  elif start_server; then
    run_layer e2e node node --test --test-reporter=tap "${E2E_FILES[@]}"
  else
    skip_layer e2e "http server did not start"
  fi
else
  skip_layer node-api "trunk build failed"
  skip_layer e2e "trunk build failed"
fi

echo
echo "===== summary ($((SECONDS - T_START))s)"
printf '%s\n' "${SUMMARY[@]}"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
