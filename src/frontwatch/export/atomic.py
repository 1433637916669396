"""Atomic file writing: write a temporary file beside the target, fsync it, rename it over the
target, fsync the folder.

A reader never sees a half-written export, and an interrupted export leaves the old file in place.
A process killed mid-export cannot remove its temporary file (`.NAME.PID.XXXX.tmp`); the next export
to the same target that completes removes those whose process is gone, and keeps those of exports
still running.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, TextIO

Target = str | os.PathLike[str] | TextIO
TEMP_SUFFIX = ".tmp"
_PID_AND_RANDOM = re.compile(r"(\d+)\.[a-z0-9_]{8}")  # what mkstemp puts between prefix and suffix


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
    fd, tmp_name = tempfile.mkstemp(
        prefix=_temp_prefix(target.name, os.getpid()), suffix=TEMP_SUFFIX, dir=directory
    )
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
    remove_stale_temporaries(target)


def _temp_prefix(name: str, pid: int) -> str:
    return f".{name}.{pid}."


def _writer_pid(temp_name: str, name: str) -> int | None:
    """The process id in a temporary file name of this target, or None for any other file."""
    head = f".{name}."
    if not (temp_name.startswith(head) and temp_name.endswith(TEMP_SUFFIX)):
        return None
    match = _PID_AND_RANDOM.fullmatch(temp_name[len(head) : -len(TEMP_SUFFIX)])
    return int(match.group(1)) if match else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user
        return True
    return True


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files that exports of `path` killed mid-write left beside it (those
    whose process is gone); returns what was removed."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    removed = []
    for entry in directory.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}"):
        pid = _writer_pid(entry.name, target.name)
        if pid is None or pid == os.getpid() or _alive(pid):
            continue
        with suppress(FileNotFoundError):
            entry.unlink()
            removed.append(entry)
    return removed


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
