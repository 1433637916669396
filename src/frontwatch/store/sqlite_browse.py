"""Reading reviewed events from SQLite for the map and the API: pages, points, a day histogram, places.

Every read joins the analyst's review (by event id) onto the extracted row, so a correction is seen
wherever the event is shown and filters match the corrected values. Pages are ordered by the
extracted date then the event id (a keyset that an index serves), so paging is stable while
reviews change. Every query runs under a time limit (SQLite's progress handler).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from frontwatch.errors import QueryTimeout
from frontwatch.store.conditions import date_range
from frontwatch.store.review_model import (
    REVIEWABLE,
    EventQuery,
    Page,
    ReviewedEvent,
    ReviewState,
    decode_cursor,
    encode_cursor,
)
from frontwatch.store.schema import EVENT_COLUMNS, quoted
from frontwatch.store.sqlite_conn import SqliteConnection, translate_error
from frontwatch.store.sqlite_rows import event_from_row

DEFAULT_QUERY_MS = 2000.0
PROGRESS_STEPS = 1000


def _effective(column: str) -> str:
    """The column as read: the reviewed value when the review sets it (even to null), else the extracted."""
    name = quoted(column)
    if column not in REVIEWABLE:
        return f"e.{name} AS {name}"
    path = f"'$.{column}'"
    return (
        f"CASE WHEN json_type(r.fields, {path}) IS NULL THEN e.{name} "
        f"ELSE json_extract(r.fields, {path}) END AS {name}"
    )


EFFECTIVE_EVENTS = (
    "SELECT "
    + ", ".join(_effective(c) for c in EVENT_COLUMNS)
    + ", r.status AS review_status, r.fields AS review_fields, r.reviewer AS review_reviewer,"
    " r.reviewed_at AS review_at, COALESCE(e.event_date, '~') AS sort_key"
    " FROM events AS e LEFT JOIN event_reviews AS r ON r.event_id = e.event_id"
)
_COLUMNS = ", ".join(f"v.{quoted(c)}" for c in EVENT_COLUMNS)
_REVIEW_COLUMNS = "v.review_status, v.review_fields, v.review_reviewer, v.review_at, v.sort_key"
_ORDER = " ORDER BY sort_key, event_id"


def conditions(query: EventQuery) -> tuple[list[str], list[Any]]:
    """The WHERE terms (over the reviewed view `v`) and parameters for `query`."""
    where: list[str] = []
    params: list[Any] = []

    def add(term: str, *values: Any) -> None:
        where.append(term)
        params.extend(values)

    if query.date_from is not None:
        add("v.event_date >= ?", query.date_from)
    if query.date_to is not None:
        add("v.event_date <= ?", query.date_to)
    for column, values in (("event_type", query.event_types), ("modality", query.modalities)):
        if values:
            add(f"v.{column} IN ({', '.join('?' for _ in values)})", *values)
    if query.sub_event_type is not None:
        add("v.sub_event_type = ?", query.sub_event_type)
    if query.document_hash is not None:
        add("v.document_hash = ?", query.document_hash)
    for columns, text in (
        (("location", "admin1", "country"), query.place),
        (("actor1", "actor2"), query.actor),
        (("claimant", "claimant_actor", "claimant_side"), query.claimant),
    ):
        if text:
            ors = " OR ".join(f"instr(fw_fold(v.{quoted(c)}), ?) > 0" for c in columns)
            add(f"({ors})", *([text.casefold()] * len(columns)))
    _bbox(query, add)
    _text(query, add)
    _review(query, add)
    if query.status is not None:
        add(
            "v.event_id IN (SELECT m.event_id FROM incident_members AS m JOIN incidents AS i"
            " ON i.incident_id = m.incident_id WHERE i.status = ?)",
            query.status,
        )
    return where, params


def _bbox(query: EventQuery, add: Any) -> None:
    box = query.bbox
    if box is None:
        return
    add("v.latitude BETWEEN ? AND ?", box.south, box.north)
    if box.west <= box.east:
        add("v.longitude BETWEEN ? AND ?", box.west, box.east)
    else:  # the box crosses the antimeridian
        add("(v.longitude >= ? OR v.longitude <= ?)", box.west, box.east)


def fts_words(text: str) -> str:
    """Free text as an FTS5 query of quoted words (all must occur): no FTS5 syntax reaches SQLite."""
    return " ".join(f'"{w}"' for w in re.findall(r"\w+", text))


def _text(query: EventQuery, add: Any) -> None:
    if query.text and query.text.strip():
        words = fts_words(query.text)
        if not words:
            add("0")
            return
        add(
            "v.document_hash IN (SELECT document_hash FROM documents_fts WHERE documents_fts MATCH ?)",
            words,
        )


def _review(query: EventQuery, add: Any) -> None:
    if query.review is None:
        add("(v.review_status IS NULL OR v.review_status <> 'rejected')")
    elif query.review == "unreviewed":
        add("v.review_status IS NULL")
    else:
        add("v.review_status = ?", query.review)


_DATE_CORRECTED = (
    "v.event_id IN (SELECT event_id FROM event_reviews WHERE json_type(fields, '$.event_date') IS NOT NULL)"
)


def _select(
    columns: str, query: EventQuery, extra: Sequence[str] = (), extra_params: Sequence[Any] = ()
) -> tuple[str, list[Any]]:
    """The rows of the reviewed view matching `query` and the `extra` terms, as `columns`.

    With a date range, events whose date no analyst changed are found through the date index and
    the few with a corrected date are added by a second select (UNION ALL), so ranges stay fast."""
    where, params = conditions(query)
    where.extend(extra)
    params.extend(extra_params)
    base = f"SELECT {columns} FROM ({EFFECTIVE_EVENTS}) AS v"
    if query.date_from is None and query.date_to is None:
        return (base + " WHERE " + " AND ".join(where) if where else base), params
    indexed = list(where)
    indexed_params = list(params)
    date_range("v.sort_key", query.date_from, query.date_to, indexed, indexed_params)
    indexed.append(f"NOT {_DATE_CORRECTED}")
    corrected = [*where, _DATE_CORRECTED]
    sql = f"{base} WHERE {' AND '.join(indexed)} UNION ALL {base} WHERE {' AND '.join(corrected)}"
    return sql, [*indexed_params, *params]


def reviewed_from_row(row: Sequence[Any]) -> ReviewedEvent:
    n = len(EVENT_COLUMNS)
    event = event_from_row(row[:n])
    status, fields, reviewer, at = row[n : n + 4]
    review = None if status is None else ReviewState(status, json.loads(fields), reviewer, at)
    return ReviewedEvent(event, review)


class SqliteBrowser(SqliteConnection):
    """Reviewed-event reads for the API, each under a time limit of `query_ms` milliseconds."""

    query_ms: float | None = DEFAULT_QUERY_MS
    progress_steps = PROGRESS_STEPS  # SQLite VM steps between two looks at the clock

    @contextmanager
    def _limited(self, action: str) -> Iterator[None]:
        """Run the block under the time limit; QueryTimeout when it runs past it."""
        self._check_open()
        limit = self.query_ms
        if limit is not None:
            deadline = time.monotonic() + limit / 1000
            self._conn.set_progress_handler(lambda: time.monotonic() > deadline, self.progress_steps)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc).lower():
                raise QueryTimeout(f"could not {action} within {limit:.0f} ms") from exc
            raise translate_error(exc, action) from exc
        except sqlite3.Error as exc:
            raise translate_error(exc, action) from exc
        finally:
            self._conn.set_progress_handler(None, 0)

    def event_page(self, query: EventQuery, *, limit: int, cursor: str | None = None) -> Page:
        """Up to `limit` events after `cursor`, and the cursor of the page after."""
        extra: list[str] = []
        params: list[Any] = []
        if cursor:
            key, event_id = decode_cursor(cursor)
            extra.append("(v.sort_key, v.event_id) > (?, ?)")
            params.extend([key, event_id])
        sql, all_params = _select(f"{_COLUMNS}, {_REVIEW_COLUMNS}", query, extra, params)
        with self._limited("read events"):
            rows = self._conn.execute(sql + _ORDER + " LIMIT ?", [*all_params, limit + 1]).fetchall()
        events = [reviewed_from_row(r) for r in rows[:limit]]
        more = len(rows) > limit
        last = rows[limit - 1] if more else None
        next_cursor = encode_cursor(last[-1], last[0]) if last is not None else None
        return Page(events, next_cursor)

    def reviewed_events(self, query: EventQuery, *, limit: int) -> list[ReviewedEvent]:
        """The first `limit` events matching `query` (for downloads of a whole filtered view)."""
        sql, params = _select(f"{_COLUMNS}, {_REVIEW_COLUMNS}", query)
        with self._limited("read events"):
            rows = self._conn.execute(sql + _ORDER + " LIMIT ?", [*params, limit]).fetchall()
        return [reviewed_from_row(r) for r in rows]

    def reviewed_event(self, event_id: str) -> ReviewedEvent | None:
        sql = f"SELECT {_COLUMNS}, {_REVIEW_COLUMNS} FROM ({EFFECTIVE_EVENTS}) AS v WHERE v.event_id = ?"
        with self._limited("read an event"):
            row = self._conn.execute(sql, (event_id,)).fetchone()
        return None if row is None else reviewed_from_row(row)

    def event_points(self, query: EventQuery, *, limit: int) -> list[tuple[Any, ...]]:
        """(event_id, latitude, longitude, event_type, event_date) of located events, for the map."""
        columns = (  # 5 decimals is about a metre: enough for a dot, and a smaller payload
            "v.event_id, ROUND(v.latitude, 5), ROUND(v.longitude, 5), v.event_type, v.event_date, v.sort_key"
        )
        sql, params = _select(columns, query, ["v.latitude IS NOT NULL", "v.longitude IS NOT NULL"])
        with self._limited("read event points"):
            rows = self._conn.execute(sql + _ORDER + " LIMIT ?", [*params, limit])
            return [tuple(r[:5]) for r in rows]

    def day_counts(self, query: EventQuery) -> list[tuple[str, int]]:
        """Events per day (dated events only), in date order, for the timeline."""
        sql, params = _select("v.event_date AS event_date", query, ["v.event_date IS NOT NULL"])
        grouped = f"SELECT event_date, COUNT(*) FROM ({sql}) GROUP BY event_date ORDER BY event_date"
        with self._limited("count events per day"):
            rows = self._conn.execute(grouped, params)
            return [(str(r[0]), int(r[1])) for r in rows]

    def place_counts(self, prefix: str | None, *, limit: int) -> list[dict[str, Any]]:
        """Stored places (name, admin1, country, coordinates) with their event counts, most used first."""
        extra = ["v.location IS NOT NULL", "v.latitude IS NOT NULL"]
        params: list[Any] = []
        if prefix:
            extra.append("fw_fold(v.location) LIKE ? ESCAPE '\\'")
            escaped = prefix.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(escaped + "%")
        columns = (
            "v.location, v.admin1, v.country, v.country_code, v.geonameid, "
            "AVG(v.latitude), AVG(v.longitude), COUNT(*)"
        )
        sql, all_params = _select(columns, EventQuery(), extra, params)
        sql += " GROUP BY v.location, v.country_code ORDER BY COUNT(*) DESC, v.location LIMIT ?"
        with self._limited("read places"):
            rows = self._conn.execute(sql, [*all_params, limit]).fetchall()
        keys = ("name", "admin1", "country", "country_code", "geonameid", "latitude", "longitude", "events")
        return [dict(zip(keys, r, strict=True)) for r in rows]
