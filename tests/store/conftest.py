from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.store.sqlite import SqliteStore

from .factories import TickingClock


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "fw.db")


@pytest.fixture
def store(db_path: str) -> Iterator[SqliteStore]:
    with SqliteStore(db_path, clock=TickingClock()) as opened:
        yield opened
