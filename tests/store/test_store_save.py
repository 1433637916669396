from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from frontwatch.errors import StorageFault, StoreError
from frontwatch.model import Rejection
from frontwatch.store.sqlite import SqliteStore

from .factories import TickingClock, dump, make_document, make_event, rows


def test_save_and_read_back(store: SqliteStore) -> None:
    doc = make_document()
    events = [make_event(doc, 0), make_event(doc, 1, event_type="Battles", sub_event_type="Armed clash")]
    assert store.save_document(doc, events) is True
    assert store.has_document(doc.document_hash)
    assert not store.has_document("nope")
    assert list(store.events()) == events
    assert store.document(doc.document_hash) == doc
    assert store.document("nope") is None


def test_document_without_optional_fields_round_trips(store: SqliteStore) -> None:
    doc = make_document(
        "Plain text.", published=None, dateline=None, dateline_span=None, title=None, boilerplate=()
    )
    assert store.save_document(doc, [])
    assert store.document(doc.document_hash) == doc


def test_resave_same_events_changes_nothing(store: SqliteStore) -> None:
    doc = make_document()
    events = [make_event(doc, 0), make_event(doc, 1, extra={"source": "AP", "tags": ["a", "b"]})]
    assert store.save_document(doc, events) is True
    before = dump(store)
    assert store.save_document(doc, events) is False
    assert store.save_document(doc, list(events)) is False
    assert dump(store) == before


def test_changed_events_replace_old_ones(store: SqliteStore) -> None:
    doc = make_document()
    old = [make_event(doc, i) for i in range(3)]
    store.save_document(doc, old)
    [(first_seen,)] = rows(store, "SELECT first_seen FROM documents")
    new = [
        make_event(doc, 0, extractor_version="2.0", fatalities=3),
        make_event(doc, 5, extractor_version="2.0"),
    ]
    assert store.save_document(doc, new) is False
    assert store.events_count() == 2
    assert list(store.events()) == new
    [(version, seen)] = rows(store, "SELECT extractor_version, first_seen FROM documents")
    assert version == "2.0"
    assert seen == first_seen
    # and once more, unchanged
    before = dump(store)
    assert store.save_document(doc, new) is False
    assert dump(store) == before


def test_saving_no_events_clears_them(store: SqliteStore) -> None:
    doc = make_document()
    store.save_document(doc, [make_event(doc)])
    store.save_document(doc, [])
    assert store.events_count() == 0
    assert store.documents_count() == 1


def test_event_of_another_document_is_refused(store: SqliteStore) -> None:
    doc = make_document()
    other = make_document("Another text.")
    with pytest.raises(ValueError):
        store.save_document(doc, [make_event(other)])
    assert store.documents_count() == 0


def test_duplicate_event_id_rolls_back(store: SqliteStore) -> None:
    doc = make_document()
    store.save_document(doc, [make_event(doc)])
    before = dump(store)
    other = make_document("Another text about Izium.", doc_id="doc-2")
    clash = make_event(other, event_id=make_event(doc).event_id)
    with pytest.raises(StoreError) as info:
        store.save_document(other, [clash])
    assert "event_id" in info.value.hint
    assert dump(store) == before
    assert not store.has_document(other.document_hash)


def test_rejection_upsert(store: SqliteStore) -> None:
    rej = Rejection("doc-9", "in/a.bin", "FW102", "binary file", "hint")
    store.save_rejection(rej)
    first = dump(store)["rejections"]
    store.save_rejection(dataclasses.replace(rej, message="changed"))
    store.save_rejection(dataclasses.replace(rej, code="FW101"))
    assert len(dump(store)["rejections"]) == 2
    [(message, first_seen, last_seen)] = rows(
        store, "SELECT message, first_seen, last_seen FROM rejections WHERE code = 'FW102'"
    )
    assert message == "binary file"
    assert first_seen == first[0][5]
    assert last_seen > first_seen
    assert store.rejections() == [rej, dataclasses.replace(rej, code="FW101")]


def test_runs(store: SqliteStore) -> None:
    run = store.start_run("extract in/")
    assert run == 1
    assert store.start_run("extract other/") == 2
    store.finish_run(run, documents=3, events=7, rejections=1, status="ok")
    [row] = rows(
        store, "SELECT command, documents, events, rejections, status, finished_at FROM runs WHERE run_id = 1"
    )
    assert row[:5] == ("extract in/", 3, 7, 1, "ok")
    assert row[5] is not None
    with pytest.raises(StoreError):
        store.finish_run(99, documents=0, events=0, rejections=0, status="ok")


def test_locked_database_is_a_storage_fault(db_path: str) -> None:
    first = make_document()
    with SqliteStore(db_path, busy_timeout=0.05, clock=TickingClock()) as store:
        store.save_document(first, [make_event(first)])
        before = dump(db_path)
        locker = sqlite3.connect(db_path, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            doc = make_document("Fresh report from Kherson.", doc_id="doc-2")
            with pytest.raises(StorageFault) as info:
                store.save_document(doc, [make_event(doc)])
            assert info.value.code == "FW403"
            assert "locked" in str(info.value)
            with pytest.raises(StorageFault):
                store.save_rejection(Rejection("x", "y", "FW101", "empty"))
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        assert dump(db_path) == before
        # the store still works once the lock is gone
        assert store.save_document(doc, [make_event(doc)]) is True


def test_full_database_is_a_storage_fault_and_rolls_back(db_path: str) -> None:
    store = SqliteStore(db_path, clock=TickingClock())
    doc = make_document()
    store.save_document(doc, [make_event(doc)])
    before = dump(db_path)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    big = make_document("Long dispatch. " * 20000, doc_id="doc-big")
    with pytest.raises(StorageFault) as info:
        store.save_document(big, [make_event(big)])
    assert "full" in str(info.value)
    assert dump(db_path) == before
    assert not store.has_document(big.document_hash)
    store.close()
