"""Small builders for test documents and events."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

from frontwatch.model import Document, Event, Period, Span

TEXT = (
    "KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv overnight, killing two civilians, "
    "Ukrainian officials said. The Russian defence ministry claimed it had struck a depot near Izium."
)


def make_document(
    text: str = TEXT,
    *,
    doc_id: str = "doc-1",
    source: str = "feed.xml",
    title: str | None = "Shelling in Kharkiv",
    **overrides: Any,
) -> Document:
    values: dict[str, Any] = {
        "doc_id": doc_id,
        "source": source,
        "text": text,
        "coded_text": text,
        "document_hash": hashlib.sha256(text.encode()).hexdigest(),
        "media_type": "text",
        "title": title,
        "published": Period(date(2024, 3, 3), date(2024, 3, 3), "day"),
        "published_from": "container",
        "dateline": "KYIV",
        "dateline_span": Span(0, 4),
        "outlet": "Reuters",
        "agency": "Reuters",
        "author": None,
        "url": "https://example.org/a",
        "language": "en",
        "language_score": 0.99,
        "boilerplate": (Span(0, 25),),
    }
    values.update(overrides)
    return Document(**values)


def make_event(doc: Document, index: int = 0, **overrides: Any) -> Event:
    values: dict[str, Any] = {
        "doc_id": doc.doc_id,
        "document_hash": doc.document_hash,
        "event_id": f"{doc.document_hash[:12]}-{index}",
        "event_date": "2024-03-02",
        "date_start": "2024-03-02",
        "date_end": "2024-03-02",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "plover_type": "ATTACK",
        "plover_mode": "shelling",
        "actor1": "Military Forces of Russia (2000-)",
        "assoc_actor_1": None,
        "inter1": 8,
        "actor2": "Civilians (Ukraine)",
        "assoc_actor_2": None,
        "inter2": 7,
        "interaction": 78,
        "claimant": "Ukrainian officials",
        "claimant_actor": "Government of Ukraine (2019-)",
        "claimant_side": "Ukraine",
        "modality": "claimed",
        "location": "Kharkiv",
        "geonameid": 706483,
        "admin1": "Kharkivska",
        "country": "Ukraine",
        "country_code": "UA",
        "latitude": 49.98081,
        "longitude": 36.25272,
        "geo_precision": 1,
        "fatalities": 2,
        "evidence": (
            "Russian forces shelled Kharkiv overnight, killing two civilians, Ukrainian officials said."
        ),
        "evidence_start": 26,
        "evidence_end": 118,
        "confidence": 0.8,
        "trigger": "shelled",
        "location_start": 49,
        "location_end": 56,
        "extractor_version": "1.0",
        "extra": {"source": "Reuters"},
    }
    values.update(overrides)
    return Event(**values)


class TickingClock:
    """A clock that moves one second forward on every reading, so repeated timestamps would differ."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2024, 3, 3, 12, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def dump(target: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (including the full-text index), for before/after comparisons.

    `target` is a SQLite file path or an open store (SQLite or PostgreSQL)."""
    import sqlite3

    from frontwatch.store.postgres import PostgresStore

    if isinstance(target, PostgresStore):
        return _dump_postgres(target)
    conn = sqlite3.connect(target if isinstance(target, str) else target.path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts_%' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def _dump_postgres(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the store's own tables, read on a second connection (committed data only)."""
    import psycopg

    with psycopg.connect(store.url, autocommit=True) as conn:
        tables = sorted(store._table_names())
        return {
            t: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{t}"').fetchall()), key=repr)  # type: ignore[call-overload]
            for t in tables
        }


def rows(store: Any, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The rows of a query on the store's own connection (`?` placeholders, on either engine)."""
    return [tuple(r) for r in store._conn.execute(sql, params).fetchall()]
