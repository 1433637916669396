"""Reading reviewed events from SQLite for the map and the API: pages, points, a day histogram, places.

Every read joins the analyst's review (by event id) onto the extracted row, so a correction is seen
wherever the event is shown and filters match the corrected values. Pages are ordered by the
extracted date then the event id (a keyset that an index serves), so paging is stable while
reviews change. Every query runs under a time limit (SQLite's progress handler, PostgreSQL's
statement_timeout).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from functools import cache
from typing import Any

from frontwatch.model import public_place_ids
from frontwatch.store.conditions import date_range
from frontwatch.store.dialect import SQLITE, Dialect, column_types
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
from frontwatch.store.sqlite_conn import SqliteConnection
from frontwatch.store.sqlite_rows import event_from_row

DEFAULT_QUERY_MS = 2000.0


def _effective(column: str, dialect: Dialect) -> str:
    """The column as read: the reviewed value when the review sets it (even to null), else the extracted."""
    name = quoted(column)
    if column not in REVIEWABLE:
        return f"e.{name} AS {name}"
    sql_type = column_types("events").get(column, "TEXT")
    return (
        f"CASE WHEN {dialect.json_has('r.fields', column)} "
        f"THEN {dialect.json_value('r.fields', column, sql_type)} ELSE e.{name} END AS {name}"
    )


@cache
def effective_events(dialect: Dialect) -> str:
    """The reviewed view of `events`: every column as read, the review, and the paging key."""
    return (
        "SELECT "
        + ", ".join(_effective(c, dialect) for c in EVENT_COLUMNS)
        + ", r.status AS review_status, r.fields AS review_fields, r.reviewer AS review_reviewer,"
        " r.reviewed_at AS review_at, COALESCE(e.event_date, '~') AS sort_key"
        " FROM events AS e LEFT JOIN event_reviews AS r ON r.event_id = e.event_id"
    )


_COLUMNS = ", ".join(f"v.{quoted(c)}" for c in EVENT_COLUMNS)
_REVIEW_COLUMNS = "v.review_status, v.review_fields, v.review_reviewer, v.review_at, v.sort_key"
_ORDER = " ORDER BY sort_key, event_id"


def conditions(query: EventQuery, dialect: Dialect = SQLITE) -> tuple[list[str], list[Any]]:
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
    _bbox(query, add, dialect)
    _text(query, add, dialect)
    _review(query, add)
    if query.status is not None:
        add(
            "v.event_id IN (SELECT m.event_id FROM incident_members AS m JOIN incidents AS i"
            " ON i.incident_id = m.incident_id WHERE i.status = ?)",
            query.status,
        )
    return where, params


def _bbox(query: EventQuery, add: Any, dialect: Dialect) -> None:
    box = query.bbox
    if box is None:
        return
    add("v.latitude BETWEEN ? AND ?", box.south, box.north)
    if box.west <= box.east:
        add("v.longitude BETWEEN ? AND ?", box.west, box.east)
    else:  # the box crosses the antimeridian
        add("(v.longitude >= ? OR v.longitude <= ?)", box.west, box.east)
    if dialect.postgis:
        # the same box through the GiST index on the extracted points, plus every event an analyst
        # moved (the terms above keep exactly the events whose coordinates, as read, are inside)
        halves = [(box.west, box.east)] if box.west <= box.east else [(box.west, 180.0), (-180.0, box.east)]
        spatial = " OR ".join("geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)" for _ in halves)
        moved = " OR ".join(dialect.json_has("fields", c) for c in ("latitude", "longitude"))
        add(
            f"v.event_id IN (SELECT event_id FROM events WHERE {spatial} "
            f"UNION SELECT event_id FROM event_reviews WHERE {moved})",
            *[value for west, east in halves for value in (west, box.south, east, box.north)],
        )


def fts_words(text: str) -> str:
    """Free text as an FTS5 query of quoted words (all must occur): no FTS5 syntax reaches SQLite."""
    return SQLITE.text_words(text)


def _text(query: EventQuery, add: Any, dialect: Dialect) -> None:
    if query.text and query.text.strip():
        words = dialect.text_words(query.text)
        if not words:
            add("FALSE")
            return
        add(f"v.document_hash IN ({dialect.documents_matching()})", words)


def _review(query: EventQuery, add: Any) -> None:
    if query.review is None:
        add("(v.review_status IS NULL OR v.review_status <> 'rejected')")
    elif query.review == "unreviewed":
        add("v.review_status IS NULL")
    else:
        add("v.review_status = ?", query.review)


def _date_corrected(dialect: Dialect) -> str:
    return (
        f"v.event_id IN (SELECT event_id FROM event_reviews WHERE {dialect.json_has('fields', 'event_date')})"
    )


def _select(
    columns: str,
    query: EventQuery,
    extra: Sequence[str] = (),
    extra_params: Sequence[Any] = (),
    dialect: Dialect = SQLITE,
) -> tuple[str, list[Any]]:
    """The rows of the reviewed view matching `query` and the `extra` terms, as `columns`.

    With a date range, events whose date no analyst changed are found through the date index and
    the few with a corrected date are added by a second select (UNION ALL), so ranges stay fast."""
    where, params = conditions(query, dialect)
    where.extend(extra)
    params.extend(extra_params)
    base = f"SELECT {columns} FROM ({effective_events(dialect)}) AS v"
    if query.date_from is None and query.date_to is None:
        return (base + " WHERE " + " AND ".join(where) if where else base), params
    indexed = list(where)
    indexed_params = list(params)
    date_range("v.sort_key", query.date_from, query.date_to, indexed, indexed_params)
    indexed.append(f"NOT {_date_corrected(dialect)}")
    corrected = [*where, _date_corrected(dialect)]
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

    def _limited(self, action: str) -> AbstractContextManager[None]:
        """Run the block under the time limit; QueryTimeout when it runs past it."""
        return self._time_limit(self.query_ms, action)

    def _selected(
        self, columns: str, query: EventQuery, extra: Sequence[str] = (), extra_params: Sequence[Any] = ()
    ) -> tuple[str, list[Any]]:
        return _select(columns, query, extra, extra_params, self.dialect)

    def event_page(self, query: EventQuery, *, limit: int, cursor: str | None = None) -> Page:
        """Up to `limit` events after `cursor`, and the cursor of the page after."""
        extra: list[str] = []
        params: list[Any] = []
        if cursor:
            key, event_id = decode_cursor(cursor)
            extra.append("(v.sort_key, v.event_id) > (?, ?)")
            params.extend([key, event_id])
        sql, all_params = self._selected(f"{_COLUMNS}, {_REVIEW_COLUMNS}", query, extra, params)
        with self._limited("read events"):
            rows = self._conn.execute(sql + _ORDER + " LIMIT ?", [*all_params, limit + 1]).fetchall()
        events = [reviewed_from_row(r) for r in rows[:limit]]
        more = len(rows) > limit
        last = rows[limit - 1] if more else None
        next_cursor = encode_cursor(last[-1], last[0]) if last is not None else None
        return Page(events, next_cursor)

    def reviewed_events(self, query: EventQuery, *, limit: int) -> list[ReviewedEvent]:
        """The first `limit` events matching `query` (for downloads of a whole filtered view)."""
        sql, params = self._selected(f"{_COLUMNS}, {_REVIEW_COLUMNS}", query)
        with self._limited("read events"):
            rows = self._conn.execute(sql + _ORDER + " LIMIT ?", [*params, limit]).fetchall()
        return [reviewed_from_row(r) for r in rows]

    def reviewed_event(self, event_id: str) -> ReviewedEvent | None:
        view = effective_events(self.dialect)
        sql = f"SELECT {_COLUMNS}, {_REVIEW_COLUMNS} FROM ({view}) AS v WHERE v.event_id = ?"
        with self._limited("read an event"):
            row = self._conn.execute(sql, (event_id,)).fetchone()
        return None if row is None else reviewed_from_row(row)

    def event_points(self, query: EventQuery, *, limit: int) -> list[tuple[Any, ...]]:
        """(event_id, latitude, longitude, event_type, event_date) of located events, for the map."""
        rounded = self.dialect.rounded  # 5 decimals is about a metre: enough for a dot, and a smaller payload
        columns = (
            f"v.event_id, {rounded('v.latitude', 5)}, {rounded('v.longitude', 5)}, v.event_type, "
            "v.event_date, v.sort_key"
        )
        sql, params = self._selected(columns, query, ["v.latitude IS NOT NULL", "v.longitude IS NOT NULL"])
        with self._limited("read event points"):
            rows = self._conn.execute(sql + _ORDER + " LIMIT ?", [*params, limit])
            return [tuple(r[:5]) for r in rows]

    def day_counts(self, query: EventQuery) -> list[tuple[str, int]]:
        """Events per day (dated events only), in date order, for the timeline."""
        sql, params = self._selected("v.event_date AS event_date", query, ["v.event_date IS NOT NULL"])
        grouped = f"SELECT event_date, COUNT(*) FROM ({sql}) AS d GROUP BY event_date ORDER BY event_date"
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
        columns = (  # one name and country code is one place: its other columns agree (MIN picks one)
            "v.location, MIN(v.admin1), MIN(v.country), v.country_code, MIN(v.geonameid), "
            "AVG(v.latitude), AVG(v.longitude), COUNT(*)"
        )
        sql, all_params = self._selected(columns, EventQuery(), extra, params)
        sql += " GROUP BY v.location, v.country_code ORDER BY COUNT(*) DESC, v.location LIMIT ?"
        with self._limited("read places"):
            rows = self._conn.execute(sql, [*all_params, limit]).fetchall()
        keys = ("name", "admin1", "country", "country_code", "geonameid", "latitude", "longitude", "events")
        places = [dict(zip(keys, r, strict=True)) for r in rows]
        return [{**p, **public_place_ids(p["geonameid"])} for p in places]
