"""Ingest: files, folders, JSON Lines and feeds in; RawDocument records (or Rejections) out.

`read_paths` never raises for a bad input: each one becomes a Rejection with a stable code,
and the batch goes on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import InputError, UnreadableInput, UnreadablePath
from frontwatch.ingest.archives import DEFAULT_ARCHIVE_LIMITS, is_archive, read_archive
from frontwatch.ingest.content import read_content
from frontwatch.ingest.files import check_size, read_bounded, read_head, regular_file_size, reject
from frontwatch.ingest.folders import walk_folder
from frontwatch.ingest.html import fragment_text
from frontwatch.ingest.jsonl import read_jsonl
from frontwatch.ingest.repair import finished, safe_label
from frontwatch.ingest.sniff import (
    FEED_EXTENSIONS,
    HEAD_BYTES,
    HTML_EXTENSIONS,
    JSONL_EXTENSIONS,
    TEXT_EXTENSIONS,
    sniff,
    sniff_content,
    suffix_of,
)
from frontwatch.ingest.text import decode_bytes
from frontwatch.model import RawDocument, Rejection

__all__ = ["decode_bytes", "fragment_text", "read_file", "read_paths"]

_KNOWN = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | FEED_EXTENSIONS


def _read_file(path: Path, label: str, limits: Limits) -> Iterator[RawDocument | Rejection]:
    size = regular_file_size(path)
    if is_archive(path):
        check_size(path, size, DEFAULT_ARCHIVE_LIMITS.max_archive_bytes)
        yield from read_archive(path, label, limits)
        return
    suffix = suffix_of(path)
    if suffix in JSONL_EXTENSIONS:
        # Streamed and bounded per line, so the whole-file limit does not apply.
        yield from read_jsonl(path, label, limits)
        return
    if suffix and suffix not in _KNOWN and sniff_content(read_head(path, HEAD_BYTES)) is None:
        sniff(path, b"")  # raises UnsupportedFormat
    limit = limits.max_file_bytes
    if suffix in FEED_EXTENSIONS:
        limit = min(limit, limits.max_feed_bytes)
    check_size(path, size, limit)
    yield from read_content(path, label, read_bounded(path, limit), limits)


def read_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawDocument | Rejection]:
    """The documents in one file (several for JSON Lines and feeds), or Rejections."""
    label = safe_label(str(path))
    try:
        for item in _read_file(Path(path), label, limits):
            if isinstance(item, RawDocument):
                yield from finished(item)
            else:
                yield item
    except InputError as exc:
        yield reject(label, label, exc)
    except OSError as exc:
        yield reject(label, label, UnreadablePath(f"{label}: cannot be read ({exc.strerror or exc})."))
    except Exception as exc:  # last resort: one file must never end the batch
        yield reject(
            label, label, UnreadableInput(f"{label}: could not be read ({type(exc).__name__}: {exc}).")
        )


def read_paths(
    paths: Iterable[str | Path], limits: Limits = DEFAULT_LIMITS
) -> Iterator[RawDocument | Rejection]:
    """Every document in `paths` (files and folders), in order, streaming.

    Never raises for a bad input: a missing path, an unreadable, binary, empty, oversized or
    malformed file, an unsafe link, a bad JSON Lines record or feed entry each become a
    Rejection, and iteration continues with the next input."""
    for given in paths:
        label = safe_label(str(given))
        path = Path(given)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            yield reject(label, label, UnreadablePath(f"{label}: cannot be read ({exc})."))
            continue
        if not exists:
            yield reject(label, label, UnreadablePath(f"{label}: no such file or folder."))
            continue
        if not is_dir:
            yield from read_file(path if isinstance(given, Path) else label, limits)
            continue
        for item in walk_folder(path, limits):
            if isinstance(item, Rejection):
                yield item
            else:
                yield from read_file(item, limits)
