"""The same store work on SQLite and on PostgreSQL: saving synthetic documents (one transaction
each), the same saves from several processes at once, aggregate update, reading all events, API
pages, and full-text search. No NLP: the numbers are the store alone. Prints one line per step.

    .venv/bin/python bench/store_backends.py [--documents 2000] [--writers 4] [--url postgresql://…]

Without --url a throwaway PostgreSQL 15 cluster is started (as tests/pg_server.py does) and removed.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from frontwatch.aggregate import update
from frontwatch.model import Document, Event, Period
from frontwatch.store import open_store
from frontwatch.store.review_model import EventQuery
from frontwatch.store.reviewed import open_reviewed_store

PLACES = ("Kharkiv", "Izium", "Kupiansk", "Lyman", "Bakhmut", "Kherson", "Odesa", "Sumy")


def _document(n: int) -> tuple[Document, list[Event]]:
    place = PLACES[n % len(PLACES)]
    text = f"Shelling hit {place} overnight, killing {n % 5} people, regional officials said. Report {n}."
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(
        doc_id=f"d{n}",
        source="bench.jsonl",
        text=text,
        coded_text=text,
        document_hash=digest,
        media_type="text",
        title=f"Shelling in {place}",
        published=Period(date(2024, 3, 1), date(2024, 3, 1), "day"),
        published_from="container",
        dateline=None,
        dateline_span=None,
        outlet="Wire",
        agency=None,
        author=None,
        url=None,
        language="en",
        language_score=0.99,
        boilerplate=(),
    )
    day = f"2024-03-{1 + n % 28:02d}"
    events = [
        Event(
            doc_id=doc.doc_id,
            document_hash=digest,
            event_id=f"{digest[:16]}-{k}",
            event_date=day,
            date_start=day,
            date_end=day,
            time_precision=1,
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            plover_type="ATTACK",
            plover_mode="shelling",
            actor1="Military Forces of Russia (2000-)",
            assoc_actor_1=None,
            inter1=8,
            actor2=None,
            assoc_actor_2=None,
            inter2=None,
            interaction=80,
            claimant="officials",
            claimant_actor=None,
            claimant_side="Ukraine",
            modality="claimed",
            location=place,
            geonameid=1000 + n % len(PLACES),
            admin1=None,
            country="Ukraine",
            country_code="UA",
            latitude=49.0 + (n % 100) / 100,
            longitude=36.0 + (n % 50) / 50,
            geo_precision=1,
            fatalities=n % 5,
            evidence=text[:60],
            evidence_start=0,
            evidence_end=60,
            confidence=0.8,
            trigger="Shelling",
            location_start=13,
            location_end=13 + len(place),
            extractor_version="bench",
            extra={},
        )
        for k in range(2)
    ]
    return doc, events


def _save(url: str, numbers: range) -> int:
    with open_store(url) as store:
        for n in numbers:
            store.save_document(*_document(n))
    return len(numbers)


def _timed(label: str, work: Callable[[], Any], count: int | None = None) -> None:
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    rate = f"  ({count / seconds:,.0f}/s)" if count else ""
    print(f"  {label:<34} {seconds * 1000:9.1f} ms{rate}")


def run(name: str, url: str, documents: int, writers: int) -> None:
    print(f"{name}:")
    _timed(f"save {documents} documents", lambda: _save(url, range(documents)), documents)
    chunk = range(documents, 2 * documents)
    parts = [chunk[i::writers] for i in range(writers)]
    with multiprocessing.get_context("fork").Pool(writers) as pool:
        _timed(
            f"save {documents} more, {writers} writers",
            lambda: pool.starmap(_save, [(url, p) for p in parts]),
            documents,
        )
    with open_reviewed_store(url, query_ms=None) as store:
        _timed("aggregate update (all documents)", lambda: update(store))
        _timed("read every event", lambda: sum(1 for _ in store.events()), 4 * documents)
        _timed("API: first page of 100", lambda: store.event_page(EventQuery(), limit=100))
        query = EventQuery(place="kharkiv", date_from="2024-03-05", date_to="2024-03-20")
        _timed("API: filtered page of 100", lambda: store.event_page(query, limit=100))
        _timed("search 'shelling Kharkiv'", lambda: store.search("shelling Kharkiv"))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throwaway cluster)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run("sqlite", str(Path(folder) / "bench.db"), args.documents, args.writers)
    if args.url:
        run("postgresql", args.url, args.documents, args.writers)
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg_server import PgServer, unavailable_reason

    reason = unavailable_reason()
    if reason is not None:
        print(f"postgresql: skipped ({reason})")
        return 0
    server = PgServer.start()
    try:
        run("postgresql", server.database(), args.documents, args.writers)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
