"""Reading and normalising a JSON Lines file of one million lines, streamed in bounded memory.

Usage: .venv/bin/python bench/scale_jsonl.py [--lines 1000000] [--normalise-every 1]

The file is generated at bench time in a temporary folder (short synthetic articles from
bench/scale_corpus.py) and deleted afterwards. Prints lines per second for reading alone and for
reading plus normalising (wire headers, dates, language), in wall time and in CPU time (lines per
CPU second is the per-core figure, which holds on a busy machine), with the peak resident size,
which must not depend on the file's length. Every line is read; `--normalise-every K` normalises
one line in K (the per-line cost is the same, so the rate holds) when the machine has no room for a
full run: language identification dominates normalising, at a few milliseconds a line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frontwatch.ingest import read_paths
from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise
from scale_corpus import write_jsonl


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stop(_signum: int, _frame: object) -> None:
    """A terminated run still deletes its temporary file."""
    raise SystemExit(1)


def main() -> int:
    signal.signal(signal.SIGTERM, stop)
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--per-document", type=int, default=3, help="sentences per line")
    parser.add_argument(
        "--normalise-every", type=int, default=1, help="normalise one line in K (default all)"
    )
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        path = Path(folder) / "million.jsonl"
        started = time.perf_counter()
        size = write_jsonl(path, args.lines, per_document=args.per_document)
        generated = time.perf_counter() - started
        peak_before = peak_mb()

        started, cpu = time.perf_counter(), time.process_time()
        read = sum(1 for item in read_paths([path]) if isinstance(item, RawDocument))
        reading, reading_cpu = time.perf_counter() - started, time.process_time() - cpu

        normalised, normalising_cpu = 0, 0.0
        for number, item in enumerate(read_paths([path])):
            if number % args.normalise_every or not isinstance(item, RawDocument):
                continue
            cpu = time.process_time()
            normalised += isinstance(normalise(item), Document)
            normalising_cpu += time.process_time() - cpu
    per_line = normalising_cpu / max(normalised, 1)
    report = {
        "lines": args.lines,
        "file_mb": round(size / 1024 / 1024, 1),
        "generate_s": round(generated, 1),
        "read_s": round(reading, 1),
        "read_cpu_s": round(reading_cpu, 1),
        "read_lines_per_cpu_s": round(read / reading_cpu),
        "normalised_one_line_in": args.normalise_every,
        "normalised_documents": normalised,
        "normalise_ms_per_line_cpu": round(per_line * 1000, 3),
        "normalise_lines_per_cpu_s": round(1 / per_line) if per_line else None,
        "read_and_normalise_all_lines_cpu_s": round(reading_cpu + per_line * read),
        "peak_rss_mb_before_reading": round(peak_before, 1),
        "peak_rss_mb_after": round(peak_mb(), 1),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
