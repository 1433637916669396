"""Deciding what kind of file an input is, by extension first and by content second."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

from frontwatch.errors import UnsupportedFormat

Kind = Literal["text", "html", "jsonl", "feed"]

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom"})

HEAD_BYTES = 4096

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

_ALPHA_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,9}")
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>/]")


def suffix_of(path: PurePath) -> str:
    """The file's extension in lower case, or "" when it has none. A suffix that is not
    a word ("report.2022", "notes.") counts as no extension."""
    suffix = path.suffix
    if not _ALPHA_SUFFIX.fullmatch(suffix):
        return ""
    return suffix.lower()


def head_text(head: bytes) -> str:
    """The start of a file as lower-case text, for sniffing only (never for content)."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            # A truncated last code unit is dropped by errors="ignore".
            return head[len(bom) :].decode(codec, errors="ignore").lower()
    return head.decode("utf-8", errors="ignore").lower()


def _skip_prolog(text: str) -> str:
    """Drop leading whitespace, XML declarations / processing instructions and comments."""
    for _ in range(32):
        text = text.lstrip()
        if text.startswith("<?"):
            end = text.find("?>")
            if end < 0:
                return ""
            text = text[end + 2 :]
        elif text.startswith("<!--"):
            end = text.find("-->")
            if end < 0:
                return ""
            text = text[end + 3 :]
        else:
            return text
    return text


def sniff_content(head: bytes) -> Kind | None:
    """The kind ("html" or "feed") that the start of the content shows, else None."""
    text = head_text(head).lstrip()
    if text.startswith(("<!doctype html", "<html")):
        return "html"
    rest = _skip_prolog(text)
    if rest.startswith(("<!doctype html", "<html")):
        return "html"
    if rest.startswith(("<!doctype rss", "<!doctype feed", "<!doctype rdf")):
        return "feed"
    if _FEED_ROOT.match(rest):
        return "feed"
    return None


def sniff(path: PurePath, head: bytes) -> Kind:
    """The kind of file at `path` whose first bytes are `head`.

    Raises UnsupportedFormat for an extension frontwatch does not read whose content is
    not recognisably HTML or a feed either."""
    suffix = suffix_of(path)
    if suffix in JSONL_EXTENSIONS:
        return "jsonl"
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in FEED_EXTENSIONS:
        return "feed"
    by_content = sniff_content(head)
    if by_content is not None:
        return by_content
    if suffix == "" or suffix in TEXT_EXTENSIONS:
        return "text"
    raise UnsupportedFormat(f"{path}: files ending in {suffix!r} are not read.")
