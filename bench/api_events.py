"""Latency of /api/events with filters on 100,000 synthetic events, through a real server.

Prints p50/p95/max per filter set and overall. Usage: .venv/bin/python bench/api_events.py [EVENTS]
"""

from __future__ import annotations

import http.client
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from api.live import LiveServer
from api_synth import synthesise

ROUNDS = 40
FILTERS: dict[str, dict[str, str]] = {
    "none": {},
    "month": {"from": "2023-06-01", "to": "2023-06-30"},
    "type+actor": {"type": "Battles", "actor": "russia"},
    "claimant+modality": {"claimant": "sudan", "modality": "claimed"},
    "bbox": {"bbox": "30,45,40,52"},
    "text": {"text": "Story 4242"},
    "year+type+place": {"from": "2023-01-01", "to": "2023-12-31", "type": "Riots", "place": "gaza"},
}


def timed(conn: http.client.HTTPConnection, path: str) -> tuple[float, bytes]:
    start = time.perf_counter()
    conn.request("GET", path)
    body = conn.getresponse().read()
    return (time.perf_counter() - start) * 1000, body


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        started = time.perf_counter()
        synthesise(db, events)
        print(f"synthesised {events:,} events in {time.perf_counter() - started:.1f} s")
        server = LiveServer.serve(db)
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            everything: list[float] = []
            print(
                f"{'filters':<20} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  (limit 100, {ROUNDS} requests)"
            )
            for name, params in FILTERS.items():
                path = "/api/events?" + urlencode({**params, "limit": 100})
                timed(conn, path)  # warm the page cache
                times = [timed(conn, path)[0] for _ in range(ROUNDS)]
                everything.extend(times)
                p50, p95 = statistics.median(times), percentile(times, 0.95)
                print(f"{name:<20} {p50:8.1f} {p95:8.1f} {max(times):8.1f}")
            print(
                f"{'all':<20} {statistics.median(everything):8.1f} {percentile(everything, 0.95):8.1f} "
                f"{max(everything):8.1f}"
            )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
