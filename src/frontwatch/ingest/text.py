"""Turning bytes into text: BOM, strict UTF-8, a declared charset, then cp1252 when the bytes
look like Western text. Binary and empty input are recognised before any decoding."""

from __future__ import annotations

import codecs
import re

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import BinaryInput, EmptyInput, TooLarge, UndecodableInput
from frontwatch.model import RawDocument

# Byte values counted as control characters: C0 controls except tab, LF, VT, FF, CR; and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

MAX_CONTROL_RATIO = 0.10
# cp1252 is only assumed when most bytes are ASCII, as in English or Western European text;
# text in another single-byte or multi-byte encoding is mostly high bytes.
MAX_HIGH_RATIO = 0.30

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)


def _bom(data: bytes) -> tuple[int, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return len(bom), codec
    return None


def _control_ratio(data: bytes) -> float:
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls / len(data) if data else 0.0


def _check_text_controls(text: str, label: str) -> None:
    if "\x00" in text:
        raise BinaryInput(f"{label}: holds NUL characters; looks like a binary file.")
    controls = len(_CONTROL_CHARS.findall(text))
    if text and controls / len(text) > MAX_CONTROL_RATIO:
        raise BinaryInput(f"{label}: {controls} control characters in {len(text)}; looks like a binary file.")


def _lookup(codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return None


def decode_bytes(
    data: bytes, *, label: str = "input", declared: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> str:
    """Decode the bytes of a text or HTML file.

    Order: empty → EmptyInput; a UTF-8/16/32 byte order mark decides the codec; otherwise NUL
    bytes or more than 10% control bytes → BinaryInput; then strict UTF-8; then the `declared`
    charset (from an HTML meta tag) if any; then cp1252 if the bytes look like Western text;
    otherwise UndecodableInput. Whitespace-only text → EmptyInput; more than
    `limits.max_text_chars` characters → TooLarge. The BOM is not part of the text."""
    if not data.strip():
        raise EmptyInput(f"{label}: empty or whitespace only.")
    text: str | None = None
    bom = _bom(data)
    if bom is not None:
        skip, codec = bom
        try:
            text = data[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            raise UndecodableInput(
                f"{label}: starts with a {codec} byte order mark but is not {codec} ({exc.reason})."
            ) from None
        _check_text_controls(text, label)
    else:
        if b"\x00" in data:
            raise BinaryInput(f"{label}: holds NUL bytes; looks like a binary file.")
        ratio = _control_ratio(data)
        if ratio > MAX_CONTROL_RATIO:
            raise BinaryInput(f"{label}: {ratio:.0%} control bytes; looks like a binary file.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        declared_codec = _lookup(declared)
        if text is None and declared_codec is not None and declared_codec not in ("utf-8", "cp1252"):
            try:
                text = data.decode(declared_codec)
            except Exception:  # a failed or non-text codec named by the page: fall through
                text = None
        if text is None:
            high = len(data) - len(data.translate(None, _HIGH_BYTES))
            if high / len(data) > MAX_HIGH_RATIO:
                raise UndecodableInput(f"{label}: neither UTF-8 nor Western (cp1252) text.")
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise UndecodableInput(
                    f"{label}: not UTF-8, and holds bytes that are undefined in cp1252."
                ) from None
    if not text.strip():
        raise EmptyInput(f"{label}: empty or whitespace only.")
    if len(text) > limits.max_text_chars:
        raise TooLarge(f"{label}: {len(text)} characters, over the limit of {limits.max_text_chars}.")
    return text


def text_document(path: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    """A plain-text file: the decoded text exactly, with the path as given for id and source."""
    text = decode_bytes(data, label=path, limits=limits)
    return RawDocument(doc_id=path, source=path, text=text, media_type="text")
