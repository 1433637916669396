"""Territorial control: per place, a timeline of control claims, and the state at a date.

Every incident about ground fighting or territory at a gazetteer place is an entry in that place's
timeline, dated by the incident: a capture, an entry or a "regained control" gives the taking side,
a withdrawal gives the other side, and a disputed claim or plain fighting gives "contested". The
state of a place at a date is its last entry on or before that date, where fighting alone counts for
`FIGHTING_DAYS` only; places with no entry that counts are "unknown". Confidence is the claim
status's weight times the date precision's weight: a corroborated capture dated to the day is 0.9, a
claimed one 0.6, a disputed one 0.4.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from frontwatch.errors import BadBoundingBox
from frontwatch.model import public_place_ids
from frontwatch.store.sqlite_aggregate import SqliteAggregates

CONTESTED, UNKNOWN = "contested", "unknown"
STATUS_WEIGHT = {"corroborated": 0.9, "claimed": 0.6, "disputed": 0.4}
PRECISION_WEIGHT = {1: 1.0, 2: 0.9, 3: 0.75}
FIGHTING_WEIGHT = 0.8  # a "contested" entry from fighting alone is weaker evidence than a control claim
FIGHTING_DAYS = 3  # fighting alone makes a place contested for this many days, then the last claim holds


@dataclass(frozen=True)
class BoundingBox:
    west: float
    south: float
    east: float
    north: float

    def contains(self, latitude: float | None, longitude: float | None) -> bool:
        if latitude is None or longitude is None:
            return False
        return self.west <= longitude <= self.east and self.south <= latitude <= self.north


def parse_bbox(text: str) -> BoundingBox:
    """W,S,E,N in degrees, or BadBoundingBox (FW503)."""
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise BadBoundingBox(f"--bbox {text!r} is not four numbers W,S,E,N") from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise BadBoundingBox(f"--bbox {text!r} is not a box (west < east, south < north, in range)")
    return BoundingBox(west, south, east, north)


@dataclass(frozen=True)
class ControlEntry:
    """One control claim in a place's timeline."""

    geonameid: int
    place: str
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    date: str
    time_precision: int | None
    state: str
    status: str
    confidence: float
    claimants: tuple[str, ...]
    evidence: str
    incident_id: str
    from_fighting: bool = False  # known from fighting reports only, no claim of control

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["claimants"] = list(self.claimants)
        return data


def _entry(row: dict[str, Any]) -> ControlEntry:
    claims = row["claims"]
    main = next((c for c in claims if c["proposition"].startswith("control:")), claims[0])
    supporting = main["supporting"] or [r for c in claims for r in c["supporting"]]
    weight = STATUS_WEIGHT.get(main["status"], 0.5) * PRECISION_WEIGHT.get(row["time_precision"] or 3, 0.75)
    if not main["proposition"].startswith("control:"):
        weight *= FIGHTING_WEIGHT
    claimants = sorted({r["claimant"] or r["outlet"] for r in supporting if r["claimant"] or r["outlet"]})
    return ControlEntry(
        geonameid=int(row["geonameid"]),
        place=row["location"] or str(row["geonameid"]),
        admin1=row["admin1"],
        country=row["country"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        date=row["date_start"],
        time_precision=row["time_precision"],
        state=row["controller"],
        status=row["status"],
        confidence=round(weight, 3),
        claimants=tuple(claimants),
        evidence=supporting[0]["evidence"] if supporting else "",
        incident_id=row["incident_id"],
        from_fighting=not main["proposition"].startswith("control:"),
    )


def timelines(tables: SqliteAggregates, place: str | None = None) -> dict[int, list[ControlEntry]]:
    """Every place's control entries in date order (optionally only places whose name contains `place`)."""
    where = "controller IS NOT NULL AND geonameid IS NOT NULL AND date_start IS NOT NULL"
    params: list[Any] = []
    if place:
        where += " AND instr(fw_fold(location), ?) > 0"
        params.append(place.casefold())
    out: dict[int, list[ControlEntry]] = {}
    for row in tables.incident_rows(where, params):
        entry = _entry(row)
        out.setdefault(entry.geonameid, []).append(entry)
    for entries in out.values():
        entries.sort(key=lambda e: (e.date, e.incident_id))
    return out


def state_on(entries: list[ControlEntry], day: str) -> ControlEntry | None:
    """The last known state of one place on `day` (ISO), or None when nothing is known yet.

    Two entries on the same last day that disagree make the place contested. Fighting alone counts
    for `FIGHTING_DAYS`: older fighting entries are passed over (fighting outside a city held by one
    side does not change who holds it)."""
    horizon = (date.fromisoformat(day) - timedelta(days=FIGHTING_DAYS)).isoformat()
    known = [e for e in entries if e.date <= day and not (e.from_fighting and e.date < horizon)]
    if not known:
        return None
    last_day = known[-1].date
    same_day = [e for e in known if e.date == last_day]
    states = {e.state for e in same_day}
    best = max(same_day, key=lambda e: (e.confidence, e.incident_id))
    if len(states) > 1:
        return ControlEntry(**{**best.__dict__, "state": CONTESTED, "status": "disputed"})
    return best


def control_at(tables: SqliteAggregates, day: str, bbox: BoundingBox | None = None) -> list[dict[str, Any]]:
    """The state of every place with a control timeline on `day`, as dicts (place order: name, id)."""
    rows: list[dict[str, Any]] = []
    for entries in timelines(tables).values():
        first = entries[0]
        if bbox is not None and not bbox.contains(first.latitude, first.longitude):
            continue
        current = state_on(entries, day)
        row = current.as_dict() if current is not None else _unknown(first)
        row["history"] = len([e for e in entries if e.date <= day])
        rows.append(row)
    rows.sort(key=lambda r: (r["place"], r["geonameid"]))
    return [{**row, **public_place_ids(row["geonameid"])} for row in rows]


def _unknown(first: ControlEntry) -> dict[str, Any]:
    data = first.as_dict()
    data.update(
        state=UNKNOWN,
        status="",
        confidence=0.0,
        date="",
        time_precision=None,
        claimants=[],
        evidence="",
        incident_id="",
    )
    return data
