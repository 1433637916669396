#!/usr/bin/env bash
# Set up, then run the main job: the example corpus into ./frontwatch.db, a summary, exports in ./out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/frontwatch demo "$@"
