"""Aggregation speed: build stories and incidents for ~100k synthetic events, then update after 1k new
documents. Events and documents are written straight into a temporary store (no NLP), so the numbers
are the aggregation alone. Prints the times; run on an otherwise idle core.

    .venv/bin/python bench/aggregate_scale.py [--events 100000] [--new-documents 1000]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from frontwatch.aggregate import rebuild, update
from frontwatch.model import Document, Event, Period
from frontwatch.store.sqlite import SqliteStore

EVENTS_PER_DOCUMENT = 4
PLACES = 3000
DAYS = 365
SUBTYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Battles", "Government regains territory"),
    ("Violence against civilians", "Attack"),
)
ACTORS = ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", None)
WORDS = [f"w{i}" for i in range(5000)]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(120))


def _document(doc_id: str, text: str, day: date, outlet: str) -> Document:
    return Document(
        doc_id=doc_id, source=f"{doc_id}.txt", text=text, coded_text=text,
        document_hash=hashlib.sha256(text.encode()).hexdigest(), media_type="text", title=None,
        published=Period(day, day, "day"), published_from="container", dateline=None, dateline_span=None,
        outlet=outlet, agency=None, author=None, url=None, language="en", language_score=1.0,
    )  # fmt: skip


def _event(doc: Document, rank: int, rng: random.Random, places: list[tuple[int, float, float]]) -> Event:
    event_type, subtype = rng.choice(SUBTYPES)
    gid, lat, lon = rng.choice(places)
    day = doc.published.start if doc.published else date(2022, 3, 1)
    when = (day - timedelta(days=rng.randint(0, 1))).isoformat()
    return Event(
        doc_id=doc.doc_id, document_hash=doc.document_hash,
        event_id=hashlib.sha1(f"{doc.document_hash}{rank}".encode()).hexdigest()[:24],
        event_date=when, date_start=when, date_end=when, time_precision=1,
        event_type=event_type, sub_event_type=subtype, plover_type="FIGHT", plover_mode="",
        actor1=rng.choice(ACTORS), assoc_actor_1=None, inter1=None, actor2=rng.choice(ACTORS),
        assoc_actor_2=None, inter2=None, interaction=None,
        claimant=rng.choice(("the ministry", None)), claimant_actor=None,
        claimant_side=rng.choice(("Russia", "Ukraine", None)),
        modality=rng.choice(("asserted", "claimed", "claimed", "denied", "historical")),
        location=f"Place {gid}", geonameid=gid, admin1="Oblast", country="Ukraine", country_code="UA",
        latitude=lat, longitude=lon, geo_precision=1, fatalities=rng.choice((None, 0, 2)),
        evidence=f"Evidence sentence {rank}.", evidence_start=0, evidence_end=10, confidence=0.8,
    )  # fmt: skip


def _corpus(
    count: int, rng: random.Random, places: list[tuple[int, float, float]], start: int
) -> list[tuple[Document, list[Event]]]:
    out: list[tuple[Document, list[Event]]] = []
    base = date(2022, 2, 24)
    previous = ""
    for i in range(start, start + count):
        text = previous + " copy" if previous and rng.random() < 0.1 else _text(rng)  # ~10% syndicated
        previous = text
        doc = _document(f"d{i}", text, base + timedelta(days=rng.randrange(DAYS)), f"Outlet {i % 40}")
        out.append((doc, [_event(doc, r, rng, places) for r in range(EVENTS_PER_DOCUMENT)]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--new-documents", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(5)
    places = [(900000 + i, rng.uniform(46.0, 52.0), rng.uniform(23.0, 40.0)) for i in range(PLACES)]
    documents = args.events // EVENTS_PER_DOCUMENT
    with tempfile.TemporaryDirectory() as folder, SqliteStore(Path(folder) / "scale.db") as store:
        started = time.perf_counter()
        for doc, events in _corpus(documents, rng, places, 0):
            store.save_document(doc, events)
        print(
            f"stored {documents:,} documents, {store.events_count():,} events "
            f"in {time.perf_counter() - started:.1f} s"
        )
        started = time.perf_counter()
        built = rebuild(store)
        took = time.perf_counter() - started
        print(f"full aggregation: {built.events:,} events -> {built.incidents:,} incidents in {took:.1f} s")
        fresh = _corpus(args.new_documents, rng, places, documents)
        for doc, events in fresh:
            store.save_document(doc, events)
        started = time.perf_counter()
        done = update(store, [doc.document_hash for doc, _ in fresh])
        took = time.perf_counter() - started
        print(
            f"incremental update: {done.documents:,} new documents, {done.events:,} events, "
            f"{done.incidents:,} incidents rewritten in {took:.2f} s"
        )


if __name__ == "__main__":
    main()
