"""Feed entries and the articles they link to.

A feed entry often carries only a title, a summary and a link: the article is the linked page,
fetched and read through trafilatura like any HTML file. An entry without a web link is coded from
the text the feed itself carries."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from typing import Any

from frontwatch.config import Limits
from frontwatch.errors import InputError, UnsupportedFormat
from frontwatch.ingest.feeds import check_safe_xml, read_feed
from frontwatch.ingest.files import reject
from frontwatch.ingest.html import html_document
from frontwatch.ingest.sniff import HEAD_BYTES, sniff_content
from frontwatch.ingest.text import text_document
from frontwatch.model import RawDocument, Rejection
from frontwatch.watch.fetch import Fetcher, Response


@dataclass(frozen=True)
class Entry:
    """One feed entry: its stable key (the entry id, else its link), its web link if any, and the
    document the feed's own text gives (or why it gives none)."""

    key: str
    link: str | None
    document: RawDocument | Rejection


def feed_entries(label: str, data: bytes, limits: Limits) -> list[Entry] | Rejection:
    """The entries of a feed, or one Rejection when the feed as a whole cannot be read."""
    documents = list(read_feed(label, data, limits))
    if len(documents) == 1 and isinstance(documents[0], Rejection) and documents[0].doc_id == label:
        return documents[0]
    links = _links(label, data)
    if len(links) != len(documents):  # cannot happen with one parser; keep the feed's own text then
        links = [None] * len(documents)
    return [Entry(doc.doc_id, link, doc) for doc, link in zip(documents, links, strict=True)]


def _links(label: str, data: bytes) -> list[str | None]:
    """Each entry's http(s) link, in feed order (read_feed has already refused unsafe XML)."""
    check_safe_xml(data, label)
    import feedparser

    parsed: Any = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    links: list[str | None] = []
    for entry in parsed.get("entries") or []:
        link = entry.get("link")
        ok = isinstance(link, str) and link.strip().lower().startswith(("http://", "https://"))
        links.append(link.strip() if ok else None)
    return links


def entry_document(entry: Entry, fetcher: Fetcher, limits: Limits) -> RawDocument | Rejection:
    """The document for an entry: the linked article when there is a link, else the feed's text."""
    if entry.link is None:
        return entry.document
    try:
        page = page_document(fetcher.get(entry.link), limits)
    except InputError as exc:
        return reject(entry.key, entry.link, exc)
    feed_doc = entry.document if isinstance(entry.document, RawDocument) else None
    return replace(
        page,
        doc_id=entry.key,
        url=page.url or entry.link,
        title=page.title or (feed_doc.title if feed_doc else None),
        published=(feed_doc.published if feed_doc else None) or page.published,
        outlet=page.outlet or (feed_doc.outlet if feed_doc else None),
        author=page.author or (feed_doc.author if feed_doc else None),
    )


def page_document(response: Response, limits: Limits) -> RawDocument:
    """A fetched page as a RawDocument: HTML through trafilatura, plain text as it is."""
    kind = sniff_content(response.body[:HEAD_BYTES])
    if kind == "html" or "html" in response.content_type:
        return html_document(response.url, response.body, limits)
    if response.content_type in ("", "text/plain"):
        return text_document(response.url, response.body, limits)
    raise UnsupportedFormat(f"{response.url}: a {response.content_type} response is not an article.")
