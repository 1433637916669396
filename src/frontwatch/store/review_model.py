"""Records for browsing and reviewing events: the query, a page, a review, an audit entry.

Storage-neutral: the SQLite implementation is in `sqlite_browse` and `sqlite_review`. A review is kept
by event id (a content hash), apart from the extracted rows, so it survives re-ingest and
re-extraction and is applied every time the event is read.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontwatch.errors import BadQuery, InvalidReview
from frontwatch.extract.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from frontwatch.model import MODALITIES, Event

REVIEW_ACTIONS = ("accept", "correct", "reject")
REVIEW_STATUSES = ("unreviewed", "accepted", "corrected", "rejected")

# The fields an analyst may change, with the Python types their values may take (None clears a field).
_TEXT = (str,)
_INT = (int,)
_NUMBER = (int, float)
REVIEWABLE: dict[str, tuple[type, ...]] = {
    "event_type": _TEXT,
    "sub_event_type": _TEXT,
    "actor1": _TEXT,
    "actor2": _TEXT,
    "claimant": _TEXT,
    "claimant_side": _TEXT,
    "modality": _TEXT,
    "location": _TEXT,
    "geonameid": _INT,
    "admin1": _TEXT,
    "country": _TEXT,
    "country_code": _TEXT,
    "latitude": _NUMBER,
    "longitude": _NUMBER,
    "geo_precision": _INT,
    "event_date": _TEXT,
    "time_precision": _INT,
    "fatalities": _INT,
}
_REQUIRED = ("event_type", "sub_event_type", "modality")
MAX_TEXT_VALUE = 500


@dataclass(frozen=True)
class BBox:
    """A west, south, east, north box in degrees (west > east crosses the antimeridian)."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> BBox:
        parts = text.split(",")
        try:
            values = [float(p) for p in parts]
        except ValueError:
            values = []
        if len(values) != 4 or not all(math.isfinite(v) for v in values):
            raise BadQuery(f"bbox {text!r} is not four numbers west,south,east,north")
        west, south, east, north = values
        if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
            raise BadQuery(f"bbox {text!r} is outside the globe or has south above north")
        return cls(west, south, east, north)


CLAIM_STATUSES = ("claimed", "corroborated", "disputed")


@dataclass(frozen=True)
class EventQuery:
    """Which reviewed events to read. Text filters are case-insensitive substrings; `text` is a
    full-text search over the events' documents; `event_types` and `modalities` match any listed."""

    date_from: str | None = None
    date_to: str | None = None
    event_types: tuple[str, ...] = ()
    sub_event_type: str | None = None
    actor: str | None = None
    claimant: str | None = None
    modalities: tuple[str, ...] = ()
    place: str | None = None
    text: str | None = None
    bbox: BBox | None = None
    review: str | None = None  # one of REVIEW_STATUSES; rejected events are left out unless asked for
    document_hash: str | None = None
    status: str | None = None  # the status of the event's incident: claimed, corroborated or disputed

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            check_date(name, getattr(self, name))
        if self.review is not None and self.review not in REVIEW_STATUSES:
            raise BadQuery(f"review {self.review!r} is not one of {', '.join(REVIEW_STATUSES)}")
        if self.status is not None and self.status not in CLAIM_STATUSES:
            raise BadQuery(f"status {self.status!r} is not one of {', '.join(CLAIM_STATUSES)}")


def check_date(name: str, value: str | None) -> None:
    """BadQuery (FW602) unless `value` is None or a YYYY-MM-DD date."""
    if value is not None and not _is_date(value):
        raise BadQuery(f"{name} {value!r} is not a date; give YYYY-MM-DD")


@dataclass(frozen=True)
class ReviewState:
    """How an analyst left an event: its status, the fields changed, by whom and when."""

    status: str
    fields: dict[str, Any]
    reviewer: str
    reviewed_at: str


@dataclass(frozen=True)
class ReviewedEvent:
    """An event as read: the extracted values with the analyst's corrections applied."""

    event: Event
    review: ReviewState | None = None

    @property
    def status(self) -> str:
        return self.review.status if self.review else "unreviewed"


