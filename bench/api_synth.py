"""Synthesise a store of many events for the API benchmarks (random but seeded, so runs compare)."""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from pathlib import Path

from frontwatch.extract.taxonomy import SUB_EVENT_TYPES
from frontwatch.model import MODALITIES, Document, Event, Period
from frontwatch.store.reviewed import open_reviewed_store
from frontwatch.store.sqlite_rows import INSERT_DOCUMENT, INSERT_EVENT, document_row, event_row

PLACES = (
    ("Kharkiv", "Ukraine", "UA", 49.98, 36.25),
    ("Kupiansk", "Ukraine", "UA", 49.71, 37.61),
    ("Bakhmut", "Ukraine", "UA", 48.59, 38.00),
    ("Khartoum", "Sudan", "SD", 15.55, 32.53),
    ("El Fasher", "Sudan", "SD", 13.63, 25.35),
    ("Gaza", "Palestine", "PS", 31.50, 34.47),
    ("Goma", "Democratic Republic of Congo", "CD", -1.68, 29.22),
    ("Lashio", "Myanmar", "MM", 22.94, 97.75),
)
ACTORS = ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", "Rapid Support Forces")
CLAIMANTS = ("Ukraine", "Russia", "Sudan: SAF", None)
EVENTS_PER_DOCUMENT = 10


def _document(index: int, day: date) -> Document:
    text = f"Story {index}: fighting was reported on {day.isoformat()} near the front line."
    return Document(
        doc_id=f"doc-{index}",
        source="synthetic",
        text=text,
        coded_text=text,
        document_hash=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text",
        title=f"Story {index}",
        published=Period(day, day, "day"),
        published_from="container",
        dateline=None,
        dateline_span=None,
        outlet="Synthetic Wire",
        agency=None,
        author=None,
        url=f"https://example.org/{index}",
        language="en",
        language_score=1.0,
    )


def _event(doc: Document, rank: int, day: date, rng: random.Random) -> Event:
    sub = rng.choice(list(SUB_EVENT_TYPES))
    name, country, code, lat, lon = rng.choice(PLACES)
    return Event(
        doc_id=doc.doc_id,
        document_hash=doc.document_hash,
        event_id=hashlib.sha256(f"{doc.document_hash}-{rank}".encode()).hexdigest()[:32],
        event_date=day.isoformat(),
        date_start=day.isoformat(),
        date_end=day.isoformat(),
        time_precision=1,
        event_type=SUB_EVENT_TYPES[sub],
        sub_event_type=sub,
        plover_type="ASSAULT",
        plover_mode="",
        actor1=rng.choice(ACTORS),
        assoc_actor_1=None,
        inter1=1,
        actor2=rng.choice(ACTORS),
        assoc_actor_2=None,
        inter2=1,
        interaction=11,
        claimant=None,
        claimant_actor=None,
        claimant_side=rng.choice(CLAIMANTS),
        modality=rng.choice(MODALITIES),
        location=name,
        geonameid=None,
        admin1=None,
        country=country,
        country_code=code,
        latitude=lat + rng.uniform(-0.3, 0.3),
        longitude=lon + rng.uniform(-0.3, 0.3),
        geo_precision=1,
        fatalities=None,
        evidence=doc.text,
        evidence_start=0,
        evidence_end=len(doc.text),
        confidence=0.5,
        trigger="fighting",
        extractor_version="synthetic",
    )


def synthesise(path: Path, events: int, *, days: int = 730, seed: int = 7) -> None:
    """Write `events` events (ten per document) spread over `days` days from 2022-02-24 into `path`."""
    rng = random.Random(seed)
    start = date(2022, 2, 24)
    store = open_reviewed_store(str(path), query_ms=None)
    conn = store._conn
    conn.execute("BEGIN")
    for index in range(events // EVENTS_PER_DOCUMENT):
        day = start + timedelta(days=rng.randrange(days))
        doc = _document(index, day)
        conn.execute(INSERT_DOCUMENT, document_row(doc, "synthetic", "2026-01-01T00:00:00Z"))
        conn.execute(
            "INSERT INTO documents_fts (document_hash, title, text) VALUES (?, ?, ?)",
            (doc.document_hash, doc.title, doc.text),
        )
        rows = [event_row(r, _event(doc, r, day, rng)) for r in range(EVENTS_PER_DOCUMENT)]
        conn.executemany(INSERT_EVENT, rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    store.close()
