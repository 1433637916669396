"""Atomic file writing: write a temporary file beside the target, fsync it, then rename over the target.

A reader never sees a half-written export, and an interrupted export leaves the old file in place.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, TextIO

Target = str | os.PathLike[str] | TextIO


def _default_mode() -> int:
    """The mode a new file would get under the current umask (mkstemp always creates 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_write(path: str | os.PathLike[str], *, newline: str | None = None) -> Iterator[TextIO]:
    """Open a UTF-8 text file that replaces `path` only when the block ends without an error."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = _default_mode()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable (not possible on every platform; skipped where it is not)."""
    if sys.platform.startswith("win"):
        return
    with suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def open_target(target: Target, *, newline: str | None = None) -> Iterator[IO[str]]:
    """A path is written atomically; an open text stream (e.g. sys.stdout) is written as it is."""
    if isinstance(target, str | os.PathLike):
        with atomic_write(target, newline=newline) as handle:
            yield handle
    else:
        yield target
        target.flush()
