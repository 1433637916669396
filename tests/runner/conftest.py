"""Engines started once per module: spawning workers costs seconds, so tests share them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.ingest import read_paths
from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Coded, Pipeline, Result
from frontwatch.runner.dask_engine import DaskEngine
from frontwatch.runner.engines import LocalEngine

STORIES = Path(__file__).resolve().parents[2] / "examples" / "stories"
STORY_NAMES = (
    "2022-09-10-kupiansk.txt",
    "2022-10-10-kyiv-missile-strikes.txt",
    "2023-07-08-omdurman-air-strike.txt",
    "2024-05-26-kharkiv-hypermarket-strike.txt",
    "2024-06-20-nairobi-finance-bill-protest.txt",
    "2024-11-03-srinagar-grenade.txt",
)


def story_paths() -> list[Path]:
    paths = [STORIES / name for name in STORY_NAMES]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        pytest.skip(f"example stories missing: {missing}")
    return paths


def raw_items(paths: list[Path]) -> list[RawDocument | Rejection]:
    return list(read_paths(paths))


def signature(results: list[Result]) -> list[tuple[str, str, list[dict[str, object]]]]:
    """What must not depend on the engine: each document's hash and its events, ids included."""
    out: list[tuple[str, str, list[dict[str, object]]]] = []
    for result in results:
        if isinstance(result, Coded):
            events = [e.as_dict() for e in result.events]
            out.append((result.document.doc_id, result.document.document_hash, events))
        else:
            out.append((result.doc_id, result.code, []))
    return out


@pytest.fixture(scope="session")
def local_results(pipeline: Pipeline) -> list[Result]:
    """The example stories coded in this process: the reference the other engines must match."""
    return list(LocalEngine(pipeline=pipeline).code(with_rejection()))


def with_rejection() -> list[RawDocument | Rejection]:
    """The example stories, and one input rejected before coding (it must pass through in order)."""
    return [*raw_items(story_paths()), Rejection("missing.txt", "missing.txt", "FW108", "no such file")]


@pytest.fixture(scope="module")
def dask_engine() -> Iterator[DaskEngine]:
    """Module scope: its scheduler and workers (each with the model loaded) end with the module that
    uses them, instead of idling through the rest of the session."""
    with DaskEngine(workers=2, partition_size=1) as engine:
        yield engine
