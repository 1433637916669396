"""Exports of coded events: JSON Lines, GeoJSON and ACLED-style CSV. Every file is written atomically."""

from __future__ import annotations

from frontwatch.export.acled_csv import COLUMNS as ACLED_CSV_COLUMNS
from frontwatch.export.acled_csv import write_acled_csv
from frontwatch.export.atomic import Target, atomic_write
from frontwatch.export.geojson import GeoJSONResult, write_geojson
from frontwatch.export.jsonl import read_jsonl, write_jsonl
from frontwatch.export.records import write_records

__all__ = [
    "ACLED_CSV_COLUMNS",
    "GeoJSONResult",
    "Target",
    "atomic_write",
    "read_jsonl",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl",
    "write_records",
]
