"""RSS and Atom feeds: one document per entry. Document type declarations are refused
before any XML parser sees the bytes, so entity expansion and external entities cannot happen."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import EmptyInput, MalformedFeed, TooLarge
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


def read_feed(label: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawDocument | Rejection]:
    """A RawDocument for each entry of an RSS/Atom feed (or a Rejection for an entry without
    text). A whole feed that is unsafe or yields no entry at all is one MalformedFeed rejection."""
    if not data.strip():
        yield reject(label, label, EmptyInput(f"{label}: empty feed file."))
        return
    if len(data) > limits.max_feed_bytes:
        yield reject(
            label, label, TooLarge(f"{label}: over the feed limit of {limits.max_feed_bytes} bytes.")
        )
        return
    try:
        check_safe_xml(data, label)
        import feedparser

        # A stream, never bytes or str: feedparser would try those as a file name or URL first.
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
        entries = list(parsed.get("entries") or [])
        feed_info = parsed.get("feed") or {}
    except MalformedFeed as exc:
        yield reject(label, label, exc)
        return
    except Exception as exc:  # any parser failure rejects this feed only
        yield reject(label, label, MalformedFeed(f"{label}: could not be parsed ({type(exc).__name__})."))
        return
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            yield reject(label, label, MalformedFeed(f"{label}: not a readable feed ({reason})."))
        else:
            yield reject(label, label, EmptyInput(f"{label}: the feed has no entries."))
        return
    outlet = _clean(feed_info.get("title")) if isinstance(feed_info, dict) else None
    for index, entry in enumerate(entries, start=1):
        link = _clean(entry.get("link"))
        doc_id = _clean(entry.get("id")) or link or f"{label}#{index}"
        try:
            text = _entry_text(entry)
        except Exception as exc:
            yield reject(
                doc_id, label, MalformedFeed(f"{label}#{index}: entry unreadable ({type(exc).__name__}).")
            )
            continue
        if not text.strip():
            yield reject(doc_id, label, EmptyInput(f"{label}#{index}: entry {doc_id!r} has no text."))
            continue
        if len(text) > limits.max_text_chars:
            error = TooLarge(f"{label}#{index}: entry {doc_id!r} has {len(text)} characters, over the limit.")
            yield reject(doc_id, label, error)
            continue
        title = entry.get("title_detail")
        yield RawDocument(
            doc_id=doc_id,
            source=label,
            text=text,
            media_type="feed",
            title=_clean(_detail_text(title, entry.get("title"))) if title or entry.get("title") else None,
            published=_clean(entry.get("published")) or _clean(entry.get("updated")),
            url=link,
            outlet=outlet,
            author=_clean(entry.get("author")),
        )
