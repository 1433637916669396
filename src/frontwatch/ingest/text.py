"""Turning bytes into text: BOM, strict UTF-8, a declared charset, then cp1252 when the bytes
look like Western text. Binary and empty input are recognised before any decoding."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import BinaryInput, EmptyInput, MixedEncoding, TooLarge, UndecodableInput
from frontwatch.model import RawDocument, Rejection

# Byte values counted as control characters: C0 controls except tab, LF, VT, FF, CR; and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

MAX_CONTROL_RATIO = 0.10
# cp1252 is only assumed when most bytes are ASCII, as in English or Western European text;
# text in another single-byte or multi-byte encoding is mostly high bytes.
MAX_HIGH_RATIO = 0.30
# A UTF-8 file with a pasted-in cp1252 passage has a few invalid bytes; another encoding has many.
MAX_STRAY_RATIO = 0.05

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


# A document and the notices recorded beside it.
WithNotices = tuple[RawDocument, *tuple[Rejection, ...]]


@dataclass(frozen=True)
class Decoded:
    """Decoded text, and whether it mixed encodings (UTF-8 with stray cp1252 bytes)."""

    text: str
    mixed: bool = False


def decode_bytes(
    data: bytes, *, label: str = "input", declared: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> str:
    """The text of the bytes of a text or HTML file; see `decode_text`."""
    return decode_text(data, label=label, declared=declared, limits=limits).text


def decode_text(
    data: bytes, *, label: str = "input", declared: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Decoded:
    """Decode the bytes of a text or HTML file.

    Order: empty → EmptyInput; a UTF-8/16/32 byte order mark decides the codec; otherwise NUL
    bytes or more than 10% control bytes → BinaryInput; then strict UTF-8; then the `declared`
    charset (from an HTML meta tag) if any; then, when the bytes hold valid UTF-8 sequences beside
    invalid ones, UTF-8 with each stray byte read as cp1252 (`mixed`); then cp1252 if the bytes
    look like Western text; otherwise UndecodableInput. Whitespace-only text → EmptyInput; more
    than `limits.max_text_chars` characters → TooLarge. The BOM is not part of the text."""
    if not data.strip():
        raise EmptyInput(f"{label}: empty or whitespace only.")
    bom = _bom(data)
    decoded = _decode_marked(data, bom, label) if bom is not None else _decode_unmarked(data, declared, label)
    if not decoded.text.strip():
        raise EmptyInput(f"{label}: empty or whitespace only.")
    if len(decoded.text) > limits.max_text_chars:
        raise TooLarge(f"{label}: {len(decoded.text)} characters, over the limit of {limits.max_text_chars}.")
    return decoded


def _decode_marked(data: bytes, bom: tuple[int, str], label: str) -> Decoded:
    skip, codec = bom
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecodableInput(
            f"{label}: starts with a {codec} byte order mark but is not {codec} ({exc.reason})."
        ) from None
    _check_text_controls(text, label)
    return Decoded(text)


def _decode_unmarked(data: bytes, declared: str | None, label: str) -> Decoded:
    if b"\x00" in data:
        raise BinaryInput(f"{label}: holds NUL bytes; looks like a binary file.")
    ratio = _control_ratio(data)
    if ratio > MAX_CONTROL_RATIO:
        raise BinaryInput(f"{label}: {ratio:.0%} control bytes; looks like a binary file.")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared_codec = _lookup(declared)
    if declared_codec is not None and declared_codec not in ("utf-8", "cp1252"):
        try:
            return Decoded(data.decode(declared_codec))
        except Exception:  # a failed or non-text codec named by the page: fall through
            pass
    if _mostly_utf8(data):
        return Decoded(data.decode("utf-8", errors=_STRAY_AS_CP1252), mixed=True)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high / len(data) > MAX_HIGH_RATIO:
        raise UndecodableInput(f"{label}: neither UTF-8 nor Western (cp1252) text.")
    try:
        return Decoded(data.decode("cp1252"))
    except UnicodeDecodeError:
        raise UndecodableInput(f"{label}: not UTF-8, and holds bytes that are undefined in cp1252.") from None


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 still hold UTF-8 sequences, with few invalid bytes
    (at most MAX_STRAY_RATIO of them): a UTF-8 file with pasted-in cp1252 text."""
    if not _UTF8_SEQUENCE.search(data):
        return False
    invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    return invalid / len(data) <= MAX_STRAY_RATIO


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the invalid bytes read as cp1252 (U+FFFD where cp1252 has no character)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start : error.end]
    return stray.decode("cp1252", errors="replace"), error.end


_STRAY_AS_CP1252 = "frontwatch-stray-cp1252"
codecs.register_error(_STRAY_AS_CP1252, _stray_as_cp1252)
# A valid UTF-8 sequence of two to four bytes: rare in real cp1252 text, common in UTF-8.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def text_document(path: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    """A plain-text file: the decoded text exactly, with the path as given for id and source."""
    return text_items(path, data, limits)[0]


def text_items(path: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> WithNotices:
    """The document of a plain-text file, then a MixedEncoding notice when it mixed encodings."""
    decoded = decode_text(data, label=path, limits=limits)
    raw = RawDocument(doc_id=path, source=path, text=decoded.text, media_type="text")
    if not decoded.mixed:
        return (raw,)
    return raw, mixed_notice(raw)


def mixed_notice(raw: RawDocument) -> Rejection:
    error = MixedEncoding(f"{raw.doc_id}: not all UTF-8; the stray bytes were read as cp1252.")
    return Rejection(raw.doc_id, raw.source, error.code, error.message, error.hint)
