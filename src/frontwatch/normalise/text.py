"""Character-level normalisation that never changes offsets, and the document hash."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\uff07"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# zero-width characters, and the bidi marks, embeddings, overrides and isolates
_INVISIBLE = "\u200b\u2060\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
_LINE_BREAKS = "\u2028\u2029"


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        if chr(code) not in "\n\t":
            table[code] = " "
    for char in _SINGLE_QUOTES:
        table[ord(char)] = "'"
    for char in _DOUBLE_QUOTES:
        table[ord(char)] = '"'
    for char in _SPACES + _INVISIBLE:
        table[ord(char)] = " "
    for char in _HYPHENS:
        table[ord(char)] = "-"
    for char in _LINE_BREAKS:
        table[ord(char)] = "\n"
    return table


_TABLE = _table()
_LONE_CR = re.compile(r"\r(?!\n)")


def map_characters(text: str) -> str:
    """`text` with typographic characters mapped one to one to ASCII (curly quotes to straight,
    unusual spaces to a space, en dashes and minus signs to '-'), control characters other than
    newline and tab to a space, and a lone carriage return to a newline. Same length, always."""
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    return text.translate(_TABLE)


def blank(segment: str) -> str:
    """Spaces in place of every character of `segment` except newlines."""
    if "\n" not in segment:
        return " " * len(segment)
    return "\n".join(" " * len(part) for part in segment.split("\n"))


def document_hash(coded_text: str) -> str:
    """sha256 of the coded text after NFKC, whitespace runs collapsed to one space, stripped:
    the same story with different boilerplate hashes the same."""
    canonical = " ".join(unicodedata.normalize("NFKC", coded_text).split())
    return hashlib.sha256(canonical.encode("utf-8", errors="surrogatepass")).hexdigest()
