"""Geoparsing on the Bellingcat/CIR Russia-Ukraine monitor events (evaluation data in ../shared).

Each row's text is its `title` and `brief description`; its gold is the `town/city` with `lat`/`lon`.
For the rows whose text names the gold town (by gazetteer key), print the share whose town is found
and resolved within 10 km and within 161 km, and documents per second.

    .venv/bin/python bench/geoparse_bellingcat.py [--limit N] [--misses 20]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from frontwatch.extract.toponyms import Toponym
from frontwatch.geo import distance_km, name_key
from frontwatch.geoparse import geoparse_documents
from frontwatch.model import Document, RawDocument, Rejection
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline

DATA = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "eval-sources"
    / "bellingcat_cir_events_mauforonda.csv"
)
RADII = (10.0, 161.0)


def rows(path: Path, limit: int | None) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        kept = []
        for row in csv.DictReader(handle):
            town = row["town/city"].strip()
            if not town or not row["lat"] or not row["lon"]:
                continue
            row["text"] = f"{row['title'].strip()}. {row['brief description'].strip()}"
            if _names(row["text"], town):
                kept.append(row)
            if limit is not None and len(kept) >= limit:
                break
        return kept


def _names(text: str, town: str) -> bool:
    """Whether the text names the gold town: its key appears among the text's word-aligned keys."""
    return f" {name_key(town)} " in f" {name_key(text)} "


def _hit(row: dict[str, str], toponyms: list[Toponym]) -> tuple[bool, float | None]:
    """Found: a toponym spelling the town; distance: of its resolution from the gold point."""
    key = name_key(row["town/city"])
    mine = [t for t in toponyms if name_key(t.text) == key]
    if not mine:
        return False, None
    best = mine[0]
    if best.latitude is None or best.longitude is None:
        return True, None
    return True, distance_km(float(row["lat"]), float(row["lon"]), best.latitude, best.longitude)


def _in_gazetteer(pipeline: Pipeline, row: dict[str, str]) -> bool:
    lat, lon = float(row["lat"]), float(row["lon"])
    return any(
        distance_km(lat, lon, p.latitude, p.longitude) <= RADII[0]
        for p in pipeline.gazetteer.candidates(row["town/city"])
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"no evaluation data at {DATA}: ../shared is beside development clones only", file=sys.stderr)
        return 1
    data = rows(DATA, args.limit)
    pipeline = Pipeline.load()
    docs: list[Document | Rejection] = [
        normalise(RawDocument(r["entry"], "bellingcat", r["text"], "jsonl")) for r in data
    ]
    by_id = {r["entry"]: r for r in data}
    started = time.perf_counter()
    results = list(geoparse_documents(pipeline, docs))
    elapsed = time.perf_counter() - started
    found = 0
    within = Counter[float]()
    known = Counter[str]()  # rows whose town the gazetteer has within 10 km of the gold point
    misses: list[str] = []
    for result in results:
        if isinstance(result, Rejection):
            continue
        row = by_id[result.document.doc_id]
        hit, km = _hit(row, result.toponyms)
        found += hit
        for radius in RADII:
            within[radius] += km is not None and km <= radius
        if _in_gazetteer(pipeline, row):
            known["rows"] += 1
            known["within"] += km is not None and km <= RADII[0]
        if km is None or km > RADII[0]:
            where = f"{row['town/city']} ({row['province']})"
            misses.append(f"{row['entry']}  {where}  km={km and round(km)}  {row['text'][:90]}")
    n = len(data)
    print(f"rows naming their town: {n}")
    print(f"found:           {found / n:.3f}")
    for radius in RADII:
        print(f"within {radius:>4.0f} km:  {within[radius] / n:.3f}")
    print(
        f"rows whose town the gazetteer has within {RADII[0]:.0f} km of the point: {known['rows']}, "
        f"resolved within {RADII[0]:.0f} km: {known['within'] / max(1, known['rows']):.3f}"
    )
    print(f"documents per second (parse + geoparse, 1 process): {n / elapsed:.1f}")
    for line in misses[: args.misses]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
