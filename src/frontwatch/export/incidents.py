"""Incident-level exports: ACLED-style CSV (one row per incident) and GeoJSON with the claims ledger.

The CSV row takes the incident's representative report for the event fields (actors, inter codes,
place, precision) and the incident for the rest: `event_date` is the date most reports give,
`source` lists every outlet that reported it, `source_scale` the scales of those outlets (wire
agencies are "International", other outlets "Other"), `notes` the representative evidence, and
`fatalities` the lowest figure reported. frontwatch's incident columns follow ACLED's.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from frontwatch.export.acled_csv import ACLED_COLUMNS, acled_row, safe_cell
from frontwatch.export.atomic import Target, open_target
from frontwatch.export.geojson import coordinates
from frontwatch.model import Event

INCIDENT_COLUMNS: tuple[str, ...] = (
    "incident_id",
    "reports",
    "sources",
    "independent_sources",
    "first_reported",
    "status",
    "controller",
    "claims",
)
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + INCIDENT_COLUMNS
WIRE_AGENCIES = frozenset({"reuters", "ap", "afp", "associated press", "agence france-presse", "dpa", "efe"})


def source_scale(outlets: Iterable[str]) -> str:
    scales = sorted({"International" if o.casefold() in WIRE_AGENCIES else "Other" for o in outlets})
    return "-".join(scales)


def _claims_text(claims: list[dict[str, Any]]) -> str:
    """A short ledger for a spreadsheet cell: "control:Ukraine claimed (Ukraine 2); fighting ..."."""
    parts = []
    for claim in claims:
        sides = ", ".join(f"{side} {n}" for side, n in claim["sides"].items())
        parts.append(f"{claim['proposition']} {claim['status']} ({sides})")
    return "; ".join(parts)


def incident_event(row: Mapping[str, Any], representative: Event) -> Event:
    """The representative report dressed as the incident (date, type, place, sources, fatalities)."""
    return replace(
        representative,
        event_id=row["incident_id"],
        event_date=row["date_start"],
        event_type=row["event_type"],
        sub_event_type=row["sub_event_type"],
        fatalities=row["fatalities"],
        extra={
            **representative.extra,
            "source": "; ".join(row["outlets"]),
            "source_scale": source_scale(row["outlets"]),
        },
    )


def csv_row(row: Mapping[str, Any], representative: Event, timestamp: int) -> list[str]:
    cells = acled_row(incident_event(row, representative), timestamp)
    for column in INCIDENT_COLUMNS:
        value = row[column]
        cells[column] = _claims_text(value) if column == "claims" else "" if value is None else str(value)
    return [safe_cell(cells[c]) for c in CSV_COLUMNS]


def write_incident_csv(
    rows: Iterable[tuple[Mapping[str, Any], Event]], target: Target, *, timestamp: int | None = None
) -> int:
    """Write (incident, representative report) pairs as ACLED-style CSV; returns the rows written."""
    stamp = int(time.time()) if timestamp is None else timestamp
    count = 0
    with open_target(target, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for row, representative in rows:
            writer.writerow(csv_row(row, representative, stamp))
            count += 1
    return count


def incident_feature(row: Mapping[str, Any], representative: Event) -> dict[str, Any] | None:
    point = coordinates(incident_event(row, representative))
    if point is None:
        return None
    return {
        "type": "Feature",
        "id": row["incident_id"],
        "geometry": {"type": "Point", "coordinates": [point[0], point[1]]},
        "properties": dict(row),
    }


def write_incident_geojson(rows: Iterable[tuple[Mapping[str, Any], Event]], target: Target) -> int:
    """Write incidents with coordinates as a FeatureCollection, each with its claims; returns the count."""
    written = 0
    with open_target(target, newline="\n") as out:
        out.write('{"type": "FeatureCollection", "features": [')
        for row, representative in rows:
            item = incident_feature(row, representative)
            if item is None:
                continue
            out.write("\n" if written == 0 else ",\n")
            out.write(json.dumps(item, ensure_ascii=False, default=str))
            written += 1
        out.write("\n]}\n")
    return written
