"""Read endpoints: events (pages, GeoJSON, CSV), points and a day histogram for the map, one event,
places, documents and full-text search. Thin: each calls one store method and serialises."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse

from frontwatch.api.deps import open_db, settings_of
from frontwatch.api.params import event_query
from frontwatch.api.serialise import document_json, event_json, events_csv, events_geojson
from frontwatch.errors import NotFound
from frontwatch.extract.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from frontwatch.model import MODALITIES
from frontwatch.store.review_model import REVIEW_STATUSES, REVIEWABLE, EventQuery

router = APIRouter(prefix="/api")
Filters = Annotated[EventQuery, Depends(event_query)]


@router.get("/events", summary="Events matching the filters, a page at a time (or all as GeoJSON/CSV)")
def list_events(
    request: Request,
    query: Filters,
    limit: Annotated[int | None, Query(ge=1, description="events per page (capped)")] = None,
    cursor: Annotated[
        str | None, Query(max_length=400, description="next_cursor of the previous page")
    ] = None,
    format: Annotated[Literal["json", "geojson", "csv"], Query()] = "json",
) -> Any:
    settings = settings_of(request)
    with open_db(request) as store:
        if format != "json":
            items = store.reviewed_events(query, limit=settings.download_max)
            if format == "geojson":
                return JSONResponse(events_geojson(items), media_type="application/geo+json")
            headers = {"Content-Disposition": 'attachment; filename="events.csv"'}
            return Response(events_csv(items), media_type="text/csv; charset=utf-8", headers=headers)
        size = min(limit or settings.page_default, settings.page_max)
        page = store.event_page(query, limit=size, cursor=cursor)
    body = {"events": [event_json(e) for e in page.events], "next_cursor": page.next_cursor, "limit": size}
    return JSONResponse(body)


@router.get("/points", summary="Located events as compact rows for the map: [id, lat, lon, type, date]")
def list_points(request: Request, query: Filters) -> JSONResponse:
    settings = settings_of(request)
    with open_db(request) as store:
        rows = store.event_points(query, limit=settings.download_max + 1)
    truncated = len(rows) > settings.download_max
    return JSONResponse({"points": rows[: settings.download_max], "truncated": truncated})


@router.get("/timeline", summary="Events per day for the timeline histogram")
def timeline(request: Request, query: Filters) -> JSONResponse:
    with open_db(request) as store:
        days = store.day_counts(query)
    return JSONResponse({"days": [[day, count] for day, count in days]})


@router.get("/events/{event_id}", summary="One event with its corrections applied and its review")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    with open_db(request) as store:
        item = store.reviewed_event(event_id)
    if item is None:
        raise NotFound(f"there is no event {event_id!r}")
    return event_json(item)


@router.get("/places", summary="Places that events are coded at, with event counts")
def list_places(
    request: Request,
    q: Annotated[str | None, Query(max_length=100, description="start of the place name")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    with open_db(request) as store:
        return {"places": store.place_counts(q, limit=limit)}


@router.get("/documents/{document_hash}", summary="A document: text, title, outlet and (http/https) URL")
def get_document(request: Request, document_hash: str) -> dict[str, Any]:
    with open_db(request) as store:
        doc = store.document(document_hash)
    if doc is None:
        raise NotFound(f"there is no document {document_hash!r}")
    return document_json(doc)


@router.get("/search", summary="Full-text search over document titles and texts (FTS5)")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    with open_db(request) as store:
        hits = store.search_documents(q, limit)
    return {
        "hits": [{"document_hash": h.document_hash, "title": h.title, "snippet": h.snippet} for h in hits]
    }


@router.get("/vocabulary", summary="The values the filters and the review form offer")
def vocabulary() -> dict[str, Any]:
    return {
        "event_types": list(EVENT_TYPES),
        "sub_event_types": SUB_EVENT_TYPES,
        "modalities": list(MODALITIES),
        "review_statuses": list(REVIEW_STATUSES),
        "reviewable": list(REVIEWABLE),
    }
