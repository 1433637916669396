"""When two event reports describe the same happening.

Two reports match when all four hold:

- **type**: the same type group. Ground fighting and territorial change are one group ("entered
  Kupiansk" and "repelled an attack near Kupiansk" are two accounts of one fight), remote violence
  (shelling, missiles, drones, mines) is one group (outlets disagree on the weapon), every other
  event type is its own group.
- **place**: the same gazetteer place, or two town-level places at most `NEARBY_KM` apart. A report
  placed only at region or country level matches only the same place.
- **dates**: the day spans (a month-precision date spans the month) overlap, with `SLACK_DAYS` of
  slack for "yesterday" read against another publication date. A span wider than `WIDE_DAYS` (month
  or year precision) matches only the same place and the same kind of event (the same sub-event type,
  or any two changes of control), so that one vague
  report cannot chain a month of events together.
- **actors**: together the two reports name at most two sides (Russia withdrawing from a town and
  Ukraine entering it are one happening; a third side means another fight), or one names no side.

Incidents are the connected components of this relation, which makes them independent of the order
in which reports arrive. Future and hypothetical reports are not happenings and join no incident.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from frontwatch.model import Event

NEARBY_KM = 15.0
SLACK_DAYS = 1
WIDE_DAYS = 7
CELL_DEGREES = 0.25  # >= NEARBY_KM in longitude up to 57°N, so neighbouring cells hold every match
TOWN_PRECISION = 2  # ACLED geo_precision 1 (the town) or 2 (near the town)
NOT_HAPPENED = frozenset({"future", "hypothetical"})
UNLINKED = "unlinked"

GROUND = frozenset(
    {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    }
)
REMOTE = frozenset(
    {
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Suicide bomb",
        "Chemical weapon",
    }
)
TERRITORY = frozenset(GROUND - {"Armed clash"})


@dataclass(frozen=True)
class Key:
    """The matching features of one report; `cell` and the day ordinals are precomputed for blocking."""

    event_id: str
    group: str
    sub_event_type: str
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    town: bool
    first: date | None
    last: date | None
    sides: frozenset[str]
    cell: int | None = None

    @property
    def wide(self) -> bool:
        return self.first is not None and self.last is not None and (self.last - self.first).days > WIDE_DAYS


def type_group(event: Event) -> str:
    if event.modality in NOT_HAPPENED:
        return UNLINKED
    if event.sub_event_type in GROUND:
        return "ground"
    if event.sub_event_type in REMOTE:
        return "remote"
    return event.event_type


def cell_of(latitude: float, longitude: float) -> int:
    row = math.floor(latitude / CELL_DEGREES) + 1000
    col = math.floor(longitude / CELL_DEGREES) + 1000
    return row * 10_000 + col


def neighbour_cells(cell: int) -> list[int]:
    row, col = divmod(cell, 10_000)
    return sorted((row + dr) * 10_000 + (col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))


@lru_cache(maxsize=4096)
def side_of_actor(name: str) -> str | None:
    """The side an ACLED actor name fights for (Wagner Group -> Russia); None when unknown."""
    from frontwatch.extract.actors import resolve_actor, side_of  # the alias index loads on first use

    return side_of(resolve_actor(name))


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def key_of(event: Event) -> Key:
    first = _day(event.date_start) or _day(event.event_date)
    last = _day(event.date_end) or _day(event.event_date) or first
    if first is not None and last is not None and last < first:
        first, last = last, first
    sides = frozenset(s for s in (_side(event.actor1), _side(event.actor2)) if s)
    town = event.geo_precision is not None and event.geo_precision <= TOWN_PRECISION
    lat, lon = event.latitude, event.longitude
    cell = cell_of(lat, lon) if lat is not None and lon is not None and first is not None else None
    return Key(
        event.event_id,
        type_group(event),
        event.sub_event_type,
        event.geonameid,
        lat,
        lon,
        town,
        first,
        last,
        sides,
        cell,
    )


def _side(actor: str | None) -> str | None:
    return side_of_actor(actor) if actor else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: Key, b: Key) -> bool:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if not (a.town and b.town):
        return False
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return False
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEARBY_KM


def overlapping_days(a: Key, b: Key) -> bool:
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return False
    slack = timedelta(days=SLACK_DAYS)
    return a.first <= b.last + slack and b.first <= a.last + slack


def matches(a: Key, b: Key) -> bool:
    """Whether two reports are about the same happening (see the module docstring)."""
    if a.group != b.group or a.group == UNLINKED or a.cell is None or b.cell is None:
        return False
    if not (overlapping_days(a, b) and same_place(a, b)):
        return False
    if (a.wide or b.wide) and not (a.geonameid == b.geonameid and _same_kind(a, b)):
        return False
    return not a.sides or not b.sides or len(a.sides | b.sides) <= 2


def _same_kind(a: Key, b: Key) -> bool:
    """The same sub-event type; every change of control (capture, regain, withdrawal) is one kind."""
    both_territory = a.sub_event_type in TERRITORY and b.sub_event_type in TERRITORY
    return a.sub_event_type == b.sub_event_type or both_territory


def day_window(key: Key) -> tuple[str, str]:
    """The ISO day range a candidate's span must overlap to possibly match `key`."""
    assert key.first is not None and key.last is not None
    slack = timedelta(days=SLACK_DAYS)
    return (key.first - slack).isoformat(), (key.last + slack).isoformat()
