"""The query parameters shared by the event endpoints, turned into an `EventQuery`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from frontwatch.store.review_model import BBox, EventQuery

Text = Annotated[str | None, Query(max_length=200)]


def event_query(
    date_from: Annotated[str | None, Query(alias="from", description="first event date, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="last event date, YYYY-MM-DD")] = None,
    event_type: Annotated[
        list[str] | None, Query(alias="type", description="ACLED event type (repeat)")
    ] = None,
    sub_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="text in actor1 or actor2")] = None,
    claimant: Annotated[
        str | None, Query(max_length=200, description="text in claimant, claimant actor or side")
    ] = None,
    modality: Annotated[list[str] | None, Query(description="asserted, claimed, ... (repeat)")] = None,
    place: Annotated[
        str | None, Query(max_length=200, description="text in location, admin1, country")
    ] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    text: Annotated[
        str | None, Query(max_length=200, description="words that must occur in the event's document")
    ] = None,
    review: Annotated[
        str | None,
        Query(description="unreviewed, accepted, corrected or rejected (default: all but rejected)"),
    ] = None,
    status: Annotated[
        str | None, Query(description="the status of the event's incident: claimed, corroborated, disputed")
    ] = None,
) -> EventQuery:
    """Blank parameters count as absent, so a form can send every field."""
    return EventQuery(
        date_from=date_from or None,
        date_to=date_to or None,
        event_types=tuple(t for t in event_type or () if t),
        sub_event_type=sub_type or None,
        actor=actor or None,
        claimant=claimant or None,
        modalities=tuple(m for m in modality or () if m),
        place=place or None,
        text=text or None,
        bbox=BBox.parse(bbox) if bbox else None,
        review=review or None,
        status=status or None,
    )
