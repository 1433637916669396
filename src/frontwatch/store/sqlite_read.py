"""Reading from the SQLite store: filtered events, documents, rejections, full-text search and counts."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from frontwatch.errors import StoreError
from frontwatch.model import Document, Event, Rejection
from frontwatch.store import sqlite_summary
from frontwatch.store.api import EventFilter, SearchHit
from frontwatch.store.conditions import containing, date_range, equal_to
from frontwatch.store.sqlite_conn import DbCursor, SqliteConnection, translate_error
from frontwatch.store.sqlite_rows import (
    DOCUMENT_COLUMN_LIST,
    EVENT_COLUMN_LIST,
    document_from_row,
    event_from_row,
)

_SEARCH_SQL = (
    "SELECT f.document_hash, d.title, snippet(documents_fts, 2, '[', ']', '…', 16) "
    "FROM documents_fts AS f JOIN documents AS d ON d.document_hash = f.document_hash "
    "WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?"
)


class SqliteReader(SqliteConnection):
    """The reading half of `SqliteStore`."""

    def has_document(self, document_hash: str) -> bool:
        with self._reading("look up a document"):
            row = self._conn.execute(
                "SELECT 1 FROM documents WHERE document_hash = ?", (document_hash,)
            ).fetchone()
            return row is not None

    def events(self, filters: EventFilter | None = None) -> Iterator[Event]:
        """Events matching `filters`, by event date (undated last), document, then order in the document."""
        sql, params = event_query(filters or EventFilter())
        self._check_open()
        try:
            cursor = self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise translate_error(exc, "read events") from exc
        return self._iter_events(cursor)

    def _iter_events(self, cursor: DbCursor) -> Iterator[Event]:
        try:
            for row in cursor:
                yield event_from_row(row)
        except sqlite3.Error as exc:
            raise translate_error(exc, "read events") from exc
        finally:
            cursor.close()

    def documents_count(self) -> int:
        return self._count("SELECT COUNT(*) FROM documents")

    def events_count(self) -> int:
        return self._count("SELECT COUNT(*) FROM events")

    def rejections_count(self) -> int:
        return self._count("SELECT COUNT(*) FROM rejections")

    def rejections(self) -> list[Rejection]:
        with self._reading("read rejections"):
            return [
                Rejection(doc_id=r[0], source=r[1], code=r[2], message=r[3], hint=r[4])
                for r in self._conn.execute(
                    "SELECT doc_id, source, code, message, hint FROM rejections "
                    "ORDER BY first_seen, source, doc_id, code"
                )
            ]

    def document(self, document_hash: str) -> Document | None:
        with self._reading("read a document"):
            row = self._conn.execute(
                f"SELECT {DOCUMENT_COLUMN_LIST} FROM documents WHERE document_hash = ?", (document_hash,)
            ).fetchone()
        return None if row is None else document_from_row(row)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over document titles and texts, best match first.

        `query` uses FTS5 syntax (words, "phrases", AND/OR/NOT, prefix*); a query that is not
        valid FTS5 is searched as plain words instead.
        """
        if not query.strip() or limit <= 0:
            return []
        self._check_open()
        try:
            rows = self._conn.execute(_SEARCH_SQL, (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            error = translate_error(exc, "search documents")
            if type(error) is not StoreError:  # a fault, not a query FTS5 could not parse
                raise error from exc
            rows = self._search_words(query, limit)
        except sqlite3.Error as exc:
            raise translate_error(exc, "search documents") from exc
        return [SearchHit(r[0], r[1], r[2]) for r in rows]

    def _search_words(self, query: str, limit: int) -> list[Any]:
        """Search the words of `query` as quoted FTS5 terms."""
        words = " ".join(f'"{w}"' for w in re.findall(r"\w+", query))
        if not words:
            return []
        try:
            return self._conn.execute(_SEARCH_SQL, (words, limit)).fetchall()
        except sqlite3.Error as exc2:
            raise translate_error(exc2, "search documents") from exc2

    def summary(self, top: int = 10) -> dict[str, Any]:
        """Counts for a quick look: totals, event types with sub-types, top locations,
        claimant side × claimant, and rejections by code."""
        with self._reading("summarise the database"):
            event_types = sqlite_summary.event_type_counts(self._conn)
            locations = sqlite_summary.top_locations(self._conn, top)
            claimants = sqlite_summary.claimant_counts(self._conn)
            by_code = sqlite_summary.rejection_code_counts(self._conn)
            modalities = sqlite_summary.modality_counts(self._conn)
        return {
            "documents": self.documents_count(),
            "events": self.events_count(),
            "rejections": self.rejections_count(),
            "event_types": event_types,
            "modalities": modalities,
            "top_locations": locations,
            "claimants": claimants,
            "rejections_by_code": by_code,
        }


def event_query(f: EventFilter) -> tuple[str, list[Any]]:
    """The SELECT for the events matching `f`, with its parameters."""
    where, params = _event_conditions(f)
    sql = f"SELECT {EVENT_COLUMN_LIST} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date, doc_id, document_hash, rank"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


def _event_conditions(f: EventFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    date_range("event_date", f.date_from, f.date_to, where, params)
    equal_to(
        (("event_type", f.event_type), ("sub_event_type", f.sub_event_type), ("modality", f.modality)),
        where,
        params,
    )
    containing(
        (
            (("location", "admin1", "country"), f.place),
            (("actor1", "actor2"), f.actor),
            (("claimant", "claimant_actor", "claimant_side"), f.claimant),
        ),
        where,
        params,
    )
    if not f.include_historical:
        where.append("modality <> 'historical'")
    return where, params
