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
if [ ! -x /usr/lib/postgresql/15/bin/initdb ] \
    || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
    # the PostgreSQL store tests start their own throwaway cluster with these binaries; a cluster
    # the package may create and start is left as it is, and is not used
    if [ "$(id -u)" = "0" ]; then
        echo "== installing postgresql-15 and postgresql-15-postgis-3"
        apt-get update -qq && apt-get install -y -qq postgresql-15 postgresql-15-postgis-3
    else
        echo "== PostgreSQL 15 is missing and we are not root: the PostgreSQL tests will be skipped"
    fi
fi
echo "== pytest"
.venv/bin/pytest "$@"
