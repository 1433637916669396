"""The year suffix of a state actor's name, for the date of the event.

ACLED names state forces after the government of the day: "Military Forces of Ukraine (2014-2019)" in 2017,
"Military Forces of Ukraine (2019-)" in 2022. The catalogue names actors for today's government; this
module renames them for the event's date, from `data/actors/periods.json`: the handover date and label of
each period, per country. On the day of a coup or handover the outgoing government's label applies.
Countries missing from that table keep the name the catalogue gave them.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

STATE_PREFIXES = (
    "Mutiny of Military Forces of ",
    "Mutiny of Police Forces of ",
    "Military Forces of ",
    "Police Forces of ",
    "Government of ",
)
SUFFIX = re.compile(r"^ \(\d{4}-(?:\d{4})?\)")

Periods = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # country -> (first days, labels)


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    """`data/actors/periods.json`, read once: government periods, sides by date, groups' earlier names."""
    table: dict[str, Any] = json.loads(
        resources.files("frontwatch").joinpath("data/actors/periods.json").read_text("utf-8")
    )
    return table


@lru_cache(maxsize=1)
def periods() -> Periods:
    raw = _table()
    table: Periods = {}
    for country, entries in raw.items():
        if country.startswith("_"):
            continue
        ordered = sorted(entries)
        table[country] = (tuple(day for day, _ in ordered), tuple(label for _, label in ordered))
    return table


def period_label(country: str, when: str | None) -> str | None:
    """The label of the country's government period on an ISO date (the latest when no date is known)."""
    entry = periods().get(country)
    if entry is None:
        return None
    starts, labels = entry
    if when is None:
        return labels[-1]
    try:
        day = date.fromisoformat(when[:10]).isoformat()
    except ValueError:
        return labels[-1]
    index = bisect_left(starts, day) - 1  # the handover day itself still belongs to the outgoing government
    return labels[index] if index >= 0 else None  # before the table's first period: not known


def dated_name(name: str | None, when: str | None) -> str | None:
    """ "Military Forces of Syria (2024-)" on 2016-03-27 -> "Military Forces of Syria (2000-2024)"."""
    if name is None:
        return None
    later = later_names().get(name)
    if later is not None and (when is None or when[:10] >= later[0]):
        name = later[1]  # "SPLA" after South Sudan's independence: its army
    prefix = next((p for p in STATE_PREFIXES if name.startswith(p)), None)
    if prefix is None:
        return _earlier_name(name, when)
    rest = name[len(prefix) :]
    country = _country_at_start(rest)
    if country is None:
        return name
    label = period_label(country, when)
    state = country
    if label is None:
        # before the country's first government: the state it was part of ("Police Forces of Slovakia" in
        # 1988 are "Police Forces of Czechoslovakia (1969-1989)")
        state = former_states().get(country, country)
        label = period_label(state, when) if state != country else None
    tail = SUFFIX.sub("", rest[len(country) :])
    if label is None:
        # before the first government the table knows, today's suffix would be false: none is given
        return f"{prefix}{country}{tail}" if country in periods() else name
    return f"{prefix}{state} {label}{tail}"


@lru_cache(maxsize=1)
def former_states() -> dict[str, str]:
    """The state each country was part of before its first government in the table ("Slovakia":
    "Czechoslovakia")."""
    raw = _table().get("_former", {})
    return {country: state for country, state in raw.items() if not country.startswith("_")}


@lru_cache(maxsize=1)
def earlier_names() -> dict[str, tuple[tuple[str, str], ...]]:
    raw = _table()
    return {
        name: tuple(sorted((day, earlier) for day, earlier in entries))
        for name, entries in raw.get("_groups", {}).items()
        if not name.startswith("_")
    }


@lru_cache(maxsize=1)
def later_names() -> dict[str, tuple[str, str]]:
    """Groups that became a state's forces: name -> (the day, the state's forces' name)."""
    raw = _table().get("_later", {})
    return {name: (entry[0], entry[1]) for name, entry in raw.items() if not name.startswith("_")}


def _earlier_name(name: str, when: str | None) -> str:
    """ "JNIM" of an event in 2010 -> "AQIM": the name the group bore on the event's day."""
    if when is None:
        return name
    for day, earlier in earlier_names().get(name, ()):
        if when[:10] < day:
            return earlier
    return name


def _country_at_start(rest: str) -> str | None:
    """The longest country of the table that `rest` starts with, followed by the end, a space or nothing."""
    found = [c for c in periods() if rest == c or rest.startswith(c + " ")]
    return max(found, key=len) if found else None


STATE_KINDS = frozenset({"government", "military", "police"})


@lru_cache(maxsize=1)
def side_periods() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    raw = _table()
    return {
        side: (tuple(day for day, _ in sorted(entries)), tuple(label for _, label in sorted(entries)))
        for side, entries in raw.get("_sides", {}).items()
        if not side.startswith("_")
    }


def dated_side(side: str | None, kind: str | None, when: str | None) -> str | None:
    """The side a state's actor speaks for on a date: Afghan officials in 2017 speak for the Republic
    ("Afghanistan"), in 2022 for the Taliban's government ("Afghanistan: Taliban")."""
    entry = side_periods().get(side or "")
    if entry is None or kind not in STATE_KINDS or when is None:
        return side
    starts, sides = entry
    index = bisect_left(starts, when[:10]) - 1
    return sides[max(index, 0)]
