"""RSS and Atom feeds: one document per entry. Document type declarations are refused
before any XML parser sees the bytes, so entity expansion and external entities cannot happen."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import EmptyInput, LenientFeed, MalformedFeed, TooLarge
from frontwatch.ingest.files import reject
from frontwatch.ingest.html import fragment_text
from frontwatch.model import RawDocument, Rejection

_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def check_safe_xml(data: bytes, label: str) -> None:
    """Raise MalformedFeed when the bytes declare a DTD or entities (in any of the usual
    encodings), or when a hardened parser finds them."""
    squeezed = data.replace(b"\x00", b"") if b"\x00" in data else data
    if _DTD.search(squeezed):
        raise MalformedFeed(f"{label}: declares a DTD or entities, which are not accepted in feeds.")
    try:
        import defusedxml
        import defusedxml.ElementTree as safe_tree

        safe_tree.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        raise MalformedFeed(
            f"{label}: declares a DTD or entities, which are not accepted in feeds."
        ) from None
    except Exception:
        # Not well-formed: feedparser may still recover entries (a "bozo" feed).
        return


def _detail_text(detail: Any, fallback: Any) -> str:
    value = detail.get("value") if isinstance(detail, dict) else None
    if not isinstance(value, str):
        value = fallback if isinstance(fallback, str) else ""
    kind = detail.get("type") if isinstance(detail, dict) else None
    if kind is None or kind in _HTML_TYPES or "<" in value:
        return fragment_text(value) if kind != "text/plain" else value.strip()
    return value.strip()


def _entry_text(entry: Any) -> str:
    contents = entry.get("content")
    if isinstance(contents, list):
        texts = [_detail_text(item, None) for item in contents if isinstance(item, dict)]
        text = "\n\n".join(t for t in texts if t)
        if text.strip():
            return text
    return _detail_text(entry.get("summary_detail"), entry.get("summary"))


def _clean(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def read_feed(
    label: str, data: bytes, limits: Limits = DEFAULT_LIMITS, *, notices: bool = False
) -> Iterator[RawDocument | Rejection]:
    """A RawDocument for each entry of an RSS/Atom feed (or a Rejection for an entry without
    text). A whole feed that is unsafe or yields no entry at all is one MalformedFeed rejection; a
    feed that is not well-formed but yields entries is followed by one LenientFeed notice when
    `notices` is set (the entries alone otherwise, one item per entry)."""
    problem = _size_problem(label, data, limits)
    if problem is not None:
        yield problem
        return
    try:
        parsed, entries, feed_info = _parse(label, data)
    except MalformedFeed as exc:
        yield reject(label, label, exc)
        return
    if not entries:
        yield _no_entries(label, parsed)
        return
    outlet = _clean(feed_info.get("title")) if isinstance(feed_info, dict) else None
    for index, entry in enumerate(entries, start=1):
        yield _entry_document(label, index, entry, outlet, limits)
    if notices and parsed.get("bozo"):
        reason = parsed.get("bozo_exception")
        lenient = LenientFeed(f"{label}: not well-formed ({reason}); entries were read leniently.")
        yield reject(label, label, lenient)


def _size_problem(label: str, data: bytes, limits: Limits) -> Rejection | None:
    """A Rejection for feed bytes that are blank or over `limits.max_feed_bytes`, else None."""
    if not data.strip():
        return reject(label, label, EmptyInput(f"{label}: empty feed file."))
    if len(data) > limits.max_feed_bytes:
        return reject(
            label, label, TooLarge(f"{label}: over the feed limit of {limits.max_feed_bytes} bytes.")
        )
    return None


def _parse(label: str, data: bytes) -> tuple[Any, list[Any], Any]:
    """feedparser's result for `data`, its entries and its feed-level data. Raises MalformedFeed
    for unsafe bytes or any parser failure (which rejects this feed only)."""
    try:
        check_safe_xml(data, label)
        import feedparser

        # A stream, never bytes or str: feedparser would try those as a file name or URL first.
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
        return parsed, list(parsed.get("entries") or []), parsed.get("feed") or {}
    except MalformedFeed:
        raise
    except Exception as exc:
        raise MalformedFeed(f"{label}: could not be parsed ({type(exc).__name__}).") from exc


def _no_entries(label: str, parsed: Any) -> Rejection:
    """Why a feed gave no entry: unreadable (feedparser's "bozo" flag) or simply empty."""
    if parsed.get("bozo"):
        reason = parsed.get("bozo_exception")
        return reject(label, label, MalformedFeed(f"{label}: not a readable feed ({reason})."))
    return reject(label, label, EmptyInput(f"{label}: the feed has no entries."))


def _entry_document(
    label: str, index: int, entry: Any, outlet: str | None, limits: Limits
) -> RawDocument | Rejection:
    """The RawDocument for entry number `index` of the feed, or a Rejection when its text is
    unreadable, empty or over `limits.max_text_chars`."""
    link = _clean(entry.get("link"))
    doc_id = _clean(entry.get("id")) or link or f"{label}#{index}"
    try:
        text = _entry_text(entry)
    except Exception as exc:
        unreadable = MalformedFeed(f"{label}#{index}: entry unreadable ({type(exc).__name__}).")
        return reject(doc_id, label, unreadable)
    if not text.strip():
        return reject(doc_id, label, EmptyInput(f"{label}#{index}: entry {doc_id!r} has no text."))
    if len(text) > limits.max_text_chars:
        too_long = TooLarge(f"{label}#{index}: entry {doc_id!r} has {len(text)} characters, over the limit.")
        return reject(doc_id, label, too_long)
    return RawDocument(
        doc_id=doc_id,
        source=label,
        text=text,
        media_type="feed",
        title=_entry_title(entry),
        published=_clean(entry.get("published")) or _clean(entry.get("updated")),
        url=link,
        outlet=outlet,
        author=_clean(entry.get("author")),
    )


def _entry_title(entry: Any) -> str | None:
    title = entry.get("title_detail")
    return _clean(_detail_text(title, entry.get("title"))) if title or entry.get("title") else None
