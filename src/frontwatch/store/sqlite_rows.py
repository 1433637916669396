"""Conversion between model objects and rows of the documents and events tables."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from frontwatch.model import Document, Event, Period, Span
from frontwatch.store.schema import DOCUMENT_COLUMNS, EVENT_COLUMNS, quoted

EVENT_COLUMN_LIST = ", ".join(quoted(c) for c in EVENT_COLUMNS)
DOCUMENT_COLUMN_LIST = ", ".join(quoted(c) for c in DOCUMENT_COLUMNS)
INSERT_EVENT = f"INSERT INTO events ({EVENT_COLUMN_LIST}) VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})"
INSERT_DOCUMENT = (
    f"INSERT INTO documents ({DOCUMENT_COLUMN_LIST}) VALUES ({', '.join('?' for _ in DOCUMENT_COLUMNS)})"
)


def event_row(rank: int, event: Event) -> tuple[Any, ...]:
    values: list[Any] = []
    for column in EVENT_COLUMNS:
        if column == "rank":
            values.append(rank)
        elif column == "extra":
            values.append(json.dumps(event.extra, ensure_ascii=False, sort_keys=True, default=str))
        else:
            values.append(getattr(event, column))
    return tuple(values)


def event_from_row(row: Sequence[Any]) -> Event:
    data = dict(zip(EVENT_COLUMNS, row, strict=True))
    data.pop("rank")
    extra = json.loads(data.pop("extra") or "{}")
    return Event(**data, extra=extra)


def document_row(doc: Document, extractor_version: str, now: str) -> tuple[Any, ...]:
    published = doc.published
    values: dict[str, Any] = {
        "document_hash": doc.document_hash,
        "doc_id": doc.doc_id,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "published_start": published.start.isoformat() if published else None,
        "published_end": published.end.isoformat() if published else None,
        "published_granularity": published.granularity if published else None,
        "published_from": doc.published_from,
        "dateline": doc.dateline,
        "dateline_start": doc.dateline_span.start if doc.dateline_span else None,
        "dateline_end": doc.dateline_span.end if doc.dateline_span else None,
        "outlet": doc.outlet,
        "agency": doc.agency,
        "author": doc.author,
        "language": doc.language,
        "language_score": doc.language_score,
        "media_type": doc.media_type,
        "text": doc.text,
        "coded_text": doc.coded_text,
        "boilerplate": json.dumps([[s.start, s.end] for s in doc.boilerplate]),
        "first_seen": now,
        "extractor_version": extractor_version,
    }
    return tuple(values[c] for c in DOCUMENT_COLUMNS)


def document_from_row(row: Sequence[Any]) -> Document:
    data = dict(zip(DOCUMENT_COLUMNS, row, strict=True))
    published = _published(data)
    dateline_span = _dateline_span(data)
    boilerplate = tuple(Span(int(s), int(e)) for s, e in json.loads(data["boilerplate"] or "[]"))
    return Document(
        doc_id=data["doc_id"],
        source=data["source"],
        text=data["text"],
        coded_text=data["coded_text"],
        document_hash=data["document_hash"],
        media_type=data["media_type"],
        title=data["title"],
        published=published,
        published_from=data["published_from"],
        dateline=data["dateline"],
        dateline_span=dateline_span,
        outlet=data["outlet"],
        agency=data["agency"],
        author=data["author"],
        url=data["url"],
        language=data["language"],
        language_score=data["language_score"],
        boilerplate=boilerplate,
    )


def _published(data: dict[str, Any]) -> Period | None:
    if data["published_start"] and data["published_end"] and data["published_granularity"]:
        return Period(
            start=date.fromisoformat(data["published_start"]),
            end=date.fromisoformat(data["published_end"]),
            granularity=data["published_granularity"],
        )
    return None


def _dateline_span(data: dict[str, Any]) -> Span | None:
    if data["dateline_start"] is not None and data["dateline_end"] is not None:
        return Span(data["dateline_start"], data["dateline_end"])
    return None
