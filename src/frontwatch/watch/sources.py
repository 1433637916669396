"""What a poll finds in each watched source: a feed URL, a feed (or other) file, or a folder.

Listing is cheap and bounded (a feed body under the size cap, a folder's file names); the articles
themselves are fetched and read only when the run pulls them, one at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from frontwatch.config import Limits
from frontwatch.errors import InputError, UnreadablePath
from frontwatch.ingest import read_file
from frontwatch.ingest.files import read_bounded, regular_file_size, reject
from frontwatch.ingest.folders import walk_folder
from frontwatch.ingest.sniff import FEED_EXTENSIONS, HEAD_BYTES, sniff_content, suffix_of
from frontwatch.model import RawDocument, Rejection
from frontwatch.store.watch_state import SourceState, WatchState
from frontwatch.watch.articles import Entry, entry_document, feed_entries
from frontwatch.watch.fetch import Fetcher

Documents = Callable[[], Iterator[RawDocument | Rejection]]


@dataclass(frozen=True)
class Item:
    """A unit the watch remembers: a feed entry or a file in a folder."""

    source: str
    key: str
    documents: Documents


@dataclass
class Listing:
    """What one poll of a source found, and the validators to keep once its items are done."""

    source: str
    state: SourceState
    items: list[Item] = field(default_factory=list)
    problem: Rejection | None = None


def is_url(source: str) -> bool:
    return "://" in source


def list_source(source: str, state: WatchState, fetcher: Fetcher, limits: Limits) -> Listing:
    """The pending items of `source` (never those already done) or the problem that stopped it."""
    known = state.source(source)
    try:
        if is_url(source):
            return _list_url(source, known, state, fetcher, limits)
        path = Path(source)
        if path.is_dir():
            return _list_folder(source, path, known, state, limits)
        return _list_file(source, path, known, state, fetcher, limits)
    except InputError as exc:
        return Listing(source, known, problem=reject(source, source, exc))


def _list_url(
    source: str, known: SourceState, state: WatchState, fetcher: Fetcher, limits: Limits
) -> Listing:
    response = fetcher.get(source, etag=known.etag, last_modified=known.last_modified)
    if response.not_modified:
        return Listing(source, known)
    fresh = SourceState(source, etag=response.etag, last_modified=response.last_modified)
    return _from_feed(source, fresh, response.body, state, fetcher, limits)


def _from_feed(
    source: str, fresh: SourceState, data: bytes, state: WatchState, fetcher: Fetcher, limits: Limits
) -> Listing:
    entries = feed_entries(source, data, limits)
    if isinstance(entries, Rejection):
        return Listing(source, fresh, problem=entries)
    items = [
        Item(source, entry.key, _entry_loader(entry, fetcher, limits))
        for entry in entries
        if state.is_pending(source, entry.key)
    ]
    return Listing(source, fresh, items)


def _entry_loader(entry: Entry, fetcher: Fetcher, limits: Limits) -> Documents:
    return lambda: iter([entry_document(entry, fetcher, limits)])


def _fingerprint(path: Path) -> str:
    info = path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


def _list_file(
    source: str, path: Path, known: SourceState, state: WatchState, fetcher: Fetcher, limits: Limits
) -> Listing:
    """A file: unchanged since the last poll, nothing; a feed, its new entries; else one item."""
    size = regular_file_size(path)
    try:
        fingerprint = _fingerprint(path)
    except OSError as exc:
        raise UnreadablePath(f"{source}: cannot be read ({exc.strerror or exc}).") from None
    if fingerprint == known.fingerprint:
        return Listing(source, known)
    fresh = SourceState(source, fingerprint=fingerprint)
    if suffix_of(path) in FEED_EXTENSIONS or _looks_like_feed(path, size):
        data = read_bounded(path, min(limits.max_file_bytes, limits.max_feed_bytes))
        return _from_feed(source, fresh, data, state, fetcher, limits)
    items = (
        [Item(source, fingerprint, _file_loader(path, limits))]
        if state.is_pending(source, fingerprint)
        else []
    )
    return Listing(source, fresh, items)


def _looks_like_feed(path: Path, size: int) -> bool:
    if size == 0:
        return False
    with path.open("rb") as handle:
        return sniff_content(handle.read(HEAD_BYTES)) == "feed"


def _file_loader(path: Path, limits: Limits) -> Documents:
    return lambda: read_file(path, limits)


def _list_folder(source: str, folder: Path, known: SourceState, state: WatchState, limits: Limits) -> Listing:
    """Files not seen before in this state (a changed file counts as new); problems met while
    walking are items too, so each is reported once rather than at every poll."""
    items: list[Item] = []
    for found in walk_folder(folder, limits):
        if isinstance(found, Rejection):
            key = f"rejected:{found.code}:{found.doc_id}"
            item = Item(source, key, _given(found))
        else:
            try:
                key = f"{found.relative_to(folder)}:{_fingerprint(found)}"
            except OSError:
                continue  # removed since it was listed: nothing to do
            item = Item(source, key, _file_loader(found, limits))
        if state.is_pending(source, key):
            items.append(item)
    return Listing(source, known, items)


def _given(rejection: Rejection) -> Documents:
    return lambda: iter([rejection])
