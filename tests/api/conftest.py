"""One coded database per session, copied for each test module's own live server (so reviews
made by one module do not change what another reads)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.runner import Pipeline

from .live import LiveServer, build_database


@pytest.fixture(scope="session")
def coded_db(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A database of the sample stories and the hostile story, and a review token for alice."""
    return build_database(pipeline, tmp_path_factory.mktemp("api-db"))


@pytest.fixture(scope="module")
def db(coded_db: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("api-db-copy") / "served.db"
    shutil.copyfile(coded_db[0], copy)
    return copy


@pytest.fixture(scope="module")
def token(coded_db: tuple[Path, str]) -> str:
    return coded_db[1]


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[LiveServer]:
    live = LiveServer.serve(db, "--page-max", "50")
    yield live
    live.stop()
