"""Events, documents and audit entries as JSON, GeoJSON and CSV for the API.

Every value goes out as data (JSON strings, CSV cells guarded against spreadsheet formulas); the
page sets them as text, never as HTML.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import asdict, fields
from typing import Any
from urllib.parse import urlsplit

from frontwatch.export.acled_csv import write_acled_csv
from frontwatch.export.geojson import feature
from frontwatch.model import Document, Event, public_place_ids
from frontwatch.store.review_model import AuditEntry, ReviewedEvent

SAFE_SCHEMES = ("http", "https")


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) link, else None (no javascript:, data: or relative links)."""
    if not url:
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return text


def review_json(item: ReviewedEvent) -> dict[str, Any]:
    review = item.review
    return {
        "status": item.status,
        "fields": dict(review.fields) if review else {},
        "reviewer": review.reviewer if review else None,
        "reviewed_at": review.reviewed_at if review else None,
    }


_EVENT_FIELDS = tuple(f.name for f in fields(Event) if f.name != "extra")


def event_json(item: ReviewedEvent) -> dict[str, Any]:
    """Every event field (corrections applied) plus the review; the same keys as `Event.as_dict`
    (built directly: `dataclasses.asdict` deep-copies and costs more than the query)."""
    event = item.event
    data = {name: getattr(event, name) for name in _EVENT_FIELDS}
    data.update(event.extra)
    data.update(public_place_ids(event.geonameid))
    data["review"] = review_json(item)
    return data


def events_geojson(items: Iterable[ReviewedEvent]) -> dict[str, Any]:
    features = []
    for item in items:
        point = feature(item.event)
        if point is not None:
            point["properties"]["review_status"] = item.status
            features.append(point)
    return {"type": "FeatureCollection", "features": features}


def events_csv(items: Iterable[ReviewedEvent]) -> str:
    """ACLED-style CSV of the events (background events included: the filters chose them)."""
    out = io.StringIO()
    write_acled_csv((i.event for i in items), out, include_historical=True)
    return out.getvalue()


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "document_hash": doc.document_hash,
        "doc_id": doc.doc_id,
        "title": doc.title,
        "outlet": doc.outlet,
        "agency": doc.agency,
        "author": doc.author,
        "url": safe_url(doc.url),
        "published": doc.published.start.isoformat() if doc.published else None,
        "language": doc.language,
        "text": doc.text,
    }


def audit_json(entry: AuditEntry) -> dict[str, Any]:
    return asdict(entry)
