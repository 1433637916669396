"""Finding the incident of a known report in a store of coded reports."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from frontwatch.aggregate import tables_of
from frontwatch.aggregate.queries import incident
from frontwatch.model import Document, Event, Period
from frontwatch.store.sqlite import SqliteStore


def event_id(store: SqliteStore, doc_id: str, phrase: str) -> str:
    for event in store.events():
        if event.doc_id == doc_id and phrase.casefold() in event.evidence.casefold():
            return event.event_id
    raise AssertionError(f"no event of {doc_id} says {phrase!r}")


def incident_of(store: SqliteStore, doc_id: str, phrase: str) -> dict[str, Any]:
    """The incident summary holding the report of `doc_id` whose evidence contains `phrase`."""
    eid = event_id(store, doc_id, phrase)
    return incident(tables_of(store), store.incidents_of_events([eid])[eid])


def claim(row: dict[str, Any], proposition: str) -> dict[str, Any]:
    for found in row["claims"]:
        if found["proposition"] == proposition:
            return dict(found)
    raise AssertionError(f"no claim {proposition} in {[c['proposition'] for c in row['claims']]}")


def make_document(text: str, *, doc_id: str, outlet: str | None, published: str = "2022-09-10") -> Document:
    """A stored-ready document whose coded text is its text."""
    day = date.fromisoformat(published)
    return Document(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        text=text,
        coded_text=text,
        document_hash=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text",
        title=None,
        published=Period(day, day, "day"),
        published_from="container",
        dateline=None,
        dateline_span=None,
        outlet=outlet,
        agency=None,
        author=None,
        url=None,
        language="en",
        language_score=1.0,
    )


def make_event(event_id: str, **fields: Any) -> Event:
    """A report of a day-precision Russian attack at Kupiansk; override any field."""
    values: dict[str, Any] = {
        "doc_id": "d",
        "document_hash": "h",
        "event_id": event_id,
        "event_date": "2022-09-10",
        "date_start": "2022-09-10",
        "date_end": "2022-09-10",
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "plover_type": "FIGHT",
        "plover_mode": "",
        "actor1": "Military Forces of Russia (2000-)",
        "assoc_actor_1": None,
        "inter1": 8,
        "actor2": "Military Forces of Ukraine (2019-)",
        "assoc_actor_2": None,
        "inter2": 1,
        "interaction": 18,
        "claimant": None,
        "claimant_actor": None,
        "claimant_side": None,
        "modality": "asserted",
        "location": "Kupiansk",
        "geonameid": 703656,
        "admin1": "Kharkiv",
        "country": "Ukraine",
        "country_code": "UA",
        "latitude": 49.7106,
        "longitude": 37.6153,
        "geo_precision": 1,
        "fatalities": None,
        "evidence": "Fighting near Kupiansk.",
        "evidence_start": 0,
        "evidence_end": 23,
        "confidence": 0.8,
    }
    values.update(fields)
    return Event(**values)
