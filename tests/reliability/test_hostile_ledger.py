"""The whole catalogue in one folder beside a good story, ingested into a real database: the batch
goes on, every kept document is stored, every rejection and notice is in the ledger, no row is lost.
And the databases a user may point --db at by mistake are refused with their codes."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from frontwatch.errors import FrontwatchError
from frontwatch.ingest import read_paths
from frontwatch.ingest.repair import MAX_RUN_CHARS
from frontwatch.model import Rejection
from frontwatch.runner import Coded, Pipeline, Result
from frontwatch.runner.engines import LocalEngine
from frontwatch.runner.ingest_run import run_into_store
from frontwatch.store import open_store

from .hostile_cases import BY_NAME, CASES, STORY

# The parser's cost grows with the text: the 400 kB regex case is replayed without it.
_HEAVY = {"regex-backtracking"}


def test_hostile_folder_keeps_the_good_story_and_records_every_outcome(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    for case in CASES:
        if case.name not in _HEAVY:
            (corpus / case.name).mkdir(parents=True)
            case.build(corpus / case.name)
    (corpus / "good.txt").write_text(STORY.replace("Kharkiv", "Izium"), encoding="utf-8")
    reported: list[dict[str, str]] = []
    stored: set[str] = set()  # sources of the documents written (same text, same row: identity is content)

    def written(result: Result, safe: bool) -> None:
        if isinstance(result, Coded) and safe:
            stored.add(result.document.source)

    with open_store(str(tmp_path / "ledger.db")) as store:
        engine = LocalEngine(pipeline.limits, pipeline)
        items = read_paths([corpus])
        tally = run_into_store(
            store, engine, items, command="ingest", report=reported.append, written=written
        )
        ledger = store.rejections()
        events = list(store.events())
    assert events, "the good story and the kept cases give events"
    for event in events:  # "latitude": 999 in a record never reaches an event
        assert event.latitude is None or -90 <= event.latitude <= 90
        assert event.longitude is None or -180 <= event.longitude <= 180
    assert tally.pending == 0
    assert str(corpus / "good.txt") in stored
    codes_by_case = {case.name: {r.code for r in ledger if f"/{case.name}/" in r.source} for case in CASES}
    for case in CASES:
        if case.name in _HEAVY:
            continue
        assert codes_by_case[case.name] == set(case.codes), case.name
        kept = any(f"/{case.name}/" in source for source in stored)
        assert kept == (case.outcome != "rejected"), case.name
    assert len(ledger) == tally.rejected == len(reported)


def test_a_megabyte_sentence_is_coded_in_seconds(pipeline: Pipeline, tmp_path: Path) -> None:
    """Without the run-on guard the parser took over a minute on it (the NLP limit is 1,000,000
    characters); the rest of the run is set aside and coding takes seconds."""
    BY_NAME["megabyte-sentence"].build(tmp_path)
    started = time.perf_counter()
    result, notice = list(pipeline.run([tmp_path / "sentence.txt"]))
    assert time.perf_counter() - started < 20
    assert isinstance(result, Coded) and isinstance(notice, Rejection) and notice.code == "FW125"
    assert len(result.document.coded_text.split()) <= 2 * MAX_RUN_CHARS


def _newer_schema(path: Path) -> None:
    with open_store(str(path)):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (9999, '2100-01-01')")


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")


def _corrupt(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)


@pytest.mark.parametrize(
    ("make", "code"),
    [(_corrupt, "FW406"), (_foreign, "FW402"), (_newer_schema, "FW401")],
    ids=["corrupt", "foreign", "newer-schema"],
)
def test_a_database_that_is_not_ours_is_refused_with_its_code(
    make: object, code: str, tmp_path: Path
) -> None:
    path = tmp_path / "given.db"
    make(path)  # type: ignore[operator]
    before = path.read_bytes()
    with pytest.raises(FrontwatchError) as raised:
        open_store(str(path)).close()
    assert raised.value.code == code
    assert path.read_bytes() == before  # refused, not "repaired"


def test_rejections_are_records_not_exceptions(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    [item] = list(read_paths([missing]))
    assert isinstance(item, Rejection) and item.code == "FW108"
