"""Resident size over a long run: does memory grow with the number of documents coded?

Usage: .venv/bin/python bench/scale_memory.py [--documents 20000] [--every 1000]

Codes synthetic documents (bench/scale_corpus.py, made at bench time) with the local engine into a
SQLite store in a temporary folder, reading the process's resident size (/proc/self/statm) every
`--every` documents. Prints the samples and the least-squares slope in MB per 1,000 documents over
the second half of the run (after caches have filled); a slope near zero means no leak.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frontwatch.model import RawDocument
from frontwatch.runner.engines import LocalEngine
from frontwatch.runner.ingest_run import run_into_store
from frontwatch.store import open_store
from scale_corpus import documents

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE_MB


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of MB against documents, in MB per 1,000 documents."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    num = sum((x - mean_x) * (y - mean_y) for x, y in points)
    den = sum((x - mean_x) ** 2 for x, _ in points) or 1.0
    return num / den * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--per-document", type=int, default=6, help="sentences per synthetic document")
    args = parser.parse_args()
    samples: list[tuple[int, float]] = []
    counter = {"n": 0}

    def sample(_result: object, _stored: bool) -> None:
        counter["n"] += 1
        if counter["n"] % args.every == 0:
            samples.append((counter["n"], rss_mb()))

    items = (
        RawDocument(f"doc-{n}", "bench", text, "text", published="2024-03-05")
        for n, text in enumerate(documents(args.documents, per_document=args.per_document))
    )
    load_before = os.getloadavg()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "bench.db")) as store:
        tally = run_into_store(
            store, LocalEngine(), items, command="bench", report=lambda _r: None, written=sample
        )
    elapsed = time.perf_counter() - started
    half = samples[len(samples) // 2 :]
    report = {
        "documents": tally.documents,
        "events": tally.events,
        "seconds": round(elapsed, 1),
        "docs_per_s": round(tally.documents / elapsed, 1),
        "rss_mb_samples": [(n, round(mb, 1)) for n, mb in samples],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "slope_mb_per_1000_docs_whole_run": round(slope(samples), 3) if len(samples) > 1 else None,
        "slope_mb_per_1000_docs_second_half": round(slope(half), 3) if len(half) > 1 else None,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
