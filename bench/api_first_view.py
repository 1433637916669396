"""Time to the first complete view of the map page with 10,000 events in range, in Debian's chromium.

Measures from navigation start to the page marking itself ready (points drawn, timeline and the
first page of the list loaded). Usage: .venv/bin/python bench/api_first_view.py [EVENTS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from playwright.sync_api import sync_playwright

from api.live import LiveServer
from api_synth import synthesise

CHROMIUM = "/usr/bin/chromium"
LOADS = 5


def main() -> None:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        synthesise(db, events, days=90)
        server = LiveServer.serve(db)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                times = []
                for _ in range(LOADS):
                    context = browser.new_context(viewport={"width": 1280, "height": 800})
                    page = context.new_page()
                    start = time.perf_counter()
                    page.goto(server.base + "/")
                    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
                    times.append((time.perf_counter() - start) * 1000)
                    shown = page.get_attribute("#map", "data-points")
                    context.close()
                browser.close()
        finally:
            server.stop()
    print(f"{events:,} events in range, {shown} on the map")
    print(f"first view: median {statistics.median(times):.0f} ms, max {max(times):.0f} ms over {LOADS} loads")


if __name__ == "__main__":
    main()
