"""The SQLite store: one file, WAL journal, one transaction per document."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from frontwatch.errors import (
    CorruptDatabase,
    DatabaseUnavailable,
    NotAFrontwatchDatabase,
    SchemaTooNew,
    StorageFault,
    StoreError,
)
from frontwatch.model import Document, Event, Period, Rejection, Span
from frontwatch.store.api import EventFilter, SearchHit
from frontwatch.store.schema import (
    APPLICATION,
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    MIGRATIONS,
    MIGRATIONS_TABLE,
    SCHEMA_VERSION,
    quoted,
    statements,
)

# SQLite-only additions to the portable migrations, applied in the same transaction as the
# migration with the same version. The full-text index keeps its own copy of title and text
# (an external-content index would hang on implicit rowids, which VACUUM may renumber).
SQLITE_EXTRA: dict[int, str] = {
    1: """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    document_hash UNINDEXED,
    title,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
)
""",
}

DEFAULT_BUSY_TIMEOUT = 10.0

_FAULT_MARKERS = ("locked", "busy", "disk i/o error", "database or disk is full", "disk is full")
_CORRUPT_MARKERS = ("not a database", "malformed", "corrupt", "encrypted")

_EVENT_COLUMN_LIST = ", ".join(quoted(c) for c in EVENT_COLUMNS)
_DOCUMENT_COLUMN_LIST = ", ".join(quoted(c) for c in DOCUMENT_COLUMNS)
_INSERT_EVENT = f"INSERT INTO events ({_EVENT_COLUMN_LIST}) VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})"
_INSERT_DOCUMENT = (
    f"INSERT INTO documents ({_DOCUMENT_COLUMN_LIST}) VALUES ({', '.join('?' for _ in DOCUMENT_COLUMNS)})"
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _fold(value: object) -> str | None:
    """Case folding for substring filters (SQLite's own lower() only knows ASCII)."""
    return None if value is None else str(value).casefold()


def _translate(exc: sqlite3.Error, action: str) -> StoreError:
    """Turn a sqlite3 error into the matching frontwatch error."""
    text = str(exc)
    lowered = text.lower()
    if isinstance(exc, sqlite3.OperationalError) and any(m in lowered for m in _FAULT_MARKERS):
        return StorageFault(f"could not {action}: {text}")
    if any(m in lowered for m in _CORRUPT_MARKERS):
        return CorruptDatabase(f"could not {action}: {text}")
    if "readonly" in lowered or "unable to open" in lowered:
        return DatabaseUnavailable(f"could not {action}: {text}")
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreError(
            f"could not {action}: {text}",
            hint="Two events share an event_id; event ids must be unique across documents.",
        )
    return StoreError(f"could not {action}: {text}")


class SqliteStore:
    """A `Store` in one SQLite file. Not shared between threads; open one per process or thread."""

    def __init__(
        self,
        path: str | Path,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.path = str(path)
        self._clock = clock
        self._closed = False
        self._conn = self._connect(self.path, busy_timeout)
        try:
            self._check_foreign()
            self._configure(busy_timeout)
            self._migrate()
        except BaseException:
            self._conn.close()
            self._closed = True
            raise

    # ----------------------------------------------------------------- opening and migrations

    @staticmethod
    def _connect(path: str, busy_timeout: float) -> sqlite3.Connection:
        if path != ":memory:":
            target = Path(path)
            if target.is_dir():
                raise DatabaseUnavailable(f"{path} is a folder, not a database file")
            if not target.parent.is_dir():
                raise DatabaseUnavailable(f"the folder of {path} does not exist")
        try:
            conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise _translate(exc, f"open {path}") from exc
        conn.create_function("fw_fold", 1, _fold, deterministic=True)
        return conn

    def _check_foreign(self) -> None:
        """Refuse a file that is not SQLite, or a SQLite database that some other program owns."""
        try:
            names = {
                row[0]
                for row in self._conn.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                )
            }
        except sqlite3.DatabaseError as exc:
            error = _translate(exc, f"read {self.path}")
            if type(error) is StoreError:
                error = CorruptDatabase(f"could not read {self.path}: {exc}")
            raise error from exc
        names = {n for n in names if not n.startswith("sqlite_")}
        if not names:
            return
        application = None
        if "meta" in names:
            try:
                row = self._conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
            except sqlite3.DatabaseError:
                row = None
            application = row[0] if row else None
        if application != APPLICATION:
            raise NotAFrontwatchDatabase(
                f"{self.path} is a SQLite database of another program "
                f"(tables: {', '.join(sorted(names)[:5])})"
            )

    def _configure(self, busy_timeout: float) -> None:
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise _translate(exc, f"configure {self.path}") from exc

    def _migrate(self) -> None:
        """Apply pending migrations in order, each in its own transaction.

        An up-to-date database is only read, so opening it takes no write lock."""
        with self._reading(f"read the schema version of {self.path}"):
            has_table = self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
            ).fetchone()
            current = self._schema_version() if has_table else 0
        if current > SCHEMA_VERSION:
            raise self._too_new(current)
        if current == SCHEMA_VERSION:
            return
        while True:
            with self._transaction(f"migrate {self.path}"):
                self._conn.execute(MIGRATIONS_TABLE)
                current = self._schema_version()
                if current > SCHEMA_VERSION:
                    raise self._too_new(current)
                pending = [m for m in MIGRATIONS if m.version > current]
                if not pending:
                    return
                migration = pending[0]
                script = statements(migration.sql) + statements(SQLITE_EXTRA.get(migration.version, ""))
                for statement in script:
                    self._conn.execute(statement)
                self._conn.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                    (migration.version, self._now()),
                )

    def _too_new(self, version: int) -> SchemaTooNew:
        return SchemaTooNew(
            f"{self.path} has schema version {version}; this frontwatch knows up to {SCHEMA_VERSION}"
        )

    def _schema_version(self) -> int:
        row = self._conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        with self._reading("read the schema version"):
            return self._schema_version()

    # ----------------------------------------------------------------- plumbing

    def _now(self) -> str:
        return self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the store {self.path} is closed", hint="Open it again with open_store().")

    @contextmanager
    def _transaction(self, action: str) -> Iterator[None]:
        """A write transaction (BEGIN IMMEDIATE): committed on success, rolled back on any error."""
        self._check_open()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _translate(exc, action) from exc
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error):
                raise _translate(exc, action) from exc
            raise

    @contextmanager
    def _reading(self, action: str) -> Iterator[None]:
        self._check_open()
        try:
            yield
        except sqlite3.Error as exc:
            raise _translate(exc, action) from exc

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            # SQLite may already have rolled back on its own (e.g. after a full disk)
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _count(self, sql: str) -> int:
        with self._reading("count rows"):
            row = self._conn.execute(sql).fetchone()
            return int(row[0]) if row else 0

    # ----------------------------------------------------------------- writing

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
        rows = [_event_row(rank, event) for rank, event in enumerate(events)]
        version = events[0].extractor_version if events else ""
        with self._transaction(f"save document {doc.doc_id} from {doc.source}"):
            exists = (
                self._conn.execute(
                    "SELECT 1 FROM documents WHERE document_hash = ?", (doc.document_hash,)
                ).fetchone()
                is not None
            )
            if not exists:
                self._conn.execute(_INSERT_DOCUMENT, _document_row(doc, version, self._now()))
                self._conn.execute(
                    "INSERT INTO documents_fts (document_hash, title, text) VALUES (?, ?, ?)",
                    (doc.document_hash, doc.title or "", doc.text),
                )
            stored = [
                tuple(row)
                for row in self._conn.execute(
                    f"SELECT {_EVENT_COLUMN_LIST} FROM events WHERE document_hash = ? ORDER BY rank",
                    (doc.document_hash,),
                )
            ]
            if stored != rows:
                self._conn.execute("DELETE FROM events WHERE document_hash = ?", (doc.document_hash,))
                self._conn.executemany(_INSERT_EVENT, rows)
                self._conn.execute(
                    "UPDATE documents SET extractor_version = ? WHERE document_hash = ?",
                    (version, doc.document_hash),
                )
        return not exists

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
            self._conn.execute(
                "INSERT INTO runs (run_id, started_at, command, status) "
                "SELECT COALESCE(MAX(run_id), 0) + 1, ?, ?, 'running' FROM runs",
                (self._now(), command),
            )
            row = self._conn.execute("SELECT MAX(run_id) FROM runs").fetchone()
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

    # ----------------------------------------------------------------- reading

    def has_document(self, document_hash: str) -> bool:
        with self._reading("look up a document"):
            row = self._conn.execute(
                "SELECT 1 FROM documents WHERE document_hash = ?", (document_hash,)
            ).fetchone()
            return row is not None

    def events(self, filters: EventFilter | None = None) -> Iterator[Event]:
        """Events matching `filters`, by event date (undated last), document, then order in the document."""
        sql, params = _event_query(filters or EventFilter())
        self._check_open()
        try:
            cursor = self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise _translate(exc, "read events") from exc
        return self._iter_events(cursor)

    def _iter_events(self, cursor: sqlite3.Cursor) -> Iterator[Event]:
        try:
            for row in cursor:
                yield _event_from_row(row)
        except sqlite3.Error as exc:
            raise _translate(exc, "read events") from exc
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
                f"SELECT {_DOCUMENT_COLUMN_LIST} FROM documents WHERE document_hash = ?", (document_hash,)
            ).fetchone()
        return None if row is None else _document_from_row(row)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over document titles and texts, best match first.

        `query` uses FTS5 syntax (words, "phrases", AND/OR/NOT, prefix*); a query that is not
        valid FTS5 is searched as plain words instead.
        """
        if not query.strip() or limit <= 0:
            return []
        sql = (
            "SELECT f.document_hash, d.title, snippet(documents_fts, 2, '[', ']', '…', 16) "
            "FROM documents_fts AS f JOIN documents AS d ON d.document_hash = f.document_hash "
            "WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?"
        )
        self._check_open()
        try:
            rows = self._conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            error = _translate(exc, "search documents")
            if type(error) is not StoreError:  # a fault, not a query FTS5 could not parse
                raise error from exc
            words = " ".join(f'"{w}"' for w in re.findall(r"\w+", query))
            if not words:
                return []
            try:
                rows = self._conn.execute(sql, (words, limit)).fetchall()
            except sqlite3.Error as exc2:
                raise _translate(exc2, "search documents") from exc2
        except sqlite3.Error as exc:
            raise _translate(exc, "search documents") from exc
        return [SearchHit(r[0], r[1], r[2]) for r in rows]

    def summary(self, top: int = 10) -> dict[str, Any]:
        """Counts for a quick look: totals, event types with sub-types, top locations,
        claimant side × claimant, and rejections by code."""
        with self._reading("summarise the database"):
            types: dict[str, dict[str, Any]] = {}
            for event_type, sub_event_type, count in self._conn.execute(
                "SELECT event_type, sub_event_type, COUNT(*) FROM events "
                "GROUP BY event_type, sub_event_type ORDER BY event_type, sub_event_type"
            ):
                entry = types.setdefault(
                    event_type, {"event_type": event_type, "count": 0, "sub_event_types": []}
                )
                entry["count"] += count
                entry["sub_event_types"].append({"sub_event_type": sub_event_type, "count": count})
            event_types = sorted(types.values(), key=lambda e: (-e["count"], e["event_type"]))
            for entry in event_types:
                entry["sub_event_types"].sort(key=lambda s: (-s["count"], s["sub_event_type"]))
            locations = [
                {"location": r[0], "admin1": r[1], "country": r[2], "count": r[3]}
                for r in self._conn.execute(
                    "SELECT location, admin1, country, COUNT(*) AS n FROM events WHERE location IS NOT NULL "
                    "GROUP BY location, admin1, country ORDER BY n DESC, location LIMIT ?",
                    (top,),
                )
            ]
            claimants = [
                {"claimant_side": r[0], "claimant": r[1], "count": r[2]}
                for r in self._conn.execute(
                    "SELECT claimant_side, claimant, COUNT(*) AS n FROM events "
                    "WHERE claimant IS NOT NULL OR claimant_side IS NOT NULL "
                    "GROUP BY claimant_side, claimant ORDER BY n DESC, claimant_side, claimant"
                )
            ]
            by_code = {
                r[0]: r[1]
                for r in self._conn.execute(
                    "SELECT code, COUNT(*) AS n FROM rejections GROUP BY code ORDER BY n DESC, code"
                )
            }
            modalities = {
                r[0]: r[1]
                for r in self._conn.execute(
                    "SELECT modality, COUNT(*) AS n FROM events GROUP BY modality ORDER BY n DESC, modality"
                )
            }
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

    # ----------------------------------------------------------------- lifetime

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._rollback()
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# --------------------------------------------------------------------- row conversion


def _event_row(rank: int, event: Event) -> tuple[Any, ...]:
    values: list[Any] = []
    for column in EVENT_COLUMNS:
        if column == "rank":
            values.append(rank)
        elif column == "extra":
            values.append(json.dumps(event.extra, ensure_ascii=False, sort_keys=True, default=str))
        else:
            values.append(getattr(event, column))
    return tuple(values)


def _event_from_row(row: Sequence[Any]) -> Event:
    data = dict(zip(EVENT_COLUMNS, row, strict=True))
    data.pop("rank")
    extra = json.loads(data.pop("extra") or "{}")
    return Event(**data, extra=extra)


def _document_row(doc: Document, extractor_version: str, now: str) -> tuple[Any, ...]:
    published = doc.published
    values: dict[str, Any] = {
        "document_hash": doc.document_hash,
        "doc_id": doc.doc_id,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "published_start": published.start.isoformat() if published else None,
        "published_end": published.end.isoformat() if published else None,
        "published_granularity": published.granularity if published else None,
        "published_from": doc.published_from,
        "dateline": doc.dateline,
        "dateline_start": doc.dateline_span.start if doc.dateline_span else None,
        "dateline_end": doc.dateline_span.end if doc.dateline_span else None,
        "outlet": doc.outlet,
        "agency": doc.agency,
        "author": doc.author,
        "language": doc.language,
        "language_score": doc.language_score,
        "media_type": doc.media_type,
        "text": doc.text,
        "coded_text": doc.coded_text,
        "boilerplate": json.dumps([[s.start, s.end] for s in doc.boilerplate]),
        "first_seen": now,
        "extractor_version": extractor_version,
    }
    return tuple(values[c] for c in DOCUMENT_COLUMNS)


def _document_from_row(row: Sequence[Any]) -> Document:
    data = dict(zip(DOCUMENT_COLUMNS, row, strict=True))
    published = None
    if data["published_start"] and data["published_end"] and data["published_granularity"]:
        published = Period(
            start=date.fromisoformat(data["published_start"]),
            end=date.fromisoformat(data["published_end"]),
            granularity=data["published_granularity"],
        )
    dateline_span = None
    if data["dateline_start"] is not None and data["dateline_end"] is not None:
        dateline_span = Span(data["dateline_start"], data["dateline_end"])
    boilerplate = tuple(Span(int(s), int(e)) for s, e in json.loads(data["boilerplate"] or "[]"))
    return Document(
        doc_id=data["doc_id"],
        source=data["source"],
        text=data["text"],
        coded_text=data["coded_text"],
        document_hash=data["document_hash"],
        media_type=data["media_type"],
        title=data["title"],
        published=published,
        published_from=data["published_from"],
        dateline=data["dateline"],
        dateline_span=dateline_span,
        outlet=data["outlet"],
        agency=data["agency"],
        author=data["author"],
        url=data["url"],
        language=data["language"],
        language_score=data["language_score"],
        boilerplate=boilerplate,
    )


def _event_query(f: EventFilter) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.date_from is not None:
        where.append("event_date >= ?")
        params.append(f.date_from)
    if f.date_to is not None:
        where.append("event_date <= ?")
        params.append(f.date_to)
    for column, value in (
        ("event_type", f.event_type),
        ("sub_event_type", f.sub_event_type),
        ("modality", f.modality),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    for columns, value in (
        (("location", "admin1", "country"), f.place),
        (("actor1", "actor2"), f.actor),
        (("claimant", "claimant_actor", "claimant_side"), f.claimant),
    ):
        if value:
            where.append("(" + " OR ".join(f"instr(fw_fold({c}), ?) > 0" for c in columns) + ")")
            params.extend([value.casefold()] * len(columns))
    if not f.include_historical:
        where.append("modality <> 'historical'")
    sql = f"SELECT {_EVENT_COLUMN_LIST} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date, doc_id, document_hash, rank"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


__all__ = ["DEFAULT_BUSY_TIMEOUT", "SQLITE_EXTRA", "SqliteStore"]
