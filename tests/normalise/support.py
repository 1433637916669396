"""Shared test data and functions for the normalise tests."""

from __future__ import annotations

from frontwatch.model import Document, RawDocument, Rejection
from frontwatch.normalise import normalise

BODY = (
    "Ukrainian troops pushed into the town of Kupiansk on Saturday after days of fighting along the"
    " Oskil river, regional officials said, as Russian units pulled back towards the east."
)


def raw(text: str, media_type: str = "text", **fields: str | None) -> RawDocument:
    return RawDocument(doc_id="doc-1", source="test", text=text, media_type=media_type, **fields)


def doc(text: str, media_type: str = "text", **fields: str | None) -> Document:
    result = normalise(raw(text, media_type, **fields))
    assert isinstance(result, Document), result
    assert len(result.coded_text) == len(result.text)
    return result


def rejected(text: str, media_type: str = "text", **fields: str | None) -> Rejection:
    result = normalise(raw(text, media_type, **fields))
    assert isinstance(result, Rejection), result
    return result


def blanked(document: Document, fragment: str) -> bool:
    """True when every occurrence of `fragment` in the text is spaces in coded_text."""
    start = document.text.find(fragment)
    assert start >= 0, fragment
    found = False
    while start >= 0:
        found = True
        if document.coded_text[start : start + len(fragment)].strip():
            return False
        start = document.text.find(fragment, start + 1)
    return found


def kept(document: Document, fragment: str, start: int | None = None) -> bool:
    """True when `fragment` (at `start`, or its first occurrence) is unchanged in coded_text."""
    if start is None:
        start = document.text.find(fragment)
    assert start >= 0, fragment
    return document.coded_text[start : start + len(fragment)] == fragment
