"""News dumps as archives: `.gz`, `.zip`, `.tar`, `.tar.gz`/`.tgz`, read in place.

Members are never extracted to disk: each is decompressed into memory, up to a per-member cap,
and read like a file of its name; its path is only a label ("dump.zip!2022/kupiansk.txt").
Decompression stops at a total size cap, a member-count cap and a compression-ratio cap, so a
bomb costs a few megabytes of work. Members with absolute or ".." paths, links and devices are
skipped with FW130; an archive inside an archive is not opened."""

from __future__ import annotations

import gzip
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Protocol

from frontwatch.config import Limits
from frontwatch.errors import (
    ArchiveTooLarge,
    CorruptArchive,
    InputError,
    TooLarge,
    TooManyMembers,
    UnsafeArchiveMember,
    UnsupportedFormat,
)
from frontwatch.ingest.content import read_content
from frontwatch.ingest.files import reject
from frontwatch.model import RawDocument, Rejection

CHUNK = 1 << 16
_EOCD_SPAN = 22 + 65_535  # the end record and the longest comment


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on one archive: what it may expand to, how many members are read, and how much
    bigger than its compressed size it may grow (bombs are 1000:1 and more; text is 3-10:1)."""

    max_archive_bytes: int = 4 * 1024**3
    max_total_bytes: int = 512 * 1024**2
    max_members: int = 10_000
    max_ratio: int = 100
    min_ratio_bytes: int = 1024**2  # smaller members are never refused for their ratio


DEFAULT_ARCHIVE_LIMITS = ArchiveLimits()
_TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")
_ARCHIVE_SUFFIXES = (*_TAR_SUFFIXES, ".zip", ".gz")


def is_archive(path: PurePosixPath | Path) -> bool:
    return path.name.lower().endswith(_ARCHIVE_SUFFIXES)


Items = Iterator[RawDocument | Rejection]


def read_archive(
    path: Path, label: str, limits: Limits, bounds: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS
) -> Items:
    """The documents of every member of the archive at `path`, and a Rejection for each member
    that is unsafe, too big or unreadable. Raises InputError for an archive refused as a whole."""
    name = path.name.lower()
    try:
        if name.endswith(_TAR_SUFFIXES):
            yield from _tar_members(path, label, limits, bounds)
        elif name.endswith(".zip"):
            yield from _zip_members(path, label, limits, bounds)
        else:
            yield from _gzip_member(path, label, limits, bounds)
    except (tarfile.TarError, zipfile.BadZipFile, zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise CorruptArchive(f"{label}: damaged or not an archive ({type(exc).__name__}: {exc}).") from None


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _Budget:
    """The decompressed bytes still allowed for one archive."""

    def __init__(self, label: str, bounds: ArchiveLimits, compressed: int) -> None:
        self.label, self.bounds, self.compressed, self.used = label, bounds, max(compressed, 1), 0

    def charge(self, count: int) -> None:
        self.used += count
        if self.used > self.bounds.max_total_bytes:
            raise ArchiveTooLarge(f"{self.label}: expands past {self.bounds.max_total_bytes} bytes; stopped.")
        if self.used > self.bounds.min_ratio_bytes and self.used > self.compressed * self.bounds.max_ratio:
            raise ArchiveTooLarge(
                f"{self.label}: expands more than {self.bounds.max_ratio} times its size; stopped."
            )


def _read_capped(handle: _Readable, member: str, limit: int, budget: _Budget | None) -> bytes:
    """A member's bytes, read in chunks: TooLarge past `limit`; ArchiveTooLarge past the budget
    (None: the member was charged already)."""
    parts: list[bytes] = []
    size = 0
    while chunk := handle.read(CHUNK):
        if budget is not None:
            budget.charge(len(chunk))
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"{member}: over the limit of {limit} bytes once decompressed; not read.")
        parts.append(chunk)
    return b"".join(parts)


def _member_documents(member: str, name: str, read: Callable[[], bytes], limits: Limits) -> Items:
    """The documents of one member; its own problems reject it alone."""
    if is_archive(PurePosixPath(name)):
        yield reject(member, member, UnsupportedFormat(f"{member}: archives inside archives are not opened."))
        return
    try:
        yield from read_content(PurePosixPath(name), member, read(), limits)
    except ArchiveTooLarge:
        raise
    except InputError as exc:
        yield reject(member, member, exc)


def _unsafe_name(name: str) -> str | None:
    """Why a member path must not be used, or None: absolute, '..', or a drive letter."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or (len(name) > 1 and name[1] == ":"):
        return "an absolute path"
    if ".." in pure.parts:
        return "a path with '..'"
    return None


