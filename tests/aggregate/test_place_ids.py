"""A settlement from the Ukrainian codifier has no GeoNames id: every output shows geonameid null and its
KATOTTG code, never the internal negative key."""

from __future__ import annotations

from frontwatch.api.serialise import event_json
from frontwatch.model import katottg_id
from frontwatch.store.review_model import ReviewedEvent

from .support import make_event

CODE = "UA14160090010012345"


def test_api_event_shows_the_code_not_the_internal_id() -> None:
    event = make_event("e1", geonameid=katottg_id(CODE))
    data = event_json(ReviewedEvent(event))
    assert data["geonameid"] is None and data["katottg"] == CODE


def test_api_event_of_a_geonames_place_keeps_its_id() -> None:
    data = event_json(ReviewedEvent(make_event("e2", geonameid=703448)))
    assert data["geonameid"] == 703448 and data["katottg"] is None
