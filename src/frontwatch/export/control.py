"""Territorial control as GeoJSON: one Point feature per place, with its state at the asked date."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from frontwatch.export.atomic import Target, open_target


def write_control_geojson(rows: Iterable[Mapping[str, Any]], target: Target) -> int:
    """Write the places with coordinates as a FeatureCollection; returns the number written."""
    written = 0
    with open_target(target, newline="\n") as out:
        out.write('{"type": "FeatureCollection", "features": [')
        for row in rows:
            if row.get("latitude") is None or row.get("longitude") is None:
                continue
            feature = {
                "type": "Feature",
                "id": row.get("katottg") or row.get("icao") or row["geonameid"],
                "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                "properties": dict(row),
            }
            out.write("\n" if written == 0 else ",\n")
            out.write(json.dumps(feature, ensure_ascii=False, default=str))
            written += 1
        out.write("\n]}\n")
    return written
