"""Writing to the SQLite store: documents with their events, rejections, and runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontwatch.errors import StoreError
from frontwatch.model import Document, Event, Rejection
from frontwatch.store.sqlite_conn import AGGREGATES_LOCK, SqliteConnection
from frontwatch.store.sqlite_rows import (
    EVENT_COLUMN_LIST,
    INSERT_DOCUMENT,
    INSERT_EVENT,
    document_row,
    event_row,
)


class SqliteWriter(SqliteConnection):
    """The writing half of `SqliteStore`: one transaction per call."""

    def save_document(self, doc: Document, events: Sequence[Event]) -> bool:
        """Store a document and its events in one transaction. Returns True if the document was new.

        Saving the same document with the same events again changes nothing. If the events differ
        (e.g. a new extractor version), the document's events are replaced; the document row
        keeps its first_seen. Raises StorageFault (nothing written) if the database is locked or
        the disk fails or is full.
        """
        for event in events:
            if event.document_hash != doc.document_hash:
                raise ValueError(
                    f"event {event.event_id} belongs to document {event.document_hash}, "
                    f"not {doc.document_hash}"
                )
        rows = [event_row(rank, event) for rank, event in enumerate(events)]
        version = events[0].extractor_version if events else ""
        return not self._retrying(lambda: self._save(doc, rows, version))

    def _save(self, doc: Document, rows: list[tuple[Any, ...]], version: str) -> bool:
        """One attempt at `save_document`; True if the document was stored already."""
        with self._transaction(f"save document {doc.doc_id} from {doc.source}"):
            # waits for an aggregate update (its deletes would cross it), then for a concurrent
            # save of the same document
            self._serialise(AGGREGATES_LOCK, shared=True)
            self._serialise(f"document:{doc.document_hash}")
            exists = self._insert_document_if_new(doc, version)
            self._replace_events_if_changed(doc.document_hash, rows, version)
        return exists

    def _insert_document_if_new(self, doc: Document, version: str) -> bool:
        """Insert the document and its full-text entry unless stored already; True if it was."""
        exists = (
            self._conn.execute(
                "SELECT 1 FROM documents WHERE document_hash = ?", (doc.document_hash,)
            ).fetchone()
            is not None
        )
        if not exists:
            self._conn.execute(INSERT_DOCUMENT, document_row(doc, version, self._now()))
            self._index_text(doc)
        return exists

    def _index_text(self, doc: Document) -> None:
        """Add the document to the full-text index (PostgreSQL indexes a generated column instead)."""
        self._conn.execute(
            "INSERT INTO documents_fts (document_hash, title, text) VALUES (?, ?, ?)",
            (doc.document_hash, doc.title or "", doc.text),
        )

    def _replace_events_if_changed(
        self, document_hash: str, rows: list[tuple[Any, ...]], version: str
    ) -> None:
        stored = [
            tuple(row)
            for row in self._conn.execute(
                f"SELECT {EVENT_COLUMN_LIST} FROM events WHERE document_hash = ? ORDER BY rank",
                (document_hash,),
            )
        ]
        if stored == rows:
            return
        self._conn.execute("DELETE FROM events WHERE document_hash = ?", (document_hash,))
        self._conn.executemany(INSERT_EVENT, rows)
        self._conn.execute(
            "UPDATE documents SET extractor_version = ? WHERE document_hash = ?",
            (version, document_hash),
        )

    def save_rejection(self, rej: Rejection) -> None:
        """Record a rejection; seen again, only its last_seen changes."""
        now = self._now()
        with self._transaction(f"record the rejection of {rej.doc_id}"):
            self._conn.execute(
                "INSERT INTO rejections (source, doc_id, code, message, hint, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source, doc_id, code) DO UPDATE SET last_seen = excluded.last_seen",
                (rej.source, rej.doc_id, rej.code, rej.message, rej.hint, now, now),
            )

    def start_run(self, command: str) -> int:
        """Record the start of a run; returns its id."""
        with self._transaction("record the start of a run"):
            row = self._conn.execute(
                "INSERT INTO runs (started_at, command, status) VALUES (?, ?, 'running') RETURNING run_id",
                (self._now(), command),
            ).fetchone()
        return int(row[0])

    def finish_run(self, run_id: int, *, documents: int, events: int, rejections: int, status: str) -> None:
        with self._transaction(f"record the end of run {run_id}"):
            cursor = self._conn.execute(
                "UPDATE runs SET finished_at = ?, documents = ?, events = ?, rejections = ?, status = ? "
                "WHERE run_id = ?",
                (self._now(), documents, events, rejections, status, run_id),
            )
            if cursor.rowcount == 0:
                raise StoreError(f"there is no run {run_id} in {self.path}")
