"""Review endpoints: accept, correct or reject an event; the audit trail; place look-ups for the
review form (by name, or the nearest place to a clicked point). Writes need a token (see security)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from frontwatch.api.deps import gazetteer_of, open_db
from frontwatch.api.serialise import audit_json, event_json
from frontwatch.model import Place
from frontwatch.store.review_model import ReviewRequest

router = APIRouter(prefix="/api")
NEAR_KM = (10.0, 50.0, 200.0)


class ReviewBody(BaseModel):
    """A change to one event. `fields` (for correct) maps reviewable field names to new values."""

    action: Literal["accept", "correct", "reject"]
    fields: dict[str, Any] = Field(default_factory=dict, max_length=32)


@router.post("/events/{event_id}/review", summary="Accept, correct or reject an event (token needed)")
def review_event(request: Request, event_id: str, body: ReviewBody) -> dict[str, Any]:
    review = ReviewRequest.parse(body.action, body.fields)
    with open_db(request) as store:
        item = store.review_event(event_id, review, request.state.reviewer)
    return event_json(item)


@router.get("/events/{event_id}/audit", summary="The audit trail of one event, newest first")
def event_audit(request: Request, event_id: str) -> dict[str, Any]:
    with open_db(request) as store:
        return {"audit": [audit_json(a) for a in store.audit_trail(event_id)]}


@router.get("/audit", summary="The latest review changes, newest first")
def audit(request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
    with open_db(request) as store:
        return {"audit": [audit_json(a) for a in store.audit_trail(limit=limit)]}


@router.get("/whoami", summary="The name of the token sent in X-Frontwatch-Token, or null")
def whoami(request: Request) -> dict[str, Any]:
    from frontwatch.api.security import TOKEN_HEADER

    token = request.headers.get(TOKEN_HEADER)
    with open_db(request) as store:
        return {"name": store.token_owner(token) if token else None}


def _place_json(place: Place) -> dict[str, Any]:
    return {
        "name": place.name,
        "geonameid": place.geonameid,
        "admin1": place.admin1 or None,
        "country": place.country,
        "country_code": place.country_code,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "feature_code": place.feature_code,
        "katottg": place.katottg,  # the id above is the internal one: the review form posts it back
        "icao": place.icao,  # likewise for an airport or air base
        "estimated": place.estimated,
    }


@router.get("/gazetteer", summary="Places the gazetteer knows by this name (for the review form)")
def gazetteer_search(
    request: Request, q: Annotated[str, Query(min_length=1, max_length=100)]
) -> dict[str, Any]:
    gazetteer = gazetteer_of(request)
    if gazetteer is not None:
        places = sorted(gazetteer.candidates(q), key=lambda p: -p.population)[:20]
        if places:
            return {"places": [_place_json(p) for p in places]}
    with open_db(request) as store:
        return {"places": store.place_counts(q, limit=20)}


@router.get("/gazetteer/near", summary="The largest places near a point (for a click on the map)")
def gazetteer_near(
    request: Request,
    lat: Annotated[float, Query(ge=-90, le=90)],
    lon: Annotated[float, Query(ge=-180, le=180)],
) -> dict[str, Any]:
    gazetteer = gazetteer_of(request)
    if gazetteer is None:
        return {"places": []}
    for km in NEAR_KM:
        places = gazetteer.near(lat, lon, km)
        if places:
            best = sorted(places, key=lambda p: -p.population)[:10]
            return {"places": [_place_json(p) for p in best]}
    return {"places": []}
