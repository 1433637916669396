from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.export import atomic_write, write_acled_csv, write_geojson, write_jsonl
from frontwatch.model import Event

from .factories import make_document, make_event

DOC = make_document()


def failing() -> Iterator[Event]:
    yield make_event(DOC, 0)
    raise RuntimeError("extraction broke halfway")


@pytest.mark.parametrize("writer", [write_jsonl, write_geojson, write_acled_csv])
def test_failed_export_keeps_the_old_file(tmp_path: Path, writer: object) -> None:
    target = tmp_path / "out"
    target.write_text("old content\n")
    with pytest.raises(RuntimeError):
        writer(failing(), target)  # type: ignore[operator]
    assert target.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary file left


def test_replaces_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "events.jsonl"
    target.write_text("old\n")
    os.chmod(target, 0o640)
    write_jsonl([make_event(DOC)], target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text().startswith("{")


def test_new_file_is_not_private(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    with atomic_write(target) as out:
        out.write("x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
