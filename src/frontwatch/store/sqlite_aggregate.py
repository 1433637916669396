"""The SQL of the aggregates (stories, incidents) in the SQLite store.

Thin on purpose: each method is one query or one batch of writes, and `frontwatch.aggregate` decides
what to compute. Writes happen inside `aggregate_transaction()`, so one update is all or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

from frontwatch.model import Event
from frontwatch.store.sqlite_conn import AGGREGATES_LOCK, SqliteConnection
from frontwatch.store.sqlite_rows import EVENT_COLUMN_LIST, event_from_row

_BATCH = 500  # parameters per IN (...) list, well under SQLite's limit

INCIDENT_COLUMNS: tuple[str, ...] = (
    "incident_id",
    "representative",
    "event_type",
    "sub_event_type",
    "location",
    "geonameid",
    "admin1",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "date_start",
    "date_end",
    "time_precision",
    "actor1",
    "actor2",
    "fatalities",
    "reports",
    "sources",
    "independent_sources",
    "first_reported",
    "status",
    "controller",
    "outlets",
    "claims",
)
_INCIDENT_LIST = ", ".join(INCIDENT_COLUMNS)
_JSON_COLUMNS = ("outlets", "claims")


class SourceInfo(NamedTuple):
    """What the aggregates need to know about a document."""

    document_hash: str
    source: str
    outlet: str | None
    agency: str | None
    title: str | None
    published: str | None
    first_seen: str
    story_id: str | None


class MemberRow(NamedTuple):
    event_id: str
    incident_id: str
    type_group: str
    cell: int | None
    wide: int  # 1 when the day span is wider than a week (month or year precision)
    day_first: str | None
    day_last: str | None


class StoredSignature(NamedTuple):
    document_hash: str
    shingles: int
    signature: str
    story_id: str


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


def _marks(count: int) -> str:
    return ", ".join("?" for _ in range(count))


class SqliteAggregates(SqliteConnection):
    """The aggregate half of `SqliteStore`."""

    @contextmanager
    def aggregate_transaction(self) -> Iterator[None]:
        with self._transaction("update the aggregates"):
            self._serialise(AGGREGATES_LOCK)
            yield

    # ------------------------------------------------------------------ pending work

    def unaggregated_documents(self) -> list[str]:
        """Documents without a story signature, or with events in no incident, in hash order."""
        with self._reading("find documents to aggregate"):
            rows = self._conn.execute(
                "SELECT d.document_hash FROM documents AS d "
                "LEFT JOIN story_signatures AS s ON s.document_hash = d.document_hash "
                "WHERE s.document_hash IS NULL "
                "UNION SELECT e.document_hash FROM events AS e "
                "LEFT JOIN incident_members AS m ON m.event_id = e.event_id WHERE m.event_id IS NULL "
                "ORDER BY 1"
            ).fetchall()
        return [r[0] for r in rows]

    def clear_aggregates(self) -> None:
        """Forget every story and incident (inside an aggregate transaction)."""
        for table in ("story_bands", "story_signatures", "incident_members", "incidents"):
            self._conn.execute(f"DELETE FROM {table}")

    # ------------------------------------------------------------------ stories

    def document_texts(self, hashes: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        with self._reading("read document texts"):
            for part in _chunks(hashes):
                sql = (
                    "SELECT document_hash, coded_text FROM documents "
                    f"WHERE document_hash IN ({_marks(len(part))})"
                )
                out.update((r[0], r[1]) for r in self._conn.execute(sql, tuple(part)))
        return out

    def signatures(self, hashes: Sequence[str]) -> dict[str, StoredSignature]:
        out: dict[str, StoredSignature] = {}
        with self._reading("read story signatures"):
            for part in _chunks(hashes):
                sql = (
                    "SELECT document_hash, shingles, signature, story_id FROM story_signatures "
                    f"WHERE document_hash IN ({_marks(len(part))})"
                )
                out.update((r[0], StoredSignature(*r)) for r in self._conn.execute(sql, tuple(part)))
        return out

    def bucket_documents(self, buckets: Sequence[int]) -> dict[int, list[str]]:
        """The stored documents in each of the given LSH buckets."""
        found: dict[int, list[str]] = {}
        with self._reading("look up story buckets"):
            for part in _chunks(buckets):
                sql = (
                    "SELECT b.bucket, s.document_hash FROM story_bands AS b "
                    "JOIN story_signatures AS s ON s.doc_key = b.doc_key "
                    f"WHERE b.bucket IN ({_marks(len(part))})"
                )
                for bucket, document_hash in self._conn.execute(sql, tuple(part)):
                    found.setdefault(bucket, []).append(document_hash)
        return found

    def rename_stories(self, old_ids: Sequence[str], new_id: str) -> None:
        for part in _chunks(old_ids):
            self._conn.execute(
                f"UPDATE story_signatures SET story_id = ? WHERE story_id IN ({_marks(len(part))})",
                (new_id, *part),
            )

    def save_signatures(self, rows: Sequence[StoredSignature], buckets: Sequence[Sequence[int]]) -> None:
        """Store the signatures and LSH buckets of documents that have none yet."""
        row = self._conn.execute("SELECT COALESCE(MAX(doc_key), 0) FROM story_signatures").fetchone()
        first = int(row[0]) + 1
        self._conn.executemany(
            "INSERT INTO story_signatures (doc_key, document_hash, shingles, signature, story_id) "
            "VALUES (?, ?, ?, ?, ?)",
            [(first + i, *r) for i, r in enumerate(rows)],
        )
        self._conn.executemany(
            "INSERT INTO story_bands (bucket, doc_key) VALUES (?, ?)",
            sorted((b, first + i) for i, keys in enumerate(buckets) for b in set(keys)),
        )  # in index order: appending to the B-tree is several times faster than random inserts

    def story_documents(self, story_ids: Sequence[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        with self._reading("read story members"):
            for part in _chunks(story_ids):
                sql = (
                    "SELECT story_id, document_hash FROM story_signatures "
                    f"WHERE story_id IN ({_marks(len(part))}) ORDER BY document_hash"
                )
                for story_id, doc in self._conn.execute(sql, tuple(part)):
                    out.setdefault(story_id, []).append(doc)
        return out

    def source_infos(self, hashes: Sequence[str]) -> dict[str, SourceInfo]:
        out: dict[str, SourceInfo] = {}
        with self._reading("read document sources"):
            for part in _chunks(hashes):
                sql = (
                    "SELECT d.document_hash, d.source, d.outlet, d.agency, d.title, d.published_start, "
                    "d.first_seen, s.story_id FROM documents AS d LEFT JOIN story_signatures AS s "
                    f"ON s.document_hash = d.document_hash WHERE d.document_hash IN ({_marks(len(part))})"
                )
                out.update((r[0], SourceInfo(*r)) for r in self._conn.execute(sql, tuple(part)))
        return out

    def story_rows(self, min_documents: int = 1) -> list[tuple[str, int]]:
        """(story id, document count) of every story, largest first."""
        with self._reading("list stories"):
            return [
                (r[0], int(r[1]))
                for r in self._conn.execute(
                    "SELECT story_id, COUNT(*) AS n FROM story_signatures GROUP BY story_id "
                    "HAVING COUNT(*) >= ? ORDER BY n DESC, story_id",
                    (min_documents,),
                )
            ]

    # ------------------------------------------------------------------ incidents

    def events_of_documents(self, hashes: Sequence[str]) -> list[Event]:
        out: list[Event] = []
        with self._reading("read events of documents"):
            for part in _chunks(hashes):
                sql = (
                    f"SELECT {EVENT_COLUMN_LIST} FROM events WHERE document_hash IN ({_marks(len(part))}) "
                    "ORDER BY document_hash, rank"
                )
                out.extend(event_from_row(r) for r in self._conn.execute(sql, tuple(part)))
        return out

    def events_by_id(self, event_ids: Sequence[str]) -> list[Event]:
        out: list[Event] = []
        with self._reading("read events"):
            for part in _chunks(event_ids):
                sql = f"SELECT {EVENT_COLUMN_LIST} FROM events WHERE event_id IN ({_marks(len(part))})"
                out.extend(event_from_row(r) for r in self._conn.execute(sql, tuple(part)))
        out.sort(key=lambda e: e.event_id)
        return out

    def block_members(self, windows: Sequence[tuple[str, int, str, str, str]]) -> list[MemberRow]:
        """Members in any of the windows (type group, grid cell, first day, last day, narrow from): in
        the cell, with days overlapping [first, last].

        Narrow spans (a week or less) start on or after `narrow from`, so each lookup is a bounded
        index range; wide spans are few and are looked up apart. One query for all windows."""
        self._conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS aggregate_windows "
            "(type_group TEXT, cell INTEGER, first TEXT, last TEXT, narrow_from TEXT)"
        )
        self._conn.execute("DELETE FROM aggregate_windows")
        self._conn.executemany("INSERT INTO aggregate_windows VALUES (?, ?, ?, ?, ?)", windows)
        columns = ", ".join(f"m.{c}" for c in MemberRow._fields)
        join = (
            f"SELECT DISTINCT {columns} FROM aggregate_windows AS w JOIN incident_members AS m "
            "ON m.type_group = w.type_group AND m.cell = w.cell "
        )
        with self._reading("look up incident candidates"):
            narrow = self._conn.execute(
                join
                + "AND m.wide = 0 AND m.day_first BETWEEN w.narrow_from AND w.last AND m.day_last >= w.first"
            ).fetchall()
            wide = self._conn.execute(
                join + "AND m.wide = 1 AND m.day_first <= w.last AND m.day_last >= w.first"
            ).fetchall()
        return sorted({MemberRow(*r) for r in narrow + wide})

    def members_of(self, incident_ids: Sequence[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        with self._reading("read incident members"):
            for part in _chunks(incident_ids):
                sql = (
                    "SELECT incident_id, event_id FROM incident_members "
                    f"WHERE incident_id IN ({_marks(len(part))}) ORDER BY event_id"
                )
                for incident_id, event_id in self._conn.execute(sql, tuple(part)):
                    out.setdefault(incident_id, []).append(event_id)
        return out

    def incidents_of_events(self, event_ids: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        with self._reading("read incident membership"):
            for part in _chunks(event_ids):
                sql = (
                    "SELECT event_id, incident_id FROM incident_members "
                    f"WHERE event_id IN ({_marks(len(part))})"
                )
                out.update((r[0], r[1]) for r in self._conn.execute(sql, tuple(part)))
        return out

    def save_members(self, rows: Iterable[MemberRow]) -> None:
        self._conn.executemany(
            "INSERT INTO incident_members "
            "(event_id, incident_id, type_group, cell, wide, day_first, day_last) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in MemberRow._fields[1:]),
            [tuple(r) for r in rows],
        )

    def rename_incidents(self, old_ids: Sequence[str], new_id: str) -> None:
        for part in _chunks(old_ids):
            self._conn.execute(
                f"UPDATE incident_members SET incident_id = ? WHERE incident_id IN ({_marks(len(part))})",
                (new_id, *part),
            )

    def replace_incidents(self, removed: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
        """Delete the summaries of `removed` incidents and write (or overwrite) the given ones."""
        for part in _chunks(removed):
            self._conn.execute(
                f"DELETE FROM incidents WHERE incident_id IN ({_marks(len(part))})", tuple(part)
            )
        sql = (
            f"INSERT INTO incidents ({_INCIDENT_LIST}) VALUES ({_marks(len(INCIDENT_COLUMNS))}) "
            "ON CONFLICT (incident_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in INCIDENT_COLUMNS[1:])
        )
        self._conn.executemany(sql, [_incident_values(row) for row in rows])

    def incident_rows(
        self, where: str = "", params: Sequence[Any] = (), limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Incident summaries matching an SQL condition built by `frontwatch.aggregate`, oldest first."""
        sql = f"SELECT {_INCIDENT_LIST} FROM incidents"
        if where:
            sql += f" WHERE {where}"
        sql += " ORDER BY CASE WHEN date_start IS NULL THEN 1 ELSE 0 END, date_start, incident_id"
        args = list(params)
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        with self._reading("read incidents"):
            return [_incident_dict(r) for r in self._conn.execute(sql, args)]


def _incident_values(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(
        json.dumps(row[c], ensure_ascii=False) if c in _JSON_COLUMNS else row[c] for c in INCIDENT_COLUMNS
    )


def _incident_dict(values: Sequence[Any]) -> dict[str, Any]:
    row = dict(zip(INCIDENT_COLUMNS, values, strict=True))
    for column in _JSON_COLUMNS:
        row[column] = json.loads(row[column])
    return row
