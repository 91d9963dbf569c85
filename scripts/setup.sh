#!/usr/bin/env bash
# Installs whatever this project needs on Debian 12 and puts the tools on PATH.
# Idempotent: every step is skipped when the right version is already there, so
# a second run takes a few seconds. Nothing is downloaded from outside the
# package registries (crates.io, npm, PyPI, Debian apt; rustup's own components).
#
#   source scripts/setup.sh   # install + export PATH etc. into the current shell
#   bash scripts/setup.sh     # install only
#
# Used by scripts/serve.sh and scripts/test.sh.

_dr_setup() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

  export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  # Trunk's update check calls the crate registry's web API on every run.
  export TRUNK_SKIP_VERSION_CHECK=true
  export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

  local trunk_version="0.21.14"
  local apt_packages=(chromium chromium-driver fonts-noto-cjk poppler-utils brotli curl python3 python3-venv)
  # LibreOffice Writer converts the exported .docx to PDF in the tests
  # (crates/publish-module/tests/docx_libreoffice.rs); without its recommends (Java, galleries).
  local apt_lean=(libreoffice-writer)

  _dr_log() { printf '[setup] %s\n' "$*" >&2; }

  # --- Debian packages ------------------------------------------------------
  local missing=() p
  for p in "${apt_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
  fi
  local lean=()
  for p in "${apt_lean[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      lean+=("$p")
    fi
  done
  if ((${#missing[@]} + ${#lean[@]})); then
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    _dr_log "apt-get install ${missing[*]} ${lean[*]}"
    "${sudo[@]}" apt-get update -qq || return 1
    if ((${#missing[@]})); then
      DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null || return 1
    fi
    if ((${#lean[@]})); then
      DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null || return 1
    fi
  fi
  if command -v chromedriver >/dev/null 2>&1; then
    # wasm-bindgen-test-runner: use Chromium, not another browser's driver.
    export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
  fi

  # --- Rust toolchain pieces -------------------------------------------------
  if ! command -v rustup >/dev/null 2>&1; then
    _dr_log "rustup not found: install Rust (rustup) first"; return 1
  fi
  if ! rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    _dr_log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || return 1
  fi
  local installed_components
  installed_components="$(rustup component list --installed)"
  for p in clippy rustfmt; do
    if ! grep -q "^$p" <<<"$installed_components"; then
      _dr_log "rustup component add $p"
      rustup component add "$p" || return 1
    fi
  done

  # --- trunk -----------------------------------------------------------------
  if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
    _dr_log "cargo install trunk $trunk_version (takes ~7 min)"
    cargo install trunk --version "$trunk_version" --locked || return 1
  fi

  # --- wasm-bindgen-cli at exactly the version in Cargo.lock -----------------
  local wb_version
  wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")"
  if [ -z "$wb_version" ]; then
    _dr_log "could not read the wasm-bindgen version from Cargo.lock"; return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ] \
    || [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $wb_version" ]; then
    _dr_log "cargo install wasm-bindgen-cli $wb_version (takes ~2 min)"
    # Not --locked: its lockfile wants a crate version the registry mirror lacks.
    cargo install wasm-bindgen-cli --version "$wb_version" --force || return 1
  fi

  # --- twiggy: what the wasm's bytes are (bench/wasm-parts) -------------------
  if ! command -v twiggy >/dev/null 2>&1; then
    _dr_log "cargo install twiggy (takes ~3 min)"
    cargo install twiggy --locked || return 1
  fi

  # --- npm: wasm-opt (binaryen 132), playwright-core, typescript -------------
  # Never `npx playwright install`: the tests use Debian's /usr/bin/chromium.
  local stamp="$root/node_modules/.setup-stamp" want
  want="$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x "$root/node_modules/.bin/wasm-opt" ]; then
    _dr_log "npm ci"
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error) || return 1
    echo "$want" >"$stamp"
  fi

  # --- PyPI: openxml-audit, the Open XML SDK's schema and semantic checks in Python --------
  # (crates/publish-module/tests/docx_schema.rs), in a virtual environment of its own, so its
  # python does not shadow the system's; the test finds it through OPENXML_AUDIT.
  local oxa_version="0.8.0" oxa_venv="${XDG_DATA_HOME:-$HOME/.local/share}/disclosure-report/openxml-audit"
  if [ "$("$oxa_venv/bin/python" -c 'import importlib.metadata as m; print(m.version("openxml-audit"))' 2>/dev/null)" != "$oxa_version" ]; then
    _dr_log "pip install openxml-audit $oxa_version (in $oxa_venv)"
    /usr/bin/python3 -m venv "$oxa_venv" || return 1
    "$oxa_venv/bin/pip" install --quiet --disable-pip-version-check "openxml-audit==$oxa_version" || return 1
  fi
  export OPENXML_AUDIT="$oxa_venv/bin/openxml-audit"

  # --- crates, so that offline builds (Trunk passes --offline) work ----------
  # (without --target, cargo fetch gets the crates of every target, wasm32 too)
  (cd "$root" && cargo fetch --quiet) || return 1
  return 0
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  _dr_setup
else
  _dr_setup || return 1
fi
