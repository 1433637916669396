"""Bounded file reading and the conversion of input errors into rejections."""

from __future__ import annotations

import stat
from pathlib import Path

from frontwatch.errors import InputError, TooLarge, UnreadablePath
from frontwatch.model import Rejection


def reject(doc_id: str, source: str, error: InputError) -> Rejection:
    """The rejection record for `error`, keeping its stable code, message and hint."""
    return Rejection(doc_id=doc_id, source=source, code=error.code, message=error.message, hint=error.hint)


def regular_file_size(path: Path) -> int:
    """The size of a regular file, from `stat` alone (nothing is read).

    Raises UnreadablePath for a missing path or anything that is not a regular file
    (a FIFO or a device would block or never end)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise UnreadablePath(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnreadablePath(f"{path}: not a regular file.")
    return info.st_size


def check_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise TooLarge(f"{path}: {size} bytes, over the limit of {limit} bytes; not read.")


def read_head(path: Path, count: int) -> bytes:
    """The first `count` bytes of a file (fewer if it is shorter)."""
    try:
        with path.open("rb") as handle:
            return handle.read(count)
    except OSError as exc:
        raise UnreadablePath(f"{path}: cannot be read ({exc.strerror or exc}).") from None


def read_bounded(path: Path, limit: int) -> bytes:
    """The whole file, reading at most `limit` + 1 bytes: a file that grew past the
    limit since it was measured is refused rather than read to its end."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UnreadablePath(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    if len(data) > limit:
        raise TooLarge(f"{path}: over the limit of {limit} bytes; not read.")
    return data


def is_hidden(name: str) -> bool:
    return name.startswith(".")
