"""HTML pages (main text and metadata through trafilatura) and HTML fragments (tags stripped)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import EmptyInput, MalformedHtml, TooLarge
from frontwatch.ingest.text import decode_bytes
from frontwatch.model import RawDocument

_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)

_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "section", "article", "header", "footer", "figure", "figcaption", "table", "tr", "hr",
        "pre", "dd", "dt", "dl", "aside",
    }
)  # fmt: skip
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


def declared_charset(data: bytes) -> str | None:
    """The charset named by a <meta> tag near the start of an HTML page, if any."""
    match = _META_CHARSET.search(data, 0, 4096)
    return match.group(1).decode("ascii") if match else None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(_WHITESPACE.sub(" ", data))


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): tags dropped, entities resolved,
    whitespace inside a block collapsed as a browser would, one blank line between blocks."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    text = "".join(collector.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _str_or_none(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def html_document(path: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    """An HTML page: decoded like text, then trafilatura extracts the main text (favouring
    precision), title, publication date, author, canonical URL and site name (the outlet).

    Raises EmptyInput when no main text is found and MalformedHtml when the page cannot be
    parsed at all."""
    html = decode_bytes(data, label=path, declared=declared_charset(data), limits=limits)
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception as exc:  # any failure inside the extractor rejects this page only
        raise MalformedHtml(f"{path}: the page could not be parsed ({type(exc).__name__}: {exc}).") from None
    if result is None:
        raise EmptyInput(f"{path}: no article text found in the page.")
    if isinstance(result, dict):
        fields: dict[str, Any] = result
    else:
        fields = {
            name: getattr(result, name, None)
            for name in ("text", "title", "date", "author", "url", "sitename")
        }
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EmptyInput(f"{path}: no article text found in the page.")
    if len(text) > limits.max_text_chars:
        raise TooLarge(f"{path}: {len(text)} characters of text, over the limit of {limits.max_text_chars}.")
    return RawDocument(
        doc_id=path,
        source=path,
        text=text,
        media_type="html",
        title=_str_or_none(fields.get("title")),
        published=_str_or_none(fields.get("date")),
        url=_str_or_none(fields.get("url")),
        outlet=_str_or_none(fields.get("sitename")),
        author=_str_or_none(fields.get("author")),
    )
