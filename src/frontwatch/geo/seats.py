"""The seat of a first-level area: where ACLED puts an event known only by its region.

ACLED codes an event whose place is only a province "to the provincial capital, with geo_precision 3";
an area's centroid lies tens of kilometres from where ACLED's coordinates (and most readers) put it."""

from __future__ import annotations

from functools import lru_cache

from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.keys import name_key
from frontwatch.model import Place

SEAT_SEARCH_KM = 250.0
SEAT_CODES = frozenset({"PPLA", "PPLC"})  # a first-level seat, or the capital (Kyiv City's seat is Kyiv)


def admin_seat(gazetteer: Gazetteer, area: Place) -> Place | None:
    """The populated place that is the area's seat: the biggest town bearing the area's name ("Odesa" for
    the Odesa region, Kyiv for the Kyiv region), else the first-level seat or capital inside it."""
    if area.feature_class != "A" or area.feature_code == "PCLI":
        return None
    return _seat(gazetteer, area)


@lru_cache(maxsize=4096)
def _seat(gazetteer: Gazetteer, area: Place) -> Place | None:
    key = name_key(area.admin1 or area.name)
    namesakes = [
        p
        for p in gazetteer.candidates(area.admin1 or area.name)
        if p.feature_class == "P" and p.country_code == area.country_code and name_key(p.name) == key
    ]
    if namesakes:
        return max(namesakes, key=lambda p: p.population)
    inside = [
        p
        for p in gazetteer.near(area.latitude, area.longitude, SEAT_SEARCH_KM)
        if p.feature_class == "P" and (p.country_code, p.admin1_code) == (area.country_code, area.admin1_code)
    ]
    seats = [p for p in inside if p.feature_code in SEAT_CODES]
    if seats:
        return seats[0]
    # the seat is not marked ("Lutsk" for the Volyn region, no PPLA in the source): the biggest town
    return max(inside, key=lambda p: p.population) if inside else None
