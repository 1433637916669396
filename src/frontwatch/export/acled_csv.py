"""ACLED-style CSV: ACLED's column set in ACLED's order, followed by frontwatch's own columns.

Conventions followed: `event_id_cnty` is our event_id; `fatalities` is 0 where unknown; `notes`
is the evidence sentence; `timestamp` is the Unix time of the export; `iso` is the numeric ISO 3166
country code and `iso3` the alpha-3 code, derived from the alpha-2 `country_code` when known.
Values kept in `Event.extra` under an ACLED column name (e.g. "source", "admin2", "tags") fill that
column. Events whose modality is "historical" are left out unless asked for.

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return,
and not a plain number) are prefixed with a single quote.
"""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from frontwatch.export.atomic import Target, open_target
from frontwatch.model import Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "iso3",
)

FRONTWATCH_COLUMNS: tuple[str, ...] = (
    "claimant",
    "claimant_actor",
    "claimant_side",
    "modality",
    "plover_type",
    "plover_mode",
    "confidence",
    "doc_id",
    "document_hash",
    "evidence_start",
    "evidence_end",
)

COLUMNS: tuple[str, ...] = ACLED_COLUMNS + FRONTWATCH_COLUMNS

# ACLED's disorder types for the event types that map to exactly one of them.
DISORDER_TYPES: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

# ACLED inter code for civilians.
_CIVILIANS = 7

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Neutralise a cell a spreadsheet would evaluate as a formula; plain numbers stay as they are."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, tuple[str, str]]:
    """alpha-2 → (numeric, alpha-3), from the country table installed with frontwatch."""
    try:
        import countrystatecity_countries as csc

        table: dict[str, tuple[str, str]] = {}
        for country in csc.get_countries():
            numeric = str(int(country.numeric_code)) if str(country.numeric_code or "").isdigit() else ""
            table[str(country.iso2).upper()] = (numeric, str(country.iso3 or ""))
        return table
    except Exception:  # the country table is optional for export: leave the codes empty
        return {}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(_text(v) for v in value)
    return str(value)


def acled_row(event: Event, timestamp: int) -> dict[str, str]:
    """One event as a CSV row (column name → cell text, before formula quoting)."""
    extra = event.extra

    def pick(column: str, default: Any = "") -> str:
        value = extra.get(column)
        return _text(value if value not in (None, "") else default)

    numeric, alpha3 = _country_codes().get((event.country_code or "").upper(), ("", ""))
    civilian = (
        "Civilian targeting"
        if (event.event_type == "Violence against civilians" or event.inter2 == _CIVILIANS)
        else ""
    )
    year = event.event_date[:4] if event.event_date and event.event_date[:4].isdigit() else ""
    row = {
        "event_id_cnty": event.event_id,
        "event_date": _text(event.event_date),
        "year": year,
        "time_precision": _text(event.time_precision),
        "disorder_type": pick("disorder_type", DISORDER_TYPES.get(event.event_type, "")),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": _text(event.actor1),
        "assoc_actor_1": _text(event.assoc_actor_1),
        "inter1": _text(event.inter1),
        "actor2": _text(event.actor2),
        "assoc_actor_2": _text(event.assoc_actor_2),
        "inter2": _text(event.inter2),
        "interaction": _text(event.interaction),
        "civilian_targeting": pick("civilian_targeting", civilian),
        "iso": pick("iso", numeric),
        "region": pick("region"),
        "country": _text(event.country),
        "admin1": _text(event.admin1),
        "admin2": pick("admin2"),
        "admin3": pick("admin3"),
        "location": _text(event.location),
        "latitude": _text(event.latitude),
        "longitude": _text(event.longitude),
        "geo_precision": _text(event.geo_precision),
        "source": pick("source"),
        "source_scale": pick("source_scale"),
        "notes": event.evidence,
        "fatalities": _text(event.fatalities if event.fatalities is not None else 0),
        "tags": pick("tags"),
        "timestamp": str(timestamp),
        "iso3": pick("iso3", alpha3),
    }
    for column in FRONTWATCH_COLUMNS:
        row[column] = _text(getattr(event, column))
    return row


def write_acled_csv(
    events: Iterable[Event],
    target: Target,
    *,
    include_historical: bool = False,
    timestamp: int | None = None,
) -> int:
    """Write events as ACLED-style CSV with a header row; returns the number of events written.

    `timestamp` (Unix seconds) defaults to the time of the export.
    """
    stamp = int(time.time()) if timestamp is None else timestamp
    count = 0
    with open_target(target, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for event in events:
            if event.modality == "historical" and not include_historical:
                continue
            row = acled_row(event, stamp)
            writer.writerow([safe_cell(row[c]) for c in COLUMNS])
            count += 1
    return count
