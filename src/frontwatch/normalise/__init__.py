"""Normalise: a RawDocument becomes a Document whose `coded_text` has the same offsets as its
text, with wire boilerplate blanked, plus publication date, dateline, agency, outlet, language
and a content hash. Bad documents become Rejections; `normalise` does not raise for them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from frontwatch.config import DEFAULT_LIMITS, Limits
from frontwatch.errors import EmptyInput, InputError, TooLarge, UnsupportedLanguage
from frontwatch.ingest.repair import MAX_RUN_CHARS, overlong_runs, replace_surrogates
from frontwatch.model import Document, Period, RawDocument, Rejection, Span
from frontwatch.normalise.dates import day_period, parse_published
from frontwatch.normalise.language import (
    ENGLISH_LIKE,
    MIN_LATIN_SHARE,
    REJECT_CONFIDENCE,
    identify,
    latin_share,
)
from frontwatch.normalise.text import blank, document_hash, map_characters
from frontwatch.normalise.wire import analyse

__all__ = ["normalise", "parse_published"]


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.end <= span.start:
            continue
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return tuple(merged)


def _apply(mapped: str, spans: tuple[Span, ...]) -> str:
    if not spans:
        return mapped
    pieces: list[str] = []
    position = 0
    for span in spans:
        pieces.append(mapped[position : span.start])
        pieces.append(blank(mapped[span.start : span.end]))
        position = span.end
    pieces.append(mapped[position:])
    return "".join(pieces)


def _overlong_tails(mapped: str) -> Iterator[Span]:
    """The part of each run-on "sentence" past MAX_RUN_CHARS: set aside, so that a megabyte
    without a full stop costs the parser seconds, not minutes."""
    for start, end in overlong_runs(mapped):
        yield Span(start + MAX_RUN_CHARS, end)


def _published(
    raw: RawDocument, header: date | None, default_date: date | None
) -> tuple[Period | None, str | None]:
    if raw.published:
        period = parse_published(raw.published)
        if period is not None:
            return period, "container"
    if header is not None:
        period = day_period(header)
        if period is not None:
            return period, "header"
    if default_date is not None:
        period = day_period(default_date)
        if period is not None:
            return period, "option"
    return None, None


def _normalise(raw: RawDocument, default_date: date | None, limits: Limits) -> Document | Rejection:
    # lone surrogates cannot be stored or parsed; U+FFFD keeps the offsets (ingest has already
    # replaced them and left a notice, but a RawDocument may come from elsewhere)
    text, _ = replace_surrogates(raw.text)
    if len(text) > limits.max_text_chars:
        raise TooLarge(f"{raw.doc_id}: {len(text)} characters, over the limit of {limits.max_text_chars}.")
    mapped = map_characters(text)
    # plain text, and a JSON Lines record without a title, may open with their headline: the same text
    # gives the same document whichever way it came in
    infer_headline = raw.media_type == "text" or (raw.media_type == "jsonl" and raw.title is None)
    info = analyse(mapped, title=raw.title, infer_headline=infer_headline)
    spans = _merge([*info.blanked, *_overlong_tails(mapped)])
    coded = _apply(mapped, spans)
    if len(coded.strip()) < max(1, limits.min_text_chars):
        raise EmptyInput(f"{raw.doc_id}: no text left once headers, credits and captions are set aside.")
    language, score, sure = identify(coded)
    if (
        sure
        and language not in ENGLISH_LIKE
        and (score >= REJECT_CONFIDENCE or latin_share(coded) < MIN_LATIN_SHARE)
    ):
        raise UnsupportedLanguage(f"{raw.doc_id}: detected language {language!r} (probability {score:.2f}).")
    published, published_from = _published(raw, info.header_date, default_date)
    return Document(
        doc_id=raw.doc_id,
        source=raw.source,
        text=text,
        coded_text=coded,
        document_hash=document_hash(coded),
        media_type=raw.media_type,
        title=raw.title if raw.title is not None else info.title,
        published=published,
        published_from=published_from,
        dateline=info.dateline,
        dateline_span=info.dateline_span,
        outlet=raw.outlet if raw.outlet is not None else info.outlet,
        agency=info.agency,
        author=raw.author,
        url=raw.url,
        language=language,
        language_score=score,
        boilerplate=spans,
    )


def normalise(
    raw: RawDocument, *, default_date: date | None = None, limits: Limits = DEFAULT_LIMITS
) -> Document | Rejection:
    """The normalised Document for `raw`, or a Rejection: TooLarge (FW104) over
    `limits.max_text_chars`, EmptyInput (FW101) when nothing but boilerplate is left,
    UnsupportedLanguage (FW105) for text that is confidently not English.

    `coded_text` has exactly the length of `raw.text`. The publication date comes from the
    container (`raw.published`), else the wire header, else `default_date`."""
    try:
        return _normalise(raw, default_date, limits)
    except InputError as exc:
        return Rejection(
            doc_id=raw.doc_id, source=raw.source, code=exc.code, message=exc.message, hint=exc.hint
        )
