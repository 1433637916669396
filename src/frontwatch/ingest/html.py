"""HTML pages (main text and metadata through trafilatura) and HTML fragments (tags stripped)."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any, NamedTuple

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import EmptyInput, MalformedHtml, SimplifiedHtml, TooLarge
from frontwatch.ingest.text import WithNotices, decode_text, mixed_notice
from frontwatch.model import RawDocument, Rejection

# Article extraction costs more than linear time in the number of elements (20,000 take some
# 2.5 s, 50,000 some 20 s, 200,000 three minutes), and lxml gives up past about 255 levels.
# Pages over either bound are read with the tags stripped instead. News pages have a few thousand.
MAX_HTML_ELEMENTS = 20_000
MAX_HTML_DEPTH = 200
HEAD_CHARS = 65_536
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^<>]{0,2000}>?")
_TAG_NAME = re.compile(r"\s*(/?)\s*([A-Za-z][A-Za-z0-9:-]{0,40})")
_TITLE = re.compile(r"<title[^<>]{0,200}>([^<]{0,500})</title", re.IGNORECASE)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source"}
    | {"track", "wbr"}
)

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
    """The document of an HTML page; see `html_items`."""
    return html_items(path, data, limits)[0]


def html_items(path: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> WithNotices:
    """An HTML page: decoded like text, then trafilatura extracts the main text (favouring
    precision), title, publication date, author, canonical URL and site name (the outlet).
    Notices follow the document: MixedEncoding, and SimplifiedHtml for a page too big or too deep
    for article extraction (whose cost grows faster than its size), whose text is then read with
    the tags stripped.

    Raises EmptyInput when no main text is found and MalformedHtml when the page cannot be
    parsed at all."""
    decoded = decode_text(data, label=path, declared=declared_charset(data), limits=limits)
    shape = page_shape(decoded.text)
    if shape.elements > MAX_HTML_ELEMENTS or shape.depth > MAX_HTML_DEPTH:
        raw = _stripped_page(path, decoded.text, limits)
        problem = f"{shape.elements} elements, nested {shape.depth} deep"
        error = SimplifiedHtml(f"{path}: {problem}; read with the tags stripped.")
        notices = [Rejection(path, path, error.code, error.message, error.hint)]
    else:
        raw = _extracted_page(path, decoded.text, limits)
        notices = []
    if decoded.mixed:
        notices.insert(0, mixed_notice(raw))
    return (raw, *notices)


class PageShape(NamedTuple):
    elements: int
    depth: int


def page_shape(html: str) -> PageShape:
    """How many elements a page opens and how deep they nest, from a linear scan of its tags
    (void elements and self-closed tags do not nest). The scan stops once either bound is passed."""
    elements = depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            depth = max(0, depth - 1)
            continue
        elements += 1
        if name not in _VOID_TAGS and not match.group(0).endswith("/>"):
            depth += 1
            deepest = max(deepest, depth)
        if elements > MAX_HTML_ELEMENTS or deepest > MAX_HTML_DEPTH:
            break
    return PageShape(elements, deepest)


def stripped_text(html: str) -> str:
    """The text of a page with every tag dropped (script, style and the head skipped), blocks on
    lines of their own: one split on '<', so linear however many elements or levels there are."""
    pieces = html.split("<")
    parts = [pieces[0]]
    skipping = ""
    for piece in pieces[1:]:
        tag, closed, text = piece.partition(">")
        name = _TAG_NAME.match(tag)
        if not closed or name is None:
            if not skipping:
                parts.append("<" + piece)
            continue
        tag_name = name.group(2).lower()
        if skipping:
            skipping = "" if name.group(1) and tag_name == skipping else skipping
            continue
        if tag_name in _SKIP_TAGS and not name.group(1) and not tag.endswith("/"):
            skipping = tag_name
            continue
        parts.append("\n\n" if tag_name in _BLOCK_TAGS else " ")
        parts.append(text)
    lines = (_SPACES.sub(" ", unescape(line)).strip() for line in "".join(parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _stripped_page(path: str, html: str, limits: Limits) -> RawDocument:
    """The page's text with its tags stripped (no article extraction, no metadata but the title)."""
    title = _TITLE.search(html[:HEAD_CHARS])
    text = stripped_text(html)
    _check_text(path, text, limits)
    title_text = fragment_text(title.group(1)) if title else None
    return RawDocument(doc_id=path, source=path, text=text, media_type="html", title=_str_or_none(title_text))


def _check_text(path: str, text: object, limits: Limits) -> None:
    if not isinstance(text, str) or not text.strip():
        raise EmptyInput(f"{path}: no article text found in the page.")
    if len(text) > limits.max_text_chars:
        raise TooLarge(f"{path}: {len(text)} characters of text, over the limit of {limits.max_text_chars}.")


def _extracted_page(path: str, html: str, limits: Limits) -> RawDocument:
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
    _check_text(path, text, limits)
    assert isinstance(text, str)
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
