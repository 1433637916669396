"""JSON Lines: one article per line, streamed with a bounded line length."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import BinaryInput, MalformedRecord, TooLarge, UnreadablePath
from frontwatch.ingest.files import reject
from frontwatch.model import RawDocument, Rejection

CHUNK_BYTES = 1 << 16


def iter_lines(handle: IO[bytes], max_line_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line without its end of line) for each line; None for a line longer than
    `max_line_bytes`, which is skipped without being held in memory (reading resumes at the
    next newline)."""
    lineno = 0
    buffer = bytearray()
    overlong = False
    while True:
        chunk = handle.read(CHUNK_BYTES)
        if not chunk:
            break
        start = 0
        while True:
            newline = chunk.find(b"\n", start)
            if newline < 0:
                if not overlong:
                    buffer += chunk[start:]
                    if len(buffer) > max_line_bytes:
                        overlong = True
                        buffer.clear()
                break
            lineno += 1
            if overlong:
                yield lineno, None
                overlong = False
            else:
                buffer += chunk[start:newline]
                if buffer.endswith(b"\r"):
                    del buffer[-1:]
                yield lineno, (None if len(buffer) > max_line_bytes else bytes(buffer))
            buffer.clear()
            start = newline + 1
    if overlong:
        yield lineno + 1, None
    elif buffer:
        if buffer.endswith(b"\r"):
            del buffer[-1:]
        yield lineno + 1, bytes(buffer)


def _optional(record: dict[str, Any], key: str) -> str | None:
    """An optional metadata field: a non-blank string, else None (other types are ignored)."""
    value = record.get(key)
    return (value.strip() or None) if isinstance(value, str) else None


def _doc_id(record: dict[str, Any], fallback: str) -> str:
    value = record.get("id")
    if isinstance(value, bool) or value is None:
        return fallback
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, int | float):
        return str(value)
    return fallback


def parse_record(
    line: bytes, *, path: str, lineno: int, limits: Limits = DEFAULT_LIMITS
) -> RawDocument | Rejection:
    """One JSON Lines record as a RawDocument, or a Rejection (MalformedRecord, TooLarge) whose
    doc_id is the record's id when it has one, else "path:lineno"."""
    where = f"{path}:{lineno}"
    try:
        record = json.loads(line.decode("utf-8-sig" if lineno == 1 else "utf-8"))
    except UnicodeDecodeError:
        return reject(where, path, MalformedRecord(f"{where}: the line is not UTF-8."))
    except RecursionError:
        return reject(where, path, MalformedRecord(f"{where}: JSON nested too deeply."))
    except ValueError as exc:
        return reject(where, path, MalformedRecord(f"{where}: not valid JSON ({exc})."))
    if not isinstance(record, dict):
        return reject(
            where, path, MalformedRecord(f"{where}: a JSON {type(record).__name__}, not an object.")
        )
    doc_id = _doc_id(record, where)
    text = record.get("text")
    if not isinstance(text, str):
        return reject(doc_id, path, MalformedRecord(f"{where}: record {doc_id!r} has no string 'text'."))
    if not text.strip():
        return reject(doc_id, path, MalformedRecord(f"{where}: record {doc_id!r} has an empty 'text'."))
    if len(text) > limits.max_text_chars:
        error = TooLarge(
            f"{where}: record {doc_id!r} has {len(text)} characters, over {limits.max_text_chars}."
        )
        return reject(doc_id, path, error)
    return RawDocument(
        doc_id=doc_id,
        source=path,
        text=text,
        media_type="jsonl",
        title=_optional(record, "title"),
        published=_optional(record, "published"),
        url=_optional(record, "url"),
        outlet=_optional(record, "source"),
        author=_optional(record, "author"),
    )


def read_jsonl(path: Path, label: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawDocument | Rejection]:
    """Every record of a JSON Lines file, or a Rejection for each bad line; blank lines are
    skipped. The file is streamed: only one line is held at a time, and a line over
    `limits.max_jsonl_line_bytes` is reported as TooLarge and skipped."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield reject(label, label, UnreadablePath(f"{label}: cannot be read ({exc.strerror or exc})."))
        return
    with handle:
        yield from read_jsonl_stream(handle, label, limits)


def read_jsonl_stream(
    handle: IO[bytes], label: str, limits: Limits = DEFAULT_LIMITS
) -> Iterator[RawDocument | Rejection]:
    """The records of a seekable JSON Lines stream (a file, or an archive member read into memory)."""
    try:
        head = handle.read(CHUNK_BYTES)
        handle.seek(0)
    except OSError as exc:
        yield reject(label, label, UnreadablePath(f"{label}: cannot be read ({exc.strerror or exc})."))
        return
    if b"\x00" in head:
        yield reject(label, label, BinaryInput(f"{label}: holds NUL bytes; looks like a binary file."))
        return
    try:
        for lineno, line in iter_lines(handle, limits.max_jsonl_line_bytes):
            where = f"{label}:{lineno}"
            if line is None:
                error = TooLarge(f"{where}: line longer than {limits.max_jsonl_line_bytes} bytes; skipped.")
                yield reject(where, label, error)
                continue
            if not line.strip():
                continue
            yield parse_record(line, path=label, lineno=lineno, limits=limits)
    except OSError as exc:
        yield reject(label, label, UnreadablePath(f"{label}: read failed ({exc.strerror or exc})."))
