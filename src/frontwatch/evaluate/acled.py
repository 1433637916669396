"""ACLED exports as gold: each row's `notes` is the text, the coded columns are the gold event.

An empty `fatalities` counts as 0, ACLED's convention for "none reported". The text is coded without a
publication date: ACLED notes state their own date ("On 3 June 2022, ...").
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontwatch.errors import UsageError
from frontwatch.model import RawDocument

REQUIRED = ("notes", "event_type", "sub_event_type")
INTEGER_FIELDS = ("time_precision", "geo_precision", "inter1", "inter2", "interaction")
TEXT_FIELDS = (
    *("event_date", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2"),
    *("admin1", "location", "country"),
)


@dataclass(frozen=True)
class AcledRow:
    document: RawDocument
    gold: dict[str, Any]


def read_acled(path: Path, limit: int | None = None) -> Iterator[AcledRow]:
    """Rows of an ACLED CSV export as (document, gold event) pairs, in file order."""
    if not path.is_file():
        raise UsageError(f"no ACLED export at {path}", hint="Give the path of an ACLED CSV export.")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            columns = ", ".join(missing)
            raise UsageError(f"{path} lacks ACLED columns: {columns}", hint="Give an ACLED CSV export.")
        for n, row in enumerate(reader):
            if limit is not None and n >= limit:
                return
            yield _row(path, n, row)


def _row(path: Path, n: int, row: dict[str, str]) -> AcledRow:
    doc_id = row.get("event_id_cnty") or f"{path.name}:{n + 2}"
    document = RawDocument(doc_id=doc_id, source=str(path), text=row["notes"], media_type="jsonl")
    return AcledRow(document, gold_event(row))


def gold_event(row: dict[str, str]) -> dict[str, Any]:
    gold: dict[str, Any] = {name: (row.get(name) or None) for name in TEXT_FIELDS}
    for name in INTEGER_FIELDS:
        gold[name] = _int(row.get(name))
    gold["fatalities"] = _int(row.get("fatalities")) or 0
    gold["latitude"] = _float(row.get("latitude"))
    gold["longitude"] = _float(row.get("longitude"))
    return gold


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None
