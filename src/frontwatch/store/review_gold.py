"""Reviewed events as gold data for `frontwatch eval` (the inline-record format of docs/gold-format.md).

A document is exported once an analyst has reviewed every one of its events: accepted and
corrected events become its gold events (main event first, as the extractor ranked them), rejected
ones are left out. With `partial`, documents
with at least one review are exported and their unreviewed events are kept as extracted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from frontwatch.store.review_model import EventQuery, ReviewedEvent
from frontwatch.store.reviewed import ReviewedSqliteStore

GOLD_FIELDS = (
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "claimant",
    "claimant_side",
    "modality",
    "location",
    "country",
    "country_code",
    "latitude",
    "longitude",
    "geo_precision",
    "event_date",
    "time_precision",
    "fatalities",
    "evidence",
)
DOCUMENT_EVENTS_MAX = 10_000


def gold_event(item: ReviewedEvent) -> dict[str, Any]:
    event = item.event
    record = {name: getattr(event, name) for name in GOLD_FIELDS}
    for name in ("latitude", "longitude"):
        if record[name] is not None:
            record[name] = round(float(record[name]), 4)
    return record


def gold_records(store: ReviewedSqliteStore, *, partial: bool = False) -> Iterator[dict[str, Any]]:
    """One inline gold record per reviewed document, in the order the documents were stored; its
    events in the extractor's order, main event first (rejected events are left out)."""
    for document_hash in store.reviewed_document_hashes():
        doc = store.document(document_hash)
        if doc is None:
            continue
        kept = store.reviewed_events(EventQuery(document_hash=document_hash), limit=DOCUMENT_EVENTS_MAX)
        if not partial and any(e.status == "unreviewed" for e in kept):
            continue
        order = {event_id: rank for rank, event_id in enumerate(store.event_order(document_hash))}
        kept.sort(key=lambda e: order.get(e.event.event_id, len(order)))
        yield {
            "id": doc.doc_id,
            "published": doc.published.start.isoformat() if doc.published else None,
            "text": doc.text,
            "events": [gold_event(e) for e in kept],
        }