@dataclass(frozen=True)
class Page:
    """One page of events and the cursor of the next page (None on the last)."""

    events: list[ReviewedEvent]
    next_cursor: str | None


@dataclass(frozen=True)
class AuditEntry:
    audit_id: int
    event_id: str
    reviewer: str
    reviewed_at: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True)
class ReviewRequest:
    """A validated change to one event."""

    action: str
    fields: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def parse(cls, action: object, fields: object) -> ReviewRequest:
        if action not in REVIEW_ACTIONS:
            raise InvalidReview(f"action {action!r} is not one of {', '.join(REVIEW_ACTIONS)}")
        if fields is None:
            fields = {}
        if not isinstance(fields, dict):
            raise InvalidReview("fields must be an object of field names and values")
        if action != "correct" and fields:
            raise InvalidReview(f"{action} takes no fields; use correct to change values")
        if action == "correct" and not fields:
            raise InvalidReview("correct needs at least one field to change")
        return cls(str(action), {name: check_field(name, value) for name, value in fields.items()})


def check_field(name: object, value: Any) -> Any:
    """The value if the field is reviewable and the value fits it; InvalidReview otherwise."""
    if not isinstance(name, str) or name not in REVIEWABLE:
        raise InvalidReview(f"{name!r} cannot be reviewed; reviewable fields: {', '.join(REVIEWABLE)}")
    if value is None:
        if name in _REQUIRED:
            raise InvalidReview(f"{name} cannot be empty")
        return None
    if isinstance(value, bool) or not isinstance(value, REVIEWABLE[name]):
        raise InvalidReview(f"{name} has a value of the wrong type: {value!r}")
    if isinstance(value, str):
        value = value.strip()
        if not value or len(value) > MAX_TEXT_VALUE:
            raise InvalidReview(f"{name} must be 1 to {MAX_TEXT_VALUE} characters")
    _check_domain(name, value)
    return value


def _check_domain(name: str, value: Any) -> None:
    checks: dict[str, tuple[bool, str]] = {
        "event_type": (value in EVENT_TYPES, "an ACLED event type"),
        "sub_event_type": (value in SUB_EVENT_TYPES, "an ACLED sub-event type"),
        "modality": (value in MODALITIES, f"one of {', '.join(MODALITIES)}"),
        "event_date": (isinstance(value, str) and _is_date(value), "a date YYYY-MM-DD"),
        "latitude": (isinstance(value, int | float) and -90 <= value <= 90, "between -90 and 90"),
        "longitude": (isinstance(value, int | float) and -180 <= value <= 180, "between -180 and 180"),
        "geo_precision": (value in (1, 2, 3), "1, 2 or 3"),
        "time_precision": (value in (1, 2, 3), "1, 2 or 3"),
        "fatalities": (isinstance(value, int) and value >= 0, "a count, 0 or more"),
        "country_code": (isinstance(value, str) and len(value) == 2 and value.isalpha(), "two letters"),
    }
    ok, expected = checks.get(name, (True, ""))
    if not ok:
        raise InvalidReview(f"{name} {value!r} is not {expected}")


def check_consistent(values: dict[str, Any]) -> None:
    """The corrected event must keep a sub-event type that belongs to its event type."""
    sub, kind = values.get("sub_event_type"), values.get("event_type")
    if sub is not None and SUB_EVENT_TYPES.get(sub) != kind:
        raise InvalidReview(f"sub-event type {sub!r} does not belong to event type {kind!r}")


def reviewable_values(event: Event) -> dict[str, Any]:
    """The reviewable fields of an event, as the audit trail records them."""
    return {name: getattr(event, name) for name in REVIEWABLE}


def encode_cursor(sort_key: str, event_id: str) -> str:
    raw = json.dumps([sort_key, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key, event_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError):
        raise BadQuery("cursor is not one this server gave out; start again without it") from None
    if not isinstance(key, str) or not isinstance(event_id, str):
        raise BadQuery("cursor is not one this server gave out; start again without it")
    return key, event_id


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10
