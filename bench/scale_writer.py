"""How fast the one writer stores coded documents: the ceiling of any engine, since every result
goes through it.

Usage: .venv/bin/python bench/scale_writer.py [--documents 5000]

Codes 50 synthetic documents once (bench/scale_corpus.py), then stores `--documents` copies, each
with its own document hash and event ids, into a SQLite store in a temporary folder, one transaction
per document as `ingest` does. Prints documents and events stored per second.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frontwatch.model import RawDocument
from frontwatch.runner import Coded
from frontwatch.runner.engines import LocalEngine
from frontwatch.runner.writer import StoreWriter
from frontwatch.store import open_store
from scale_corpus import documents


def copy(coded: Coded, number: int) -> Coded:
    """The same document and events under a new identity, so each copy is a new row."""
    digest = f"{number:08d}{coded.document.document_hash[8:]}"
    events = [
        replace(e, document_hash=digest, event_id=f"{number:08d}{e.event_id[8:]}") for e in coded.events
    ]
    return Coded(replace(coded.document, document_hash=digest), events)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=5000)
    args = parser.parse_args()
    raw = [
        RawDocument(f"doc-{n}", "bench", t, "text", published="2024-03-05")
        for n, t in enumerate(documents(50))
    ]
    coded = [r for r in LocalEngine().code(raw) if isinstance(r, Coded)]
    with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "bench.db")) as store:
        writer = StoreWriter(store, lambda _record: None)
        started, cpu = time.perf_counter(), time.process_time()
        for number in range(args.documents):
            writer.write(copy(coded[number % len(coded)], number))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    tally = writer.tally
    report = {
        "documents": tally.documents,
        "events": tally.events,
        "seconds": round(wall, 1),
        "docs_per_s": round(tally.documents / wall),
        "docs_per_cpu_s": round(tally.documents / cpu),
        "events_per_s": round(tally.events / wall),
        "load": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
