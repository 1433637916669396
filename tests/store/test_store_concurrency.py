"""Several processes write to one PostgreSQL database at once — documents (some saved by all of
them), review edits of the same events, aggregate updates — and nothing is lost or doubled."""

from __future__ import annotations

import multiprocessing
from typing import Any

from frontwatch.aggregate import update
from frontwatch.model import Document, Event, Rejection
from frontwatch.store.postgres import PostgresStore
from frontwatch.store.review_model import ReviewRequest
from frontwatch.store.reviewed import open_reviewed_store
from pg_server import PgServer

from .factories import make_document, make_event, rows

WORKERS = 4
SHARED = 8  # documents every worker saves
OWN = 5  # documents only one worker saves
PLACES = ("Kharkiv", "Izium", "Kupiansk", "Lyman")


def _document(key: str, n: int) -> tuple[Document, list[Event]]:
    place = PLACES[n % len(PLACES)]
    text = f"Shelling hit {place} on Tuesday, officials said (dispatch {key})."
    doc = make_document(text, doc_id=key, source=f"feed-{key}.xml", title=f"Shelling in {place}")
    events = [
        make_event(doc, k, location=place, event_date=f"2024-03-0{1 + n % 3}", fatalities=k) for k in range(2)
    ]
    return doc, events


def _work(url: str, worker: int) -> dict[str, Any]:
    """One writer: saves the shared documents (in its own order) and its own, reviews the events of
    the shared ones, and updates the aggregates now and then."""
    keys = [(f"shared-{n}", n) for n in range(SHARED)]
    keys = keys[worker:] + keys[:worker]
    keys += [(f"own-{worker}-{n}", n) for n in range(OWN)]
    reviews = 0
    with open_reviewed_store(url) as store:
        for i, (key, n) in enumerate(keys):
            doc, events = _document(key, n)
            store.save_document(doc, events)
            store.save_rejection(Rejection(f"bad-{n}", "in/bad.bin", "FW102", "binary"))
            if key.startswith("shared"):
                request = ReviewRequest("correct", {"claimant": f"worker {worker}"})
                store.review_event(events[0].event_id, request, f"analyst-{worker}")
                reviews += 1
            if i % 4 == 3:
                update(store)
        update(store)
    return {"worker": worker, "reviews": reviews}


def test_concurrent_writers_lose_nothing(pg_server: PgServer) -> None:
    url = pg_server.migrated_database()
    context = multiprocessing.get_context("fork")  # the children reuse the imported modules
    with context.Pool(WORKERS) as pool:
        results = pool.starmap(_work, [(url, w) for w in range(WORKERS)])  # raises any worker's error
    assert sorted(r["worker"] for r in results) == list(range(WORKERS))
    documents = SHARED + WORKERS * OWN
    with PostgresStore(url) as store:
        assert store.documents_count() == documents
        assert store.events_count() == 2 * documents
        assert rows(store, "SELECT COUNT(DISTINCT doc_id) FROM documents") == [(documents,)]
        assert store.rejections_count() == SHARED  # one row per (source, doc_id, code)
        audit = rows(store, "SELECT COUNT(*) FROM review_audit")
        assert audit == [(sum(r["reviews"] for r in results),)]
        assert rows(store, "SELECT COUNT(*) FROM event_reviews") == [(SHARED,)]
        # every document and event made it into the aggregates, once
        assert rows(store, "SELECT COUNT(*) FROM story_signatures") == [(documents,)]
        assert rows(store, "SELECT COUNT(*) FROM incident_members") == [(2 * documents,)]
        assert store.unaggregated_documents() == []
        assert rows(store, "SELECT COUNT(*) FROM runs") == [(0,)]
