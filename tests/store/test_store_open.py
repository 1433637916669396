from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from frontwatch.errors import (
    CorruptDatabase,
    DatabaseUnavailable,
    NotAFrontwatchDatabase,
    SchemaTooNew,
    StoreError,
    UnsupportedDatabaseUrl,
)
from frontwatch.store import SCHEMA_VERSION, SqliteStore, open_store, sqlite_path
from frontwatch.store.schema import MIGRATIONS

from .factories import make_document, make_event


def test_migrates_an_empty_database(db_path: str) -> None:
    assert not Path(db_path).exists()
    with open_store(db_path) as store:
        assert store.documents_count() == 0
        assert store.events_count() == 0
    conn = sqlite3.connect(db_path)
    versions = conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert versions == [(m.version,) for m in MIGRATIONS]
    assert versions[-1] == (SCHEMA_VERSION,)
    assert conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone() == ("frontwatch",)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "events", "rejections", "runs", "documents_fts", "meta"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_connection_settings(sqlite_store: SqliteStore) -> None:
    conn = sqlite_store._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert conn.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
    assert conn.execute("PRAGMA busy_timeout").fetchone() == (10000,)


def test_reopen_keeps_data_and_does_not_migrate_again(db_path: str) -> None:
    doc = make_document()
    with open_store(db_path) as store:
        assert store.save_document(doc, [make_event(doc)])
    with open_store(f"sqlite:///{db_path}") as store:
        assert store.documents_count() == 1
        assert store.events_count() == 1
        assert store.document(doc.document_hash) == doc
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone() == (SCHEMA_VERSION,)
    conn.close()


def test_refuses_a_newer_schema(db_path: str) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew) as info:
        open_store(db_path)
    assert info.value.code == "FW401"
    assert "999" in str(info.value)


def test_refuses_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAFrontwatchDatabase) as info:
        open_store(str(path))
    assert info.value.code == "FW402"
    assert "customers" in str(info.value)
    assert path.read_bytes() == before  # not converted to WAL, not migrated


def test_refuses_a_meta_table_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('application', 'something-else')")
    conn.commit()
    conn.close()
    with pytest.raises(NotAFrontwatchDatabase):
        open_store(str(path))


def test_corrupt_file_is_a_store_error_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert isinstance(info.value, CorruptDatabase)
    assert info.value.code == "FW406"
    assert "backup" in info.value.hint


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are not the tables you are looking for\n" * 200)
    with pytest.raises(CorruptDatabase):
        open_store(str(path))


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with open_store(str(path)) as store:
        assert store.documents_count() == 0


def test_unreachable_postgresql_server_is_unavailable(tmp_path: Path) -> None:
    url = f"postgresql://user:secret@/fw?host={tmp_path}"  # no server listens in this folder
    with pytest.raises(DatabaseUnavailable) as info:
        open_store(url)
    assert info.value.code == "FW407"
    assert "secret" not in str(info.value)
    assert "running" in info.value.hint
    with pytest.raises(UnsupportedDatabaseUrl):
        sqlite_path(url)


def test_unknown_scheme() -> None:
    with pytest.raises(UnsupportedDatabaseUrl):
        open_store("mysql://localhost/fw")


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable):
        open_store(str(tmp_path / "nowhere" / "fw.db"))
    with pytest.raises(DatabaseUnavailable):
        open_store(str(tmp_path))


def test_sqlite_url_forms(tmp_path: Path) -> None:
    assert sqlite_path("fw.db") == "fw.db"
    assert sqlite_path("sqlite:///data/fw.db") == "data/fw.db"
    assert sqlite_path("sqlite:////srv/fw.db") == "/srv/fw.db"
    assert sqlite_path("sqlite://") == ":memory:"
    assert sqlite_path(":memory:") == ":memory:"
    with pytest.raises(UnsupportedDatabaseUrl):
        sqlite_path("sqlite://host/fw.db")
    with pytest.raises(UnsupportedDatabaseUrl):
        sqlite_path("")


def test_in_memory_store() -> None:
    doc = make_document()
    with open_store(":memory:") as store:
        assert store.save_document(doc, [make_event(doc)])
        assert store.events_count() == 1


def test_closed_store_refuses_work(db_path: str) -> None:
    store = open_store(db_path)
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        store.documents_count()


def test_pending_migrations_apply_in_order_and_a_failing_one_rolls_back(
    db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import frontwatch.store.sqlite as backend
    from frontwatch.store.schema import Migration

    open_store(db_path).close()
    current = MIGRATIONS[-1].version
    good = Migration(current + 1, "add a column", "ALTER TABLE runs ADD COLUMN host TEXT")
    bad = Migration(current + 2, "broken", "CREATE TABLE extra_table (x TEXT); SELECT * FROM no_such_table")
    monkeypatch.setattr(backend, "MIGRATIONS", (*MIGRATIONS, good, bad))
    monkeypatch.setattr(backend, "SCHEMA_VERSION", current + 2)
    with pytest.raises(StoreError, match="no_such_table"):
        open_store(db_path)
    conn = sqlite3.connect(db_path)
    applied = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert applied == [*(m.version for m in MIGRATIONS), current + 1]
    assert "host" in {r[1] for r in conn.execute("PRAGMA table_info(runs)")}
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "extra_table" not in tables
    conn.close()
    monkeypatch.setattr(backend, "MIGRATIONS", (*MIGRATIONS, good))
    monkeypatch.setattr(backend, "SCHEMA_VERSION", current + 1)
    with open_store(db_path) as store:
        assert store.events_count() == 0


def test_opening_an_up_to_date_database_needs_no_write_lock(db_path: str) -> None:
    open_store(db_path).close()
    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with SqliteStore(db_path, busy_timeout=0.05) as store:
            assert store.documents_count() == 0
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_sqlite_store_satisfies_the_protocol(db_path: str) -> None:
    from frontwatch.store import Store

    with open_store(db_path) as opened:
        store: Store = opened
        assert store.rejections_count() == 0
