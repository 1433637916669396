"""What only the PostgreSQL store has: its schema (types, PostGIS, full-text), its URLs, its errors,
and the same answers as SQLite on the same data."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import psycopg
import pytest

from frontwatch.errors import (
    DatabaseUnavailable,
    NotAFrontwatchDatabase,
    PostgresNotSupported,
    QueryTimeout,
    SchemaTooNew,
    StorageFault,
)
from frontwatch.model import Rejection
from frontwatch.store import SCHEMA_VERSION, EventFilter, open_store
from frontwatch.store.postgres import PostgresStore, search_terms
from frontwatch.store.postgres_conn import display_url, driver_url
from frontwatch.store.review_model import BBox, EventQuery, ReviewRequest
from frontwatch.store.reviewed import open_reviewed_store
from frontwatch.store.schema import MIGRATIONS
from frontwatch.store.sqlite import SqliteStore
from pg_server import PgServer

from .factories import TickingClock, dump, make_document, make_event, rows


def _column_type(url: str, table: str, column: str) -> str:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT data_type FROM information_schema.columns WHERE table_name = %s AND column_name = %s",
            (table, column),
        ).fetchone()
    assert row is not None, f"{table}.{column} is missing"
    return str(row[0])


def test_migrates_an_empty_database(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore)
        assert store.documents_count() == 0
        assert rows(store, "SELECT version FROM schema_migrations ORDER BY version") == [
            (m.version,) for m in MIGRATIONS
        ]
        assert rows(store, "SELECT value FROM meta WHERE key = 'application'") == [("frontwatch",)]
        assert store.has_postgis()  # the test server runs as a superuser, with PostGIS installed
        names = {r[0] for r in rows(store, "SELECT indexname FROM pg_indexes WHERE tablename = 'events'")}
        assert {"events_geom", "events_page", "events_date"} <= names
    assert _column_type(pg_url, "events", "latitude") == "double precision"
    assert _column_type(pg_url, "events", "geonameid") == "bigint"
    assert _column_type(pg_url, "documents", "search_vector") == "tsvector"
    with open_store(pg_url) as again:  # reopening changes nothing
        assert rows(again, "SELECT COUNT(*) FROM schema_migrations") == [(SCHEMA_VERSION,)]


def test_coordinates_round_trip_in_double_precision_and_feed_the_geometry(pg_store: SqliteStore) -> None:
    store = pg_store
    doc = make_document()
    event = make_event(doc, latitude=49.123456789012, longitude=36.987654321098)
    store.save_document(doc, [event])
    assert next(store.events()).latitude == 49.123456789012
    [(x, y)] = rows(store, "SELECT ST_X(geom), ST_Y(geom) FROM events")
    assert (round(x, 9), round(y, 9)) == (36.987654321, 49.123456789)
    inside = "ST_MakeEnvelope(36, 49, 37, 50, 4326)"
    assert rows(store, f"SELECT COUNT(*) FROM events WHERE geom && {inside}") == [(1,)]


def test_bounding_boxes_can_use_the_spatial_index(pg_store: SqliteStore) -> None:
    with open_reviewed_store(pg_store.url) as reviewed:  # type: ignore[attr-defined]
        assert reviewed.dialect.postgis
        sql, params = reviewed._selected("v.event_id", EventQuery(bbox=BBox(36, 49, 37, 50)))
        reviewed._conn.execute("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in rows(reviewed, "EXPLAIN " + sql, tuple(params)))
    assert "events_geom" in plan


def test_plain_coordinates_where_postgis_cannot_be_created(pg_server: PgServer) -> None:
    pg_server.sql("DO $$ BEGIN CREATE ROLE fw_plain LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    url = pg_server.database().replace("postgres@", "fw_plain@")
    name = url.rsplit("/", 1)[1].split("?")[0]
    pg_server.sql(f"ALTER DATABASE {name} OWNER TO fw_plain")
    pg_server.sql("ALTER SCHEMA public OWNER TO fw_plain", name)
    with PostgresStore(url, clock=TickingClock()) as store:
        assert not store.has_postgis()  # postgis is not a trusted extension: only a superuser adds it
        doc = make_document()
        store.save_document(doc, [make_event(doc)])
        box = BBox(west=36.0, south=49.0, east=37.0, north=50.0)
        reviewed = open_reviewed_store(url)
        try:
            assert len(reviewed.event_points(EventQuery(bbox=box), limit=10)) == 1
        finally:
            reviewed.close()


def test_refuses_a_newer_schema(pg_url: str) -> None:
    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'later')")
    with pytest.raises(SchemaTooNew, match="999"):
        open_store(pg_url)


def test_refuses_another_programs_database(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE customers (id serial PRIMARY KEY, name text)")
    with pytest.raises(NotAFrontwatchDatabase, match="customers"):
        open_store(pg_url)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT to_regclass('documents')").fetchone() == (None,)


def test_missing_database_says_what_to_check(pg_server: PgServer) -> None:
    with pytest.raises(DatabaseUnavailable) as info:
        open_store(pg_server.url("no_such_database"))
    assert info.value.code == "FW407"
    assert "createdb" in info.value.hint


def test_url_forms() -> None:
    assert (
        display_url("postgresql://ann:s3cret@db.example:5433/fw") == "postgresql://ann:***@db.example:5433/fw"
    )
    assert display_url("postgresql:///fw?host=/run/pg") == "postgresql:///fw?host=/run/pg"
    assert display_url("postgresql://ann:p%40ss@h/fw") == "postgresql://ann:***@h/fw"
    assert display_url("postgresql://h/fw?user=ann&password=pw") == "postgresql://h/fw?user=ann&password=***"
    assert driver_url("postgres+psycopg://h/fw") == "postgresql://h/fw"
    assert driver_url("postgres://h/fw") == "postgresql://h/fw"
    assert search_terms("mobilis* NOT Kherson") == ("  -Kherson", "mobilis:*")


def test_lock_timeout_is_a_storage_fault_and_nothing_is_written(pg_server: PgServer) -> None:
    url = pg_server.migrated_database()
    with PostgresStore(url, busy_timeout=0.2, clock=TickingClock()) as store:
        before = dump(store)
        holder = psycopg.connect(url)
        try:  # another session updating the aggregates holds their lock
            holder.execute("SELECT pg_advisory_xact_lock(hashtextextended('frontwatch:aggregates', 0))")
            doc = make_document()
            with pytest.raises(StorageFault) as info:
                store.save_document(doc, [make_event(doc)])
            assert info.value.code == "FW403"
            assert "lock" in str(info.value)
        finally:
            holder.rollback()
            holder.close()
        assert dump(store) == before
        assert store.save_document(doc, [make_event(doc)]) is True  # the store works again


def test_lost_connection_is_a_storage_fault_and_the_document_stays_pending(pg_server: PgServer) -> None:
    url = pg_server.migrated_database()
    store = PostgresStore(url, clock=TickingClock())
    try:
        [(pid,)] = rows(store, "SELECT pg_backend_pid()")
        pg_server.sql(f"SELECT pg_terminate_backend({int(pid)})")
        doc = make_document()
        with pytest.raises(StorageFault):
            store.save_document(doc, [make_event(doc)])
    finally:
        store.close()
    with PostgresStore(url) as fresh:
        assert not fresh.has_document(doc.document_hash)


def test_statement_timeout_is_a_query_timeout(pg_server: PgServer) -> None:
    url = pg_server.migrated_database()
    with open_reviewed_store(url, query_ms=50) as store:
        with pytest.raises(QueryTimeout), store.bounded("wait"):
            store._conn.execute("SELECT pg_sleep(2)")
        assert store.event_page(EventQuery(), limit=5).events == []  # the limit is lifted after
        assert rows(store, "SELECT current_setting('statement_timeout')") == [("0",)]


def test_unicode_case_folding_in_filters(store: SqliteStore) -> None:
    doc = make_document()
    store.save_document(doc, [make_event(doc, location="Харків", admin1="Харківська", country="Україна")])
    assert len(list(store.events(EventFilter(place="харків")))) == 1
    assert len(list(store.events(EventFilter(place="УКРАЇНА")))) == 1
    assert list(store.events(EventFilter(place="київ"))) == []


def _fill(store: SqliteStore) -> None:
    """Documents whose orders depend on NULLs, ties and non-ASCII text."""
    for i, (date, side, place) in enumerate(
        [
            (None, None, "Ізюм"),
            ("2024-03-02", "Ukraine", "Kharkiv"),
            ("2024-03-02", None, "kharkiv"),
            ("2024-03-01", "Russia", "Zaporizhzhia"),
            (None, "Russia", "Odesa"),
            ("2024-02-28", "Ukraine", "Izium"),
        ]
    ):
        doc = make_document(f"Report {i} from {place}.", doc_id=f"d{i}", title=f"Report {i}")
        events = [
            make_event(doc, k, event_date=date, claimant_side=side, claimant=None if side is None else "x",
                       location=place)
            for k in range(2)
        ]  # fmt: skip
        store.save_document(doc, events)
    store.save_rejection(Rejection("r1", "in/r.bin", "FW102", "binary"))


def test_same_answers_as_sqlite(tmp_path: Path, pg_server: PgServer) -> None:
    """The same data in both engines reads back identically: orders, pages, filters, summaries."""
    with (
        SqliteStore(str(tmp_path / "a.db"), clock=TickingClock()) as lite,
        PostgresStore(pg_server.migrated_database(), clock=TickingClock()) as pg,
    ):
        _fill(lite)
        _fill(pg)
        assert list(lite.events()) == list(pg.events())
        for flt in (EventFilter(place="izi"), EventFilter(date_from="2024-03-01"), EventFilter(limit=3)):
            assert list(lite.events(flt)) == list(pg.events(flt))
        assert lite.summary() == pg.summary()
        assert [h.document_hash for h in lite.search("Report")] != []
        assert {h.document_hash for h in lite.search("kharkiv")} == {
            h.document_hash for h in pg.search("kharkiv")
        }
    lite_r = open_reviewed_store(str(tmp_path / "a.db"))
    pg_r = open_reviewed_store(pg.url)
    try:
        event_id = lite_r.reviewed_events(EventQuery(), limit=1)[0].event.event_id
        moved_id = lite_r.reviewed_events(EventQuery(), limit=3)[2].event.event_id
        for reviewed in (lite_r, pg_r):
            reviewed.review_event(event_id, ReviewRequest("correct", {"event_date": "2024-01-01"}), "ann")
            reviewed.review_event(
                moved_id, ReviewRequest("correct", {"latitude": 10.0, "longitude": 10.0}), "bo"
            )
        pages: list[list[list[str]]] = [[], []]
        for n, reviewed in enumerate((lite_r, pg_r)):
            cursor = None
            while True:
                page = reviewed.event_page(EventQuery(), limit=5, cursor=cursor)
                pages[n].append([e.event.event_id for e in page.events])
                cursor = page.next_cursor
                if cursor is None:
                    break
        assert pages[0] == pages[1]
        assert len(pages[0]) == 3
        query = EventQuery(date_from="2024-01-01", date_to="2024-03-01")
        assert [e.event.event_id for e in lite_r.reviewed_events(query, limit=50)] == [
            e.event.event_id for e in pg_r.reviewed_events(query, limit=50)
        ]
        assert lite_r.day_counts(EventQuery()) == pg_r.day_counts(EventQuery())
        for box in (BBox(36, 49, 37, 50), BBox(9, 9, 11, 11), BBox(30, 40, 20, 60), BBox(170, 40, -170, 60)):
            found = [
                [e.event.event_id for e in r.reviewed_events(EventQuery(bbox=box), limit=50)]
                for r in (lite_r, pg_r)
            ]
            assert found[0] == found[1]
        assert [
            e.event.event_id for e in pg_r.reviewed_events(EventQuery(bbox=BBox(9, 9, 11, 11)), limit=9)
        ] == [moved_id]
        assert lite_r.place_counts("kh", limit=5) == pg_r.place_counts("kh", limit=5)
        assert lite_r.event_points(EventQuery(), limit=50) == pg_r.event_points(EventQuery(), limit=50)
        assert [a.event_id for a in lite_r.audit_trail()] == [a.event_id for a in pg_r.audit_trail()]
        text = EventQuery(text="Report 3")
        assert [e.event.event_id for e in lite_r.reviewed_events(text, limit=9)] == [
            e.event.event_id for e in pg_r.reviewed_events(text, limit=9)
        ]
    finally:
        lite_r.close()
        pg_r.close()


def test_concurrent_reviews_of_one_event_merge(pg_server: PgServer) -> None:
    url = pg_server.migrated_database()
    with PostgresStore(url) as store:
        doc = make_document()
        store.save_document(doc, [make_event(doc)])
        event_id = make_event(doc).event_id
    fields = ["fatalities", "location", "actor2", "claimant"]
    values = {"fatalities": 5, "location": "Kupiansk", "actor2": None, "claimant": "mayor"}
    errors: list[BaseException] = []

    def edit(name: str) -> None:
        try:
            with open_reviewed_store(url) as reviewed:
                reviewed.review_event(event_id, ReviewRequest("correct", {name: values[name]}), name)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=edit, args=(name,)) for name in fields]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_reviewed_store(url) as reviewed:
        item = reviewed.reviewed_event(event_id)
        assert item is not None and item.review is not None
        assert item.review.fields == values
        assert len(reviewed.audit_trail(event_id)) == len(fields)


def test_without_the_driver_a_postgresql_url_is_fw404(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = ("frontwatch.store.postgres", "frontwatch.store.reviewed_postgres")
    loaded = [m for m in sys.modules if m.split(".")[0] == "psycopg" or m.startswith(ours)]
    for name in loaded:  # restored after the test
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # what `import psycopg` meets when it is not installed
    with pytest.raises(PostgresNotSupported) as info:
        open_store("postgresql://ann:secret@db.example/fw")
    assert info.value.code == "FW404"
    assert "pip install psycopg" in info.value.hint
    assert "secret" not in str(info.value)
    with pytest.raises(PostgresNotSupported):
        open_reviewed_store("postgresql://ann@db.example/fw")


def test_a_long_text_of_distinct_words_is_stored_and_searchable(pg_store: SqliteStore) -> None:
    words = " ".join(f"w{i:06d}x" for i in range(120_000))  # about a million characters, all distinct
    doc = make_document(f"Kharkiv dispatch. {words}", doc_id="long")
    assert pg_store.save_document(doc, [])
    assert [h.document_hash for h in pg_store.search("w000001x")] == [doc.document_hash]
