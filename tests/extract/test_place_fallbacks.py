"""Where an event is placed when its words say little: the story's country, a city's police, a town
described after its name, a state's house in the capital. Regression tests named after the bugs."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.extract.datelines import Filed, dateline_toponyms, filed_country
from frontwatch.model import Event, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline
from stories import story_events


def _main_event(pipeline: Pipeline, tmp_path: Path, text: str, published: str = "2024-03-09") -> Event:
    events = story_events(pipeline, tmp_path, text, published)
    assert events, text
    return events[0]


def test_an_event_named_only_by_its_peoples_name_is_placed_in_their_country(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # no place at all was given, where ACLED codes the country at geo_precision 3
    event = _main_event(
        pipeline,
        tmp_path,
        "Chilean teachers went on strike on Monday, leaving classrooms empty across the country in a "
        "dispute over unpaid bonuses, their union said.",
    )
    assert (event.location, event.country_code, event.geo_precision) == ("Chile", "CL", 3)
    assert event.location_start is None and event.location_end is None  # no words of the story name it


def test_an_event_in_a_story_that_names_only_its_country_points_to_those_words(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    text = (
        "The rebel movement's leader announced on Saturday that it had set up an armed wing to defend "
        "villages in Mozambique's north."
    )
    event = _main_event(pipeline, tmp_path, text)
    assert (event.country_code, event.geo_precision) == ("MZ", 3)
    assert event.location_start is not None and event.location_end is not None
    assert event.location_end - event.location_start == len("Mozambique")  # the words that name it


def test_a_citys_police_are_where_they_work(pipeline: Pipeline, tmp_path: Path) -> None:
    # "Lisbon police" was taken for a government speaking, and the event had no place
    event = _main_event(
        pipeline,
        tmp_path,
        "Lisbon police fired tear gas at hundreds of protesters who blocked a motorway on Saturday to "
        "demand lower rents.",
    )
    assert (event.location, event.country_code) == ("Lisbon", "PT")


def test_a_town_described_after_its_name_is_a_place_by_any_spelling(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # "Dhusamareb" is only an alternate spelling of the town's name, and no word before it says it is a place
    event = _main_event(
        pipeline,
        tmp_path,
        "Clan militias seized Dhusamareb, a dusty town in central Somalia, on Friday after two days of "
        "heavy fighting, elders said.",
    )
    assert (event.location, event.country_code, event.geo_precision) == ("Dhuusamarreeb", "SO", 1)


def test_a_crowd_outside_a_states_house_is_in_its_capital(pipeline: Pipeline, tmp_path: Path) -> None:
    event = _main_event(
        pipeline,
        tmp_path,
        "Thousands of farmers rallied in front of Paraguay's Congress on Tuesday to demand debt relief, "
        "organisers said.",
    )
    assert (event.location, event.country_code) == ("Asunción", "PY")


def test_a_deal_signed_at_the_presidential_palace_keeps_its_parties_ground(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # a state's house places crowds that gather at it, not what is signed inside
    event = _main_event(
        pipeline,
        tmp_path,
        "The government and the rebels signed a peace agreement at the presidential palace on Thursday, "
        "ending two decades of war in Mindanao.",
    )
    assert event.sub_event_type == "Agreement"
    assert event.location != "Manila"


def test_a_bracketed_area_holds_the_town_before_it(pipeline: Pipeline, tmp_path: Path) -> None:
    # "Taxco (Guerrero)" was the Tabasco hamlet of that name: the brackets only chose the country
    event = _main_event(
        pipeline,
        tmp_path,
        "On 2 March 2024, residents of Taxco (Guerrero) set fire to the house of a man accused of killing "
        "a child.",
    )
    assert (event.location, event.admin1) == ("Taxco de Alarcón", "Guerrero")


def test_a_village_the_gazetteer_lacks_is_placed_at_the_bracketed_town(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # "Los Alamitos (Choix, Sinaloa)" was a namesake two states away; the municipality's seat is near
    event = _main_event(
        pipeline,
        tmp_path,
        "On 3 May 2023, soldiers clashed with cartel gunmen in Los Alamitos (Choix, Sinaloa). Four gunmen "
        "were killed.",
    )
    assert (event.location, event.geo_precision, event.admin1) == ("Choix", 2, "Sinaloa")


def test_an_act_spread_across_the_country_is_the_countrys(pipeline: Pipeline, tmp_path: Path) -> None:
    # the dateline's city was the place of protests the sentence spreads over the whole country
    event = _main_event(
        pipeline,
        tmp_path,
        "LUSAKA — Police fired tear gas at thousands of people on the first day of nationwide protests "
        "against power cuts on Monday, a rights group said.",
    )
    assert (event.location, event.country_code, event.geo_precision) == ("Zambia", "ZM", 3)


def test_unrest_across_the_country_in_another_clause_leaves_the_town(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    event = _main_event(
        pipeline,
        tmp_path,
        "KUMASI: A crowd stormed the regional police station on Friday and freed six suspects, police said, "
        "as anger over fuel prices turned violent across the country.",
    )
    assert (event.location, event.geo_precision) == ("Kumasi", 1)


def test_a_deal_between_the_state_and_rebels_made_in_its_capital_is_the_countrys(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    event = _main_event(
        pipeline,
        tmp_path,
        "MAPUTO — President Filipe Nyusi and the RENAMO leader signed a peace accord in Maputo on Tuesday, "
        "ending years of clashes in the centre of the country.",
        "2019-08-07",
    )
    assert event.sub_event_type == "Agreement"
    assert (event.location, event.country_code, event.geo_precision) == ("Mozambique", "MZ", 3)


def test_the_front_in_ukraine_weighs_nothing_in_a_story_from_before_the_war(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # a Donetsk village called Chechnya, near the front of 2022, beat the Chechen Republic in a story of 2000
    event = _main_event(
        pipeline,
        tmp_path,
        "MOSCOW — Russian troops detained dozens of men in Chechnya on Sunday during sweeps for rebels, "
        "officials said.",
        "2000-03-27",
    )
    assert (event.country_code, event.geo_precision) == ("RU", 3)


def test_a_country_in_brackets_after_the_dateline_is_no_agency(pipeline: Pipeline, tmp_path: Path) -> None:
    # "CARTAGO (Costa Rica) -": Cartago in Colombia was taken, the brackets read as a news agency
    event = _main_event(
        pipeline,
        tmp_path,
        "CARTAGO (Costa Rica) - Police used tear gas on Monday to clear a blockade that farmers had kept "
        "on the highway for a week, the security ministry said.",
        "2020-10-13",
    )
    assert (event.location, event.country_code) == ("Cartago", "CR")


def test_a_state_office_heading_a_release_names_the_country_it_was_filed_from(pipeline: Pipeline) -> None:
    text = "GUYANA POLICE FORCE - PRESS RELEASE. Armed men opened fire on residents on Saturday night."
    doc = normalise(RawDocument(doc_id="x", source="x", text=text, media_type="text"))
    assert filed_country(doc, pipeline.gazetteer) == Filed("GY", True)
    toponyms = dateline_toponyms(doc, pipeline.gazetteer, ())
    assert [(t.text, t.place.country_code if t.place else None) for t in toponyms] == [("GUYANA", "GY")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the owner's name was read from its last word: Guinea's capital, Conakry
        (
            "Gunmen who came by boat attacked the presidential palace in Equatorial Guinea's capital on "
            "Tuesday.",
            "Malabo",
        ),
        # GeoNames records Yamoussoukro; the press's capital is the seat of government
        ("Soldiers fired on protesters in Ivory Coast's capital on Thursday, killing two.", "Abidjan"),
    ],
)
def test_the_capital_a_country_is_said_to_own(
    pipeline: Pipeline, tmp_path: Path, text: str, place: str
) -> None:
    assert _main_event(pipeline, tmp_path, text, "2009-02-18").location == place
