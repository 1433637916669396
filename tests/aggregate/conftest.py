"""Fixtures for the aggregates: the hand-labelled incident reports coded once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.model import Document, Event
from frontwatch.runner import Coded, Pipeline
from frontwatch.store.sqlite import SqliteStore

INCIDENTS = Path(__file__).resolve().parents[2] / "examples" / "incidents"


@pytest.fixture(scope="session")
def coded_reports(pipeline: Pipeline) -> list[tuple[Document, list[Event]]]:
    """The example incident reports, coded by the real pipeline (once per session)."""
    out = [
        (r.document, r.events) for r in pipeline.run([INCIDENTS / "reports.jsonl"]) if isinstance(r, Coded)
    ]
    assert out, "no incident report was coded"
    return out


def fill(store: SqliteStore, coded: list[tuple[Document, list[Event]]]) -> None:
    for document, events in coded:
        store.save_document(document, events)


@pytest.fixture
def report_store(tmp_path: Path, coded_reports: list[tuple[Document, list[Event]]]) -> Iterator[SqliteStore]:
    """A fresh database holding the coded reports, not yet aggregated."""
    with SqliteStore(tmp_path / "reports.db") as store:
        fill(store, coded_reports)
        yield store
