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
    visited: set[tuple[int, int]] = {(root_info.st_dev, root_info.st_ino)}
    try:
        stack: list[Iterator[os.DirEntry[str]]] = [iter(_sorted_entries(folder))]
    except OSError as exc:
        yield reject(
            label, label, UnreadablePath(f"{label}: folder cannot be listed ({exc.strerror or exc}).")
        )
        return
    bases: list[Path] = [folder]
    count = 0
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            bases.pop()
            continue
        if is_hidden(entry.name):
            continue
        path = bases[-1] / entry.name
        shown = str(path)
        try:
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    yield reject(
                        shown, shown, UnreadablePath(f"{shown}: a link to nothing (or a link loop).")
                    )
                    continue
                if not _inside(target, root):
                    yield reject(
                        shown,
                        shown,
                        UnsafePath(f"{shown}: links to {target}, outside {label}; not followed."),
                    )
                    continue
            info = os.stat(path)
        except OSError as exc:
            yield reject(shown, shown, UnreadablePath(f"{shown}: cannot be read ({exc.strerror or exc})."))
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in visited:
                continue
            visited.add(key)
            try:
                stack.append(iter(_sorted_entries(path)))
            except OSError as exc:
                yield reject(
                    shown, shown, UnreadablePath(f"{shown}: folder cannot be listed ({exc.strerror or exc}).")
                )
                continue
            bases.append(path)
            continue
        if not stat.S_ISREG(info.st_mode):
            yield reject(shown, shown, UnreadablePath(f"{shown}: not a regular file; skipped."))
            continue
        if count >= limits.max_folder_files:
            message = f"{label}: more than {limits.max_folder_files} files; the rest were not read."
            yield reject(label, label, TooLarge(message))
            return
        count += 1
        yield path
