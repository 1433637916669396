"""One row per incident: what, where, when, how many sources, and the claims ledger.

The fields describing the happening come from the incident's *representative* report: among the
counted reports of its main claim, the most precise place, then the most precise date, then the
highest confidence, then the smallest event id (so the choice is stable). The date is the date most
reports give. Fatalities follow ACLED's conservative rule: the lowest figure any counted report gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontwatch.aggregate.claims import Report, controller, counted, incident_status, ledger
from frontwatch.model import Event, public_place_ids


def _representative(reports: Sequence[Report], main_ids: set[str]) -> Event:
    pool = [r.event for r in reports if r.event.event_id in main_ids] or [r.event for r in reports]
    return min(
        pool,
        key=lambda e: (
            e.geo_precision if e.geo_precision is not None else 9,
            e.time_precision if e.time_precision is not None else 9,
            -e.confidence,
            e.event_id,
        ),
    )


def _usual(values: Sequence[str | None]) -> str | None:
    present = [v for v in values if v]
    if not present:
        return None
    counts: dict[str, int] = {}
    for value in present:
        counts[value] = counts.get(value, 0) + 1
    return min(counts, key=lambda v: (-counts[v], v))


def summarise(incident_id: str, reports: Sequence[Report]) -> dict[str, Any]:
    """The stored summary of one incident."""
    claims = ledger(reports)
    main_ids = {r["event_id"] for r in claims[0]["supporting"]} if claims else set()
    pool = counted(reports)
    rep = _representative(pool, main_ids)
    day = _usual([r.event.event_date for r in pool]) or rep.event_date
    subtype = (
        _usual([r.event.sub_event_type for r in pool if r.event.event_id in main_ids]) or rep.sub_event_type
    )
    deaths = [r.event.fatalities for r in pool if r.event.fatalities is not None]
    published = [r.source.published or r.source.first_seen for r in pool]
    return {
        "incident_id": incident_id,
        "representative": rep.event_id,
        "event_type": rep.event_type if subtype == rep.sub_event_type else _event_type(pool, subtype),
        "sub_event_type": subtype,
        "location": rep.location,
        **public_place_ids(rep.geonameid),
        "admin1": rep.admin1,
        "country": rep.country,
        "latitude": rep.latitude,
        "longitude": rep.longitude,
        "geo_precision": rep.geo_precision,
        "date_start": day,
        "date_end": day,
        "time_precision": rep.time_precision,
        "actor1": _usual([r.event.actor1 for r in pool if r.event.event_id in main_ids]) or rep.actor1,
        "actor2": _usual([r.event.actor2 for r in pool if r.event.event_id in main_ids]) or rep.actor2,
        "fatalities": min(deaths) if deaths else None,
        "reports": len(pool),
        "sources": len({r.source.document_hash for r in pool}),
        "independent_sources": len({r.story for r in pool}),
        "first_reported": min(published) if published else None,
        "status": incident_status(claims),
        "controller": controller(claims),
        "outlets": sorted({r.outlet for r in reports}),
        "claims": claims,
    }


def _event_type(pool: Sequence[Report], subtype: str) -> str:
    return next(r.event.event_type for r in pool if r.event.sub_event_type == subtype)