def _skip(member: str, why: str) -> Rejection:
    return reject(member, member, UnsafeArchiveMember(f"{member}: {why}; skipped, not extracted."))


def _counted(label: str, index: int, bounds: ArchiveLimits) -> None:
    if index >= bounds.max_members:
        raise TooManyMembers(f"{label}: more than {bounds.max_members} members; the rest were not read.")


def _tar_members(path: Path, label: str, limits: Limits, bounds: ArchiveLimits) -> Items:
    budget = _Budget(label, bounds, path.stat().st_size)
    with tarfile.open(path, "r:*") as archive:
        for index, info in enumerate(_tar_infos(archive, budget)):
            _counted(label, index, bounds)
            member = f"{label}!{info.name}"
            why = _unsafe_name(info.name) or _tar_kind_problem(info)
            if why is not None:
                if not info.isdir():
                    yield _skip(member, why)
                continue
            reader = _tar_reader(archive, info, member, limits)
            yield from _member_documents(member, info.name, reader, limits)


def _tar_infos(archive: tarfile.TarFile, budget: _Budget) -> Iterator[tarfile.TarInfo]:
    """Member headers one at a time. A member's declared size counts against the budget before
    anything moves past it, so a bomb is refused before it is decompressed to reach the next header."""
    while (info := archive.next()) is not None:
        budget.charge(max(info.size, 0))
        yield info


def _tar_kind_problem(info: tarfile.TarInfo) -> str | None:
    if info.isdir():
        return "a folder"
    if info.issym() or info.islnk():
        return f"a link (to {info.linkname!r})"
    if not info.isfile():
        return "a device, FIFO or other special member"
    return None


def _tar_reader(
    archive: tarfile.TarFile, info: tarfile.TarInfo, member: str, limits: Limits
) -> Callable[[], bytes]:
    def read() -> bytes:
        if info.size > limits.max_file_bytes:
            raise TooLarge(f"{member}: {info.size} bytes, over the limit of {limits.max_file_bytes}.")
        handle = archive.extractfile(info)
        if handle is None:
            raise CorruptArchive(f"{member}: cannot be read from the archive.")
        with handle:
            return _read_capped(handle, member, limits.max_file_bytes, None)

    return read


def _declared_zip_entries(path: Path) -> int | None:
    """The member count in a zip's end record, read before the central directory is parsed (a
    directory of millions of entries would take gigabytes); None when there is no plain end record."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(0, size - _EOCD_SPAN))
        tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 12:
        return None
    (count,) = struct.unpack("<H", tail[at + 10 : at + 12])
    return None if count == 0xFFFF else int(count)


def _zip_members(path: Path, label: str, limits: Limits, bounds: ArchiveLimits) -> Items:
    budget = _Budget(label, bounds, path.stat().st_size)
    declared = _declared_zip_entries(path)
    # far past the cap: refused whole; nearer, the first max_members members are read
    if declared is not None and declared > bounds.max_members * 10:
        raise TooManyMembers(f"{label}: {declared} members; not read.")
    with zipfile.ZipFile(path) as archive:
        for index, info in enumerate(archive.infolist()):
            _counted(label, index, bounds)
            member = f"{label}!{info.filename}"
            mode = info.external_attr >> 16
            why = _unsafe_name(info.filename)
            if why is None and stat.S_ISLNK(mode):
                why = "a link"
            if info.is_dir():
                continue
            if why is not None:
                yield _skip(member, why)
                continue
            reader = _zip_reader(archive, info, member, limits, budget)
            yield from _member_documents(member, info.filename, reader, limits)


def _zip_reader(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, member: str, limits: Limits, budget: _Budget
) -> Callable[[], bytes]:
    def read() -> bytes:
        # The declared size may lie, so reading is capped as well.
        if info.file_size > limits.max_file_bytes:
            raise TooLarge(f"{member}: {info.file_size} bytes, over the limit of {limits.max_file_bytes}.")
        with archive.open(info) as handle:
            return _read_capped(handle, member, limits.max_file_bytes, budget)

    return read


def _gzip_member(path: Path, label: str, limits: Limits, bounds: ArchiveLimits) -> Items:
    """A .gz file holds one member: the file named without `.gz` (`wire.jsonl.gz` is JSON Lines)."""
    budget = _Budget(label, bounds, path.stat().st_size)
    inner = path.name[: -len(".gz")] or "member"

    def read() -> bytes:
        with gzip.open(path, "rb") as handle:
            return _read_capped(handle, label, limits.max_file_bytes, budget)

    yield from _member_documents(label, inner, read, limits)
