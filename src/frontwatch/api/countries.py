"""Country outlines for the map's base layer, from the `countryinfo` package (no tiles exist offline).

Built once per process: one FeatureCollection of every country, with coordinates rounded to
0.01 degree (about 1 km), which is plenty for a base layer and keeps the payload small.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

DECIMALS = 2


def _round(coords: Any) -> Any:
    if isinstance(coords, list) and coords and isinstance(coords[0], int | float):
        return [round(float(c), DECIMALS) for c in coords[:2]]
    return [_round(c) for c in coords]


def _features(record: dict[str, Any]) -> list[dict[str, Any]]:
    collection = record.get("geoJSON") or {}
    iso = record.get("ISO") or {}
    out = []
    for feature in collection.get("features", []):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        out.append(
            {
                "type": "Feature",
                "properties": {"name": record.get("name"), "iso2": iso.get("alpha2")},
                "geometry": {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])},
            }
        )
    return out


@lru_cache(maxsize=1)
def countries_geojson() -> bytes:
    """Every country outline as GeoJSON bytes (an empty collection if the package has no shapes)."""
    features: list[dict[str, Any]] = []
    folder = resources.files("countryinfo") / "data"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            record = json.loads(entry.read_text(encoding="utf-8"))
            features.extend(_features(record))
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")).encode()
