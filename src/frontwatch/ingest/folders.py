"""Walking a folder: recursive, sorted, hidden entries skipped, links kept inside the folder."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import TooLarge, UnreadablePath, UnsafePath
from frontwatch.ingest.files import is_hidden, reject
from frontwatch.model import Rejection

# A folder being walked: its path as the user would write it, and its remaining entries.
_Listing = tuple[Path, Iterator[os.DirEntry[str]]]


def _inside(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _sorted_entries(directory: Path) -> list[os.DirEntry[str]]:
    with os.scandir(directory) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def walk_folder(folder: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Path | Rejection]:
    """The files under `folder`, depth first, each folder's entries sorted by name.

    Hidden files and folders (name starting with ".") are skipped. A link is followed only when
    it resolves inside `folder` (otherwise a Rejection UnsafePath); a folder reached a second
    time through links is not walked again, so link loops end. An unreadable folder or a
    dangling link is a Rejection UnreadablePath. After `limits.max_folder_files` files the walk
    stops with a Rejection TooLarge. Yielded paths are `folder` joined with the relative path,
    so they read as the user wrote the folder."""
    label = str(folder)
    try:
        root = folder.resolve(strict=True)
        root_info = os.stat(root)
    except (OSError, RuntimeError) as exc:
        yield reject(label, label, UnreadablePath(f"{label}: cannot be read ({exc})."))
        return
    visited = {(root_info.st_dev, root_info.st_ino)}
    yield from _up_to_limit(_walk_entries(folder, root, visited), label, limits)


def _up_to_limit(items: Iterator[Path | Rejection], label: str, limits: Limits) -> Iterator[Path | Rejection]:
    """`items` until `limits.max_folder_files` files have passed; one more file ends the walk
    with a Rejection TooLarge."""
    count = 0
    for item in items:
        if isinstance(item, Path):
            if count >= limits.max_folder_files:
                message = f"{label}: more than {limits.max_folder_files} files; the rest were not read."
                yield reject(label, label, TooLarge(message))
                return
            count += 1
        yield item


def _walk_entries(folder: Path, root: Path, visited: set[tuple[int, int]]) -> Iterator[Path | Rejection]:
    """The regular files under `folder` and the rejections met on the way, depth first. Uses a
    stack of open listings rather than recursion, so deep trees cannot exhaust the call stack."""
    label = str(folder)
    try:
        stack = [_listing(folder)]
    except OSError as exc:
        yield _unlistable(label, exc)
        return
    while stack:
        base, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if is_hidden(entry.name):
            continue
        path = base / entry.name
        status = _entry_status(entry, path, root, label)
        if isinstance(status, Rejection):
            yield status
        elif stat.S_ISDIR(status.st_mode):
            problem = _descend(stack, path, status, visited)
            if problem is not None:
                yield problem
        elif stat.S_ISREG(status.st_mode):
            yield path
        else:
            shown = str(path)
            yield reject(shown, shown, UnreadablePath(f"{shown}: not a regular file; skipped."))


def _listing(directory: Path) -> _Listing:
    return directory, iter(_sorted_entries(directory))


def _unlistable(shown: str, exc: OSError) -> Rejection:
    return reject(shown, shown, UnreadablePath(f"{shown}: folder cannot be listed ({exc.strerror or exc})."))


def _entry_status(entry: os.DirEntry[str], path: Path, root: Path, label: str) -> os.stat_result | Rejection:
    """The status of `path` (an entry of a listing), following a link only when it stays inside
    `root`; a Rejection when it cannot be read or must not be followed."""
    shown = str(path)
    try:
        if entry.is_symlink():
            problem = _link_problem(path, root, label)
            if problem is not None:
                return problem
        return os.stat(path)
    except OSError as exc:
        return reject(shown, shown, UnreadablePath(f"{shown}: cannot be read ({exc.strerror or exc})."))


def _link_problem(path: Path, root: Path, label: str) -> Rejection | None:
    """Why the link `path` is not followed (dangling, a loop, or leading outside `root`), or None."""
    shown = str(path)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return reject(shown, shown, UnreadablePath(f"{shown}: a link to nothing (or a link loop)."))
    if not _inside(target, root):
        return reject(shown, shown, UnsafePath(f"{shown}: links to {target}, outside {label}; not followed."))
    return None


def _descend(
    stack: list[_Listing], path: Path, status: os.stat_result, visited: set[tuple[int, int]]
) -> Rejection | None:
    """Open folder `path` for walking unless it was reached before; a Rejection when it cannot
    be listed."""
    identity = (status.st_dev, status.st_ino)
    if identity in visited:
        return None
    visited.add(identity)
    try:
        stack.append(_listing(path))
    except OSError as exc:
        return _unlistable(str(path), exc)
    return None
