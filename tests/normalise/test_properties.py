"""Properties that must hold for any input at all."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.model import Document, RawDocument, Rejection
from frontwatch.normalise import normalise, parse_published
from frontwatch.normalise.text import map_characters

from .support import BODY

WIRE_PIECES = [
    "This Article is From Sep 10, 2022",
    "Published: 10 September 2022",
    "Moscow:",
    "KYIV, Ukraine (AP) —",
    "(With inputs from AFP)",
    "(File)",
    ".",
    "\u201cquoted\u201d",
    "\u00a0",
    "\r",
    "\x00",
    "\u2028",
    BODY,
]

wire_text = st.lists(st.one_of(st.sampled_from(WIRE_PIECES), st.text(max_size=80)), max_size=12).map(
    lambda parts: "\n".join(parts)
)
any_text = st.one_of(st.text(max_size=400), wire_text)


@settings(max_examples=150, deadline=None)
@given(
    text=any_text,
    media_type=st.sampled_from(["text", "html", "jsonl", "feed"]),
    title=st.one_of(st.none(), st.text(max_size=40), st.sampled_from(WIRE_PIECES)),
    published=st.one_of(st.none(), st.text(max_size=40)),
)
def test_normalise_never_raises_and_keeps_offsets(
    text: str, media_type: str, title: str | None, published: str | None
) -> None:
    raw = RawDocument("p", "prop", text, media_type, title=title, published=published)
    result = normalise(raw, default_date=date(2022, 9, 10))
    assert isinstance(result, Document | Rejection)
    if isinstance(result, Document):
        assert len(result.coded_text) == len(result.text)
        assert result.text == text
        assert result.coded_text.count("\n") >= text.count("\n")
        for span in result.boilerplate:
            assert 0 <= span.start < span.end <= len(text)
            assert not result.coded_text[span.start : span.end].strip()
        if result.dateline_span is not None:
            assert text[result.dateline_span.start : result.dateline_span.end] == result.dateline
    else:
        assert result.code in {"FW101", "FW104", "FW105"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_map_characters_keeps_length(text: str) -> None:
    assert len(map_characters(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.from_regex(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?", fullmatch=True),
        st.from_regex(
            r"[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}", fullmatch=True
        ),
    )
)
def test_parse_published_never_raises(value: str) -> None:
    period = parse_published(value)
    if period is not None:
        assert period.start == period.end
        assert 1900 <= period.start.year <= date.today().year + 1
