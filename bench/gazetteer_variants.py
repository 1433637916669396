"""How many town names of an OSINT event list the gazetteer finds, and how many more the loose
romanisation keys (`slavic_key`) find.

Reads ../shared/eval-sources/bellingcat_cir_events_mauforonda.csv (evaluation data, not in the
repository): each row has a town name as its authors spelled it and the point they geolocated. For
every distinct (town, country) pair in Ukraine, Russia and Belarus it resolves the name with the
country in focus and counts a hit when the chosen place is within 10 km of the row's point.

    .venv/bin/python bench/gazetteer_variants.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from frontwatch.geo import GeoContext, distance_km, name_key, open_gazetteer, resolve

SOURCE = (
    Path(__file__).resolve().parents[2] / "shared" / "eval-sources" / "bellingcat_cir_events_mauforonda.csv"
)
COUNTRIES = {"Ukraine": "UA", "Russia": "RU", "Belarus": "BY"}
HIT_KM = 10.0


def rows() -> dict[tuple[str, str], tuple[float, float]]:
    """(town, ISO2) -> the first geolocated point given for it."""
    out: dict[tuple[str, str], tuple[float, float]] = {}
    with open(SOURCE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = COUNTRIES.get(row["country"].strip())
            town = row["town/city"].strip()
            try:
                point = (float(row["lat"]), float(row["lon"]))
            except ValueError:
                continue
            if cc and town:
                out.setdefault((town, cc), point)
    return out


def main() -> int:
    if not SOURCE.is_file():
        print(f"evaluation data not here: {SOURCE}", file=sys.stderr)
        return 1
    gazetteer = open_gazetteer()
    towns = rows()
    found = by_variant = hits = variant_hits = variant_misses = 0
    for (town, cc), (lat, lon) in sorted(towns.items()):
        r = resolve(gazetteer, town, GeoContext(focus_countries=(cc,)))
        if r.place is None:
            continue
        found += 1
        near = distance_km(lat, lon, r.place.latitude, r.place.longitude) <= HIT_KM
        hits += near
        if not gazetteer.is_name(name_key(town)):
            by_variant += 1
            variant_hits += near
            variant_misses += not near
    print(f"distinct towns in UA/RU/BY: {len(towns):,}")
    print(
        f"resolved: {found:,}; within {HIT_KM:.0f} km of the row's point: {hits:,} ({hits / len(towns):.1%})"
    )
    print(
        f"resolved only through the loose romanisation key: {by_variant:,} "
        f"({variant_hits:,} within {HIT_KM:.0f} km, {variant_misses:,} elsewhere)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
