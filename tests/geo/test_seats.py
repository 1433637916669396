"""Where an event known only by its region goes: the region's seat, as ACLED codes it."""

from __future__ import annotations

from frontwatch.geo import Gazetteer
from frontwatch.geo.gazetteer import distance_km
from frontwatch.geo.geocode import GeoContext, resolve
from frontwatch.geo.seats import admin_seat
from frontwatch.model import Place


def _region(gaz: Gazetteer, name: str, country: str) -> Place:
    area = resolve(gaz, name, GeoContext(focus_countries=(country,)), kind="region").place
    assert area is not None and area.feature_code == "ADM1", area
    return area


def test_a_region_named_after_its_city_has_the_city_as_seat(gaz: Gazetteer) -> None:
    area = _region(gaz, "Odesa region", "UA")
    seat = admin_seat(gaz, area)
    assert seat is not None and seat.name == "Odesa" and seat.feature_class == "P"
    assert distance_km(seat.latitude, seat.longitude, 46.48, 30.73) < 10
    assert distance_km(area.latitude, area.longitude, 46.48, 30.73) > 25


def test_the_kyiv_region_is_seated_in_kyiv(gaz: Gazetteer) -> None:
    """The city is an area of its own (Kyiv City); the oblast around it still answers to it."""
    for name in ("Kyiv Oblast", "Kyiv region"):
        seat = admin_seat(gaz, _region(gaz, name, "UA"))
        assert seat is not None and seat.name == "Kyiv", name


def test_countries_and_towns_have_no_seat(gaz: Gazetteer) -> None:
    ukraine = gaz.country("UA")
    assert ukraine is not None and admin_seat(gaz, ukraine) is None
    town = resolve(gaz, "Izium", GeoContext(focus_countries=("UA",))).place
    assert town is not None and admin_seat(gaz, town) is None


def test_an_area_whose_seat_is_not_marked_takes_its_biggest_town(gaz: Gazetteer) -> None:
    """The Volyn region's seat, Lutsk, bears no first-level seat code in the source: it was no seat at all,
    and the event stayed at the area's centroid, 99 km away."""
    seat = admin_seat(gaz, _region(gaz, "Volyn", "UA"))
    assert seat is not None and seat.name == "Lutsk"
