"""Endpoints over the cross-document aggregates (`frontwatch.aggregate`): incidents with their claims
ledger, syndicated stories, and territorial control on a day. Read-only: the aggregates are built
by `frontwatch incidents --rebuild` or kept current by ingest."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from frontwatch.aggregate import queries, tables_of
from frontwatch.aggregate.control import BoundingBox, control_at
from frontwatch.api.deps import open_db, settings_of
from frontwatch.errors import BadQuery, NotFound, UnknownIncident
from frontwatch.store.api import EventFilter
from frontwatch.store.review_model import BBox, check_date

router = APIRouter(prefix="/api")
Text = Annotated[str | None, Query(max_length=200)]


@router.get("/incidents", summary="Incidents (one happening, many reports) with their claims ledgers")
def list_incidents(
    request: Request,
    date_from: Annotated[str | None, Query(alias="from", description="first day, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="last day, YYYY-MM-DD")] = None,
    event_type: Annotated[str | None, Query(alias="type")] = None,
    sub_type: Text = None,
    actor: Text = None,
    claimant: Text = None,
    modality: Text = None,
    place: Text = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> JSONResponse:
    check_date("from", date_from or None)
    check_date("to", date_to or None)
    size = min(limit or settings_of(request).page_max, settings_of(request).page_max)
    filters = EventFilter(
        date_from=date_from or None,
        date_to=date_to or None,
        event_type=event_type or None,
        sub_event_type=sub_type or None,
        actor=actor or None,
        claimant=claimant or None,
        modality=modality or None,
        place=place or None,
        limit=size,
    )
    with open_db(request) as store, store.bounded("read incidents"):
        rows = queries.incidents(tables_of(store), filters)
    return JSONResponse({"incidents": rows})


@router.get("/incidents/{incident_id}", summary="One incident with every claim about it")
def get_incident(request: Request, incident_id: str) -> JSONResponse:
    with open_db(request) as store, store.bounded("read an incident"):
        try:
            row = queries.incident(tables_of(store), incident_id)
        except UnknownIncident as exc:
            raise NotFound(exc.message) from exc
    return JSONResponse(row)


@router.get("/events/{event_id}/incident", summary="The incident an event reports, with every claim about it")
def get_event_incident(request: Request, event_id: str) -> JSONResponse:
    with open_db(request) as store, store.bounded("read an event's incident"):
        tables = tables_of(store)
        incident_id = tables.incidents_of_events([event_id]).get(event_id)
        if incident_id is None:
            raise NotFound(f"event {event_id} belongs to no incident")
        try:
            row = queries.incident(tables, incident_id)
        except UnknownIncident as exc:
            raise NotFound(exc.message) from exc
    return JSONResponse(row)


@router.get("/stories", summary="Stories run by several outlets (syndicated copies), largest first")
def list_stories(
    request: Request,
    min_documents: Annotated[int, Query(ge=1, le=1000)] = 2,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> JSONResponse:
    with open_db(request) as store, store.bounded("read stories"):
        rows = queries.stories(tables_of(store), min_documents, limit)
    return JSONResponse({"stories": rows})


@router.get("/control", summary="Who controls each place with a control timeline, on a day")
def control(
    request: Request,
    date: Annotated[str, Query(description="the day, YYYY-MM-DD")],
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
) -> JSONResponse:
    check_date("date", date)
    box = None
    if bbox:
        parsed = BBox.parse(bbox)
        if parsed.west > parsed.east:
            raise BadQuery("bbox for control cannot cross the antimeridian")
        box = BoundingBox(parsed.west, parsed.south, parsed.east, parsed.north)
    with open_db(request) as store, store.bounded("read territorial control"):
        places = control_at(tables_of(store), date, box)
    return JSONResponse({"date": date, "places": places})
