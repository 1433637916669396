"""Reviews in the store: they survive re-ingest and re-extraction, export as gold data, and every
read runs under the time limit. Tokens are kept hashed."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from frontwatch.cli import main
from frontwatch.errors import QueryTimeout, UnknownToken
from frontwatch.evaluate.gold import load_gold
from frontwatch.runner import Coded, Pipeline
from frontwatch.store.review_model import EventQuery, ReviewRequest
from frontwatch.store.reviewed import open_reviewed_store

from .live import STORIES, LiveServer, request

STORY = STORIES / "2022-09-10-kupiansk.txt"


@pytest.fixture
def copy(coded_db: tuple[Path, str], tmp_path: Path) -> Path:
    target = tmp_path / "copy.db"
    shutil.copyfile(coded_db[0], target)
    return target


def test_corrections_survive_reingest_and_reextraction(copy: Path, pipeline: Pipeline) -> None:
    [coded] = [r for r in pipeline.run([STORY]) if isinstance(r, Coded)]
    event_id = coded.events[0].event_id
    with open_reviewed_store(str(copy)) as store:
        store.review_event(event_id, ReviewRequest.parse("correct", {"actor1": "Wagner Group"}), "alice")
        store.save_document(coded.document, coded.events)  # re-ingest: nothing changes
        newer = [replace(e, extractor_version="next", confidence=0.11) for e in coded.events]
        store.save_document(coded.document, newer)  # re-extraction replaces the rows
        item = store.reviewed_event(event_id)
    assert item is not None
    assert item.event.extractor_version == "next"
    assert item.event.actor1 == "Wagner Group"
    assert item.status == "corrected"


def test_every_read_runs_under_the_time_limit(copy: Path) -> None:
    with open_reviewed_store(str(copy), query_ms=0) as store, pytest.raises(QueryTimeout) as caught:
        store.progress_steps = 10  # this database is small: look at the clock often
        store.day_counts(EventQuery())
    assert caught.value.code == "FW603"
    with open_reviewed_store(str(copy), query_ms=5000) as store:
        assert store.day_counts(EventQuery())


def test_gold_export_holds_fully_reviewed_documents(
    copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_reviewed_store(str(copy)) as store:
        events = [e.event for e in store.reviewed_events(EventQuery(text="Kupiansk Izium"), limit=100)]
        document_hash = events[0].document_hash
        story = store.reviewed_events(EventQuery(document_hash=document_hash), limit=100)
        first, *rest = [e.event for e in story]
        store.review_event(first.event_id, ReviewRequest.parse("correct", {"fatalities": 3}), "alice")
        for event in rest[:-1]:
            store.review_event(event.event_id, ReviewRequest.parse("accept", {}), "alice")
        partial_gold = tmp_path / "partial.jsonl"
        assert main(["review", "export", "--db", str(copy), "--out", str(partial_gold), "--partial"]) == 0
        if rest:
            store.review_event(rest[-1].event_id, ReviewRequest.parse("reject", {}), "bob")
    gold_file = tmp_path / "gold.jsonl"
    assert main(["review", "export", "--db", str(copy), "--out", str(gold_file)]) == 0
    [record] = load_gold(gold_file)
    assert record.text is not None and first.evidence in record.text
    assert len(record.events) == len(story) - (1 if rest else 0)
    assert {e["fatalities"] for e in record.events if e["evidence"] == first.evidence} >= {3}
    assert len(load_gold(partial_gold)[0].events) == len(story)


def test_tokens_are_stored_hashed_and_can_be_revoked(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["token", "create", "bob", "--db", str(copy)]) == 0
    token = capsys.readouterr().out.strip()
    assert len(token) >= 40
    with sqlite3.connect(copy) as conn:
        stored = [r[0] for r in conn.execute("SELECT token_hash FROM api_tokens")]
    assert token not in stored and len(stored) == 2
    with open_reviewed_store(str(copy)) as store:
        assert store.token_owner(token) == "bob"
    assert main(["token", "create", "bob", "--db", str(copy)]) == 2  # the name is taken
    assert main(["token", "list", "--db", str(copy)]) == 0
    assert "bob\t" in capsys.readouterr().out
    assert main(["token", "revoke", "bob", "--db", str(copy)]) == 0
    with open_reviewed_store(str(copy)) as store:
        assert store.token_owner(token) is None
        with pytest.raises(UnknownToken):
            store.revoke_token("bob")


def test_reading_needs_a_token_off_loopback_unless_public(copy: Path, token: str) -> None:
    """The policy follows the address the settings name; the test server still listens on loopback."""
    script = (
        "import sys, uvicorn; from frontwatch.api import ApiSettings, create_app; "
        "public = sys.argv[2] == 'public'; "
        "app = create_app(ApiSettings(db=sys.argv[1], host='192.0.2.10', public=public)); "
        "uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[-1]), log_level='warning')"
    )
    closed = LiveServer([sys.executable, "-c", script, str(copy), "closed"])
    try:
        assert request(f"{closed.base}/api/events").status == 401
        reply = request(f"{closed.base}/api/events", headers={"X-Frontwatch-Token": token})
        assert reply.status == 200
        assert request(f"{closed.base}/").status == 200  # the page itself, then it asks for a token
    finally:
        closed.stop()
    public = LiveServer([sys.executable, "-c", script, str(copy), "public"])
    try:
        assert request(f"{public.base}/api/events").status == 200
    finally:
        public.stop()
