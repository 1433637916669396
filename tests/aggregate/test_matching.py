"""When two reports are the same happening: the place, date, type and actor rules one by one."""

from __future__ import annotations

from frontwatch.aggregate.linking import link_all
from frontwatch.aggregate.matching import key_of, matches

from .support import make_event

BASE = make_event("a")


def _match(**fields: object) -> bool:
    return matches(key_of(BASE), key_of(make_event("b", **fields)))


def test_same_place_and_day_match() -> None:
    assert _match()
    assert _match(event_date="2022-09-11", date_start="2022-09-11", date_end="2022-09-11")  # one day slack


def test_two_days_apart_do_not_match() -> None:
    assert not _match(event_date="2022-09-12", date_start="2022-09-12", date_end="2022-09-12")


def test_nearby_town_matches_but_a_farther_one_does_not() -> None:
    near = {"geonameid": 1, "location": "Near", "latitude": 49.80, "longitude": 37.62}  # about 10 km
    far = {"geonameid": 2, "location": "Far", "latitude": 49.95, "longitude": 37.62}  # about 27 km
    assert _match(**near)
    assert not _match(**far)


def test_region_level_report_matches_only_the_same_place() -> None:
    assert not _match(geonameid=3, location="Kharkiv Oblast", geo_precision=3, latitude=49.72)


def test_type_groups() -> None:
    assert _match(sub_event_type="Government regains territory")  # fighting and a change of control
    assert not _match(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")


def test_a_vague_date_matches_only_the_same_place_and_kind() -> None:
    month = {
        "event_date": "2022-09-01",
        "date_start": "2022-09-01",
        "date_end": "2022-09-30",
        "time_precision": 3,
    }
    assert _match(**month)
    assert not _match(**month, geonameid=1, latitude=49.80)


def test_a_third_side_is_another_fight() -> None:
    assert _match(actor1="Military Forces of Ukraine (2019-)", actor2=None)
    assert not _match(actor1="Rapid Support Forces", actor2="Military Forces of Sudan (2019-)")


def test_future_reports_join_no_incident() -> None:
    assert not _match(modality="future")


def test_incidents_are_connected_components_with_the_smallest_id() -> None:
    chain = [
        make_event("c"),
        make_event("b", event_date="2022-09-11", date_start="2022-09-11", date_end="2022-09-11"),
        make_event("a", event_date="2022-09-12", date_start="2022-09-12", date_end="2022-09-12"),
        make_event("z", geonameid=9, location="Elsewhere", latitude=47.0, longitude=33.0),
    ]
    rows = {row.event_id: row.incident_id for row in link_all(chain)}
    assert rows == {"a": "ia", "b": "ia", "c": "ia", "z": "iz"}
