#!/usr/bin/env bash
# Set up, then run every check: ruff, mypy and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== ruff"
.venv/bin/ruff check src tests bench
echo "== mypy"
.venv/bin/mypy
if ! command -v chromium >/dev/null 2>&1; then
    # the browser tests drive Debian's chromium (Playwright never downloads a browser here)
    echo "== installing chromium"
    apt-get update -qq && apt-get install -y -qq chromium
fi
echo "== pytest"
.venv/bin/pytest "$@"
