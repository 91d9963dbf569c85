#!/usr/bin/env bash
# Installs whatever is missing (scripts/setup.sh), builds the app with
# `trunk build --release` and serves dist/ at http://127.0.0.1:8080 (Ctrl-C stops it).
#
#   scripts/serve.sh            # release build, python3 http.server
#   PORT=9000 scripts/serve.sh  # another port
#   scripts/serve.sh --watch    # `trunk serve` instead: rebuilds on change (debug build)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh"

PORT="${PORT:-8080}"

if [ "${1:-}" = "--watch" ]; then
  exec trunk serve --address 127.0.0.1 --port "$PORT"
fi

trunk build --release
echo "Serving dist/ at http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
exec python3 -m http.server --bind 127.0.0.1 --directory "$ROOT/dist" "$PORT"
