"""Geoparsing on Ukrainian war reporting with gold points (evaluation data in ../shared).

Two sources:
- `bellingcat` (default): the Bellingcat/CIR Russia-Ukraine monitor events; each row's text is its `title`
  and `brief description`, its gold the `town/city` with `lat`/`lon` (which mark the event, not always
  the town centre);
- `acled`: the ACLED Ukraine dev rows; the text is `notes`, the gold `location` with its coordinates.

For the rows whose text names the gold town (by gazetteer key), print the share whose town is found and
resolved within 10 km and within 161 km, and documents per second. Among the rows whose town the
gazetteer has, the share within 10 km is printed twice: as geoparsed (an admin area at its centroid)
and with an admin area at its seat, where events known only by their region are placed (ACLED codes
"shelling in the Odesa region" to Odesa).

    .venv/bin/python bench/geoparse_bellingcat.py [--data bellingcat|acled] [--limit N] [--misses 20]
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
from frontwatch.geo.seats import admin_seat
from frontwatch.geoparse import geoparse_documents
from frontwatch.model import Document, RawDocument, Rejection
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline

SOURCES = Path(__file__).resolve().parents[1].parent / "shared" / "eval-sources"
FILES = {"bellingcat": "bellingcat_cir_events_mauforonda.csv", "acled": "acled_ukraine_2022_dev.csv"}
RADII = (10.0, 161.0)


def _bellingcat(row: dict[str, str]) -> dict[str, str]:
    text = f"{row['title'].strip()}. {row['brief description'].strip()}"
    return {
        "entry": row["entry"],
        "text": text,
        "town/city": row["town/city"].strip(),
        "province": row["province"],
        "lat": row["lat"],
        "lon": row["lon"],
    }


def _acled(row: dict[str, str]) -> dict[str, str]:
    return {
        "entry": row["event_id_cnty"],
        "text": row["notes"],
        "town/city": row["location"].strip(),
        "province": row["admin1"],
        "lat": row["latitude"],
        "lon": row["longitude"],
    }


def rows(source: str, limit: int | None) -> list[dict[str, str]]:
    shape = _acled if source == "acled" else _bellingcat
    with (SOURCES / FILES[source]).open(encoding="utf-8", newline="") as handle:
        kept = []
        for raw in csv.DictReader(handle):
            row = shape(raw)
            if not row["town/city"] or not row["lat"] or not row["lon"]:
                continue
            if _names(row["text"], row["town/city"]):
                kept.append(row)
            if limit is not None and len(kept) >= limit:
                break
        return kept


def _names(text: str, town: str) -> bool:
    """Whether the text names the gold town: its key appears among the text's word-aligned keys."""
    return f" {name_key(town)} " in f" {name_key(text)} "


def _hit(row: dict[str, str], toponyms: list[Toponym]) -> tuple[bool, float | None]:
    """Found: a toponym spelling the town, else one whose name holds it ("Hostomel airport", resolved
    to the airfield); distance: of its resolution from the gold point."""
    key = name_key(row["town/city"])
    mine = [t for t in toponyms if name_key(t.text) == key]
    mine = mine or [t for t in toponyms if _names(t.text, row["town/city"])]
    if not mine:
        return False, None
    best = mine[0]
    if best.latitude is None or best.longitude is None:
        return True, None
    return True, distance_km(float(row["lat"]), float(row["lon"]), best.latitude, best.longitude)


def _seat_km(
    pipeline: Pipeline, row: dict[str, str], toponyms: list[Toponym], km: float | None
) -> float | None:
    """The distance with the row's admin-area toponym put at the area's seat, as events are placed."""
    key = name_key(row["town/city"])
    mine = [t for t in toponyms if name_key(t.text) == key]
    if not mine or mine[0].kind != "admin area" or mine[0].geonameid is None:
        return km
    area = pipeline.gazetteer.place(mine[0].geonameid)
    seat = admin_seat(pipeline.gazetteer, area) if area is not None else None
    if seat is None:
        return km
    return distance_km(float(row["lat"]), float(row["lon"]), seat.latitude, seat.longitude)


def _in_gazetteer(pipeline: Pipeline, row: dict[str, str]) -> bool:
    lat, lon = float(row["lat"]), float(row["lon"])
    return any(
        distance_km(lat, lon, p.latitude, p.longitude) <= RADII[0]
        for p in pipeline.gazetteer.candidates(row["town/city"])
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", choices=sorted(FILES), default="bellingcat")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    path = SOURCES / FILES[args.data]
    if not path.is_file():
        print(f"no evaluation data at {path}: ../shared is beside development clones only", file=sys.stderr)
        return 1
    data = rows(args.data, args.limit)
    pipeline = Pipeline.load()
    docs: list[Document | Rejection] = [
        normalise(RawDocument(r["entry"], args.data, r["text"], "jsonl")) for r in data
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
            seat_km = _seat_km(pipeline, row, result.toponyms, km)
            known["seat"] += seat_km is not None and seat_km <= RADII[0]
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
    print(
        "  the same, an admin area at its seat (as events are placed): "
        f"{known['seat'] / max(1, known['rows']):.3f}"
    )
    print(f"documents per second (parse + geoparse, 1 process): {n / elapsed:.1f}")
    for line in misses[: args.misses]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
