"""Last repairs on every document ingest yields, and the notices that record them.

Some hostile inputs are worth keeping once repaired: a JSON `\\ud800` escape (a lone surrogate that
SQLite, spaCy and every UTF-8 writer refuse), bidi overrides that make a title or an outlet read
backwards, control characters in names, or a megabyte "sentence" with no full stop. The text keeps
its length (offsets stay true); names lose the invisible characters. Each repair that changes what
is coded is recorded as a notice (an `InputDegraded` rejection beside the kept document)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from frontwatch.errors import InputDegraded, OverlongSentence, RepairedCharacters
from frontwatch.model import RawDocument, Rejection

# Longer than any sentence of prose: a run of text without a sentence end or a line break past
# this many characters is cut from what the NLP sees (normalise blanks the rest of the run).
MAX_RUN_CHARS = 10_000
REPLACEMENT = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")
# Bidi embeddings, overrides and isolates, and the directional marks: invisible, and able to make
# "gnillehs" of a title on screen. Removed from names only; the text keeps its length.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]+")
_RUN_END = re.compile(r"[.!?\n]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """`text` with each lone surrogate replaced by U+FFFD (same length), and how many there were."""
    if not _SURROGATE.search(text):
        return text, 0
    return _SURROGATE.subn(REPLACEMENT, text)


def clean_name(value: str | None) -> str | None:
    """A metadata name (title, outlet, author, URL) safe to store and show: surrogates replaced,
    bidi controls removed, control characters turned into one space; None when nothing is left."""
    if value is None:
        return None
    cleaned, _ = replace_surrogates(value)
    cleaned = _NAME_CONTROLS.sub(" ", _BIDI.sub("", cleaned)).strip()
    return cleaned or None


def safe_label(label: str) -> str:
    """A path label that can be stored: bytes of a file name that are not UTF-8 (which Python keeps
    as surrogates) are written as \\xNN escapes."""
    if not _SURROGATE.search(label):
        return label
    return (
        label.encode("utf-8", "surrogateescape")
        .decode("utf-8", "backslashreplace")
        .replace("\ud800", REPLACEMENT)
    )


def overlong_runs(text: str, limit: int = MAX_RUN_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of more than `limit` characters without '.', '!', '?' or a
    newline. Linear: one scan for run ends."""
    start = 0
    for match in _RUN_END.finditer(text):
        if match.start() - start > limit:
            yield start, match.start()
        start = match.end()
    if len(text) - start > limit:
        yield start, len(text)


def notice(raw: RawDocument, error: InputDegraded) -> Rejection:
    """The ledger entry that says `raw` was kept but degraded."""
    return Rejection(raw.doc_id, raw.source, error.code, error.message, error.hint)


def finished(raw: RawDocument) -> Iterator[RawDocument | Rejection]:
    """`raw` repaired (surrogates in its text, invisible characters in its names), then a notice
    for each repair that changes what is coded."""
    text, replaced = replace_surrogates(raw.text)
    doc_id = safe_label(raw.doc_id)
    repaired = dataclasses.replace(
        raw,
        text=text,
        doc_id=doc_id,
        source=safe_label(raw.source),
        title=clean_name(raw.title),
        outlet=clean_name(raw.outlet),
        author=clean_name(raw.author),
        url=clean_name(raw.url),
        published=clean_name(raw.published),
    )
    yield repaired
    if replaced:
        message = f"{doc_id}: {replaced} lone surrogate characters replaced by U+FFFD."
        yield notice(repaired, RepairedCharacters(message))
    run = next(overlong_runs(text), None)
    if run is not None:
        message = (
            f"{doc_id}: {run[1] - run[0]} characters without a sentence end from offset {run[0]}; "
            f"only the first {MAX_RUN_CHARS} are coded."
        )
        yield notice(repaired, OverlongSentence(message))
