"""GeoJSON: a FeatureCollection of Point features, one per event with valid coordinates.

Events without coordinates, or with coordinates out of range (latitude outside [-90, 90],
longitude outside [-180, 180], or not finite), are skipped and counted.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, NamedTuple

from frontwatch.export.atomic import Target, open_target
from frontwatch.model import Event


class GeoJSONResult(NamedTuple):
    written: int
    skipped: int


def coordinates(event: Event) -> tuple[float, float] | None:
    """[lon, lat] of an event, or None when it has no valid position."""
    lat, lon = event.latitude, event.longitude
    if lat is None or lon is None:
        return None
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(lat_f) and math.isfinite(lon_f)):
        return None
    if not (-90.0 <= lat_f <= 90.0 and -180.0 <= lon_f <= 180.0):
        return None
    return lon_f, lat_f


def feature(event: Event) -> dict[str, Any] | None:
    """The GeoJSON Feature of an event (properties = every event field), or None without coordinates."""
    point = coordinates(event)
    if point is None:
        return None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [point[0], point[1]]},
        "properties": event.as_dict(),
    }


def write_geojson(events: Iterable[Event], target: Target) -> GeoJSONResult:
    """Write a FeatureCollection; returns (written, skipped). Features are streamed, one per line."""
    written = skipped = 0
    with open_target(target, newline="\n") as out:
        out.write('{"type": "FeatureCollection", "features": [')
        for event in events:
            item = feature(event)
            if item is None:
                skipped += 1
                continue
            out.write("\n" if written == 0 else ",\n")
            out.write(json.dumps(item, ensure_ascii=False, default=str))
            written += 1
        out.write("\n]}\n")
    return GeoJSONResult(written, skipped)
