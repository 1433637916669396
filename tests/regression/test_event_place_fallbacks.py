"""Regressions in the choice of an event's place: far namesakes, features named after towns, sentences
that name no place of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from frontwatch.extract.event_places import choose_places, dateline_place, note_dateline
from frontwatch.extract.locate import read_places
from frontwatch.geo.gazetteer import distance_km
from frontwatch.geoparse import Geoparsed, geoparse_documents
from frontwatch.model import Document, Event, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline
from stories import story_events


def extract(pipeline: Pipeline, tmp_path: Path, text: str, published: str) -> list[Event]:
    return story_events(pipeline, tmp_path, text, published)


def document(text: str) -> Document:
    normalised = normalise(RawDocument(doc_id="story", source="test", text=text, media_type="text"))
    assert isinstance(normalised, Document), normalised
    return normalised


def test_ras_al_ain_is_not_rosh_haayin(pipeline: Pipeline, tmp_path: Path) -> None:
    """An alternate spelling of an Israeli town must not outvote the Syrian town that bears the name."""
    events = extract(
        pipeline,
        tmp_path,
        "Turkish warplanes and artillery struck Kurdish-held towns in northeast Syria on Wednesday, "
        "including Ras al-Ain and Tal Abyad, as Ankara launched an offensive.",
        "2019-10-09",
    )
    assert events and events[0].country_code == "SY", events[:1]


def test_stadium_named_after_a_far_town_stays_in_the_story(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "White City Stadium in Bulawayo": White City, Oregon is no place of this story."""
    events = extract(
        pipeline,
        tmp_path,
        "A grenade exploded at a campaign rally at White City Stadium in Bulawayo on Saturday, injuring "
        "several officials.",
        "2018-06-23",
    )
    assert events and events[0].location == "Bulawayo"
    assert all(e.country_code != "US" for e in events)


def test_a_river_is_not_the_city_it_shares_a_name_with(pipeline: Pipeline) -> None:
    text = "The Kakhovka dam on the Dnipro river was breached early on Tuesday, flooding villages downstream."
    (result,) = geoparse_documents(pipeline, [document(text)])
    assert isinstance(result, Geoparsed), result
    toponyms = result.toponyms
    assert "Dnipro" not in [t.text for t in toponyms]
    # the town, or the dam named for it (a site of the landmark table)
    assert {"Kakhovka", "Kakhovka dam"} & {t.text for t in toponyms}


def test_a_possessive_before_a_building_is_still_the_place(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "Mariupol's Drama Theatre" says where, not who."""
    events = extract(
        pipeline,
        tmp_path,
        "Rescuers dug through the rubble of Mariupol's Drama Theatre on Thursday after a Russian air "
        "strike hit the building, the city council said.",
        "2022-03-17",
    )
    assert events and events[0].location == "Mariupol"


def test_a_sentence_without_a_place_goes_on_with_the_last_town(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "Fighting raged around Vuhledar for weeks. On Wednesday, Russian artillery shelled the positions "
        "of the last defenders, the military said.",
        "2024-10-02",
    )
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].location == "Vuhledar"
    assert shelling[0].location_start is not None
    assert shelling[0].evidence_start is not None and shelling[0].location_start < shelling[0].evidence_start


def test_the_dateline_town_stands_for_a_sentence_without_a_place(pipeline: Pipeline) -> None:
    story = document(
        "KHARTOUM (Reuters) - Sudan's military seized power on Monday, dissolving the transitional "
        "government and detaining the prime minister, officials said."
    )
    assert story.dateline_span is not None
    sdoc: Any = pipeline.nlp(story.coded_text)
    reading = read_places(story, sdoc, pipeline.gazetteer)
    trigger = next(t for t in sdoc if t.lower_ == "seized")
    sentence = [m for m in reading.located if m.sentence == 0]
    assert choose_places(sentence, sdoc, trigger) == []  # nothing to go on until the dateline is noted
    note_dateline(story, sdoc, reading.dateline, reading.located)
    noted = dateline_place(sdoc)
    assert noted is not None and noted.place is not None and noted.place.name == "Khartoum"
    chosen = choose_places(sentence, sdoc, trigger)
    assert [p.place.name for p in chosen if p.place is not None] == ["Khartoum"]
    assert story.text[chosen[0].mention.start : chosen[0].mention.end] == "KHARTOUM"


def toponyms_of(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each toponym's text -> (resolved name, country code)."""
    (result,) = geoparse_documents(pipeline, [document(text)])
    assert isinstance(result, Geoparsed), result
    return {t.text: (t.name, t.country_code) for t in result.toponyms}


def test_a_list_of_cities_is_not_a_city_in_a_region(pipeline: Pipeline) -> None:
    """ "near Kyiv, Kharkiv and Odesa": three cities, not Kyiv placed in the Kharkiv region."""
    found = toponyms_of(pipeline, "Russian missiles hit military sites near Kyiv, Kharkiv and Odesa at dawn.")
    assert found["Kyiv"] == ("Kyiv", "UA")
    assert found["Kharkiv"] == ("Kharkiv", "UA")
    contained = toponyms_of(pipeline, "Shelling damaged a school in Kramatorsk, Donetsk Oblast, Ukraine.")
    assert contained["Kramatorsk"] == ("Kramatorsk", "UA")


def test_the_rest_of_the_story_reads_a_name_shared_across_countries(pipeline: Pipeline) -> None:
    """ "St. Petersburg" is a Florida city's own name and an alternate of Russia's city: with Russia named
    the story is in Russia; "Islamabad", an old name of Chattogram, alone is Pakistan's capital."""
    found = toponyms_of(pipeline, "A railway transport was spotted near the port of St. Petersburg, Russia.")
    assert found["St. Petersburg"][1] == "RU"
    alone = toponyms_of(pipeline, "Thousands of protesters clashed with police in Islamabad on Tuesday.")
    assert alone["Islamabad"] == ("Islamabad", "PK")


def test_a_stray_word_is_no_far_village(pipeline: Pipeline) -> None:
    """ "NATO" is the main name of a Philippine village; in a story on Afghanistan it is no place."""
    found = toponyms_of(
        pipeline,
        "U.S. and NATO troops have left Bagram air base, the hub of the war in Afghanistan, officials said.",
    )
    assert all(country != "PH" for _name, country in found.values()), found


def test_a_town_in_the_named_region_is_the_place_of_the_event(pipeline: Pipeline, tmp_path: Path) -> None:
    events = extract(
        pipeline,
        tmp_path,
        "A military air strike hit a crowd gathered in Sagaing region's Kanbalu township on Tuesday, "
        "killing dozens of people, witnesses said.",
        "2023-04-11",
    )
    assert events and events[0].location == "Kanbalu" and events[0].geo_precision in (1, 2)


def test_an_event_known_by_its_region_is_put_at_the_regions_seat(pipeline: Pipeline, tmp_path: Path) -> None:
    """ACLED codes a region-level event to the provincial capital with geo_precision 3, not the centroid."""
    events = extract(
        pipeline,
        tmp_path,
        "Russian forces shelled villages in the Odesa region on Monday, the regional governor said.",
        "2022-05-16",
    )
    assert events and events[0].geo_precision == 3 and events[0].admin1 == "Odesa"
    assert events[0].latitude is not None and events[0].longitude is not None
    assert distance_km(events[0].latitude, events[0].longitude, 46.48, 30.73) < 10


def test_us_in_capitals_is_the_united_states_not_the_french_village(pipeline: Pipeline) -> None:
    story = document("The WNBA and US officials have worked toward her release, her lawyer said in Moscow.")
    sdoc: Any = pipeline.nlp(story.coded_text)
    reading = read_places(story, sdoc, pipeline.gazetteer)
    found = {m.mention.text: m.place.country_code for m in reading.located if m.place is not None}
    assert found.get("US") == "US", found


def _resolved(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    """Each toponym's text with the country it was resolved in (None: left unresolved)."""
    (result,) = geoparse_documents(pipeline, [document(text)])
    assert isinstance(result, Geoparsed), result
    return {t.text: t.country_code for t in result.toponyms}


def test_a_town_south_of_kirkuk_is_not_its_moroccan_namesake(pipeline: Pipeline) -> None:
    """ "the town of Taza, south of Kirkuk" went to Taza in Morocco, 4,700 km from the story's city:
    the gazetteer has no Iraqi Taza; the town lies in the area of the city it is south of."""
    found = _resolved(
        pipeline,
        "KIRKUK, Iraq — Rockets carrying a toxic chemical hit the town of Taza, south of Kirkuk, on "
        "Tuesday, local officials said.",
    )
    assert found["Taza"] == "IQ" and found["Kirkuk"] == "IQ"


def test_a_rakhine_village_is_not_a_russian_city(pipeline: Pipeline) -> None:
    found = _resolved(
        pipeline,
        "Soldiers killed hundreds of Rohingya in the village of Tula Toli in Rakhine state, HRW said.",
    )
    assert found.get("Tula") is None and found["Rakhine"] == "MM"


def test_a_far_town_abroad_named_with_the_city_it_is_near_still_resolves(pipeline: Pipeline) -> None:
    """Gaza, 1,560 km from Tehran, is no far-off namesake in a story that names both."""
    found = _resolved(
        pipeline,
        "Hamas named Yahya Sinwar, its leader in Gaza, as head of its political bureau on Tuesday, "
        "replacing Ismail Haniyeh, who was killed in Tehran last week.",
    )
    assert found["Gaza"] == "PS" and found["Tehran"] == "IR"


def test_a_dateline_naming_a_nation_of_a_union_gives_its_country(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "LONDONDERRY, Northern Ireland" put a car bomb in Londonderry, New Hampshire."""
    events = extract(
        pipeline,
        tmp_path,
        "LONDONDERRY, Northern Ireland — A car bomb exploded outside the courthouse in Londonderry on "
        "Saturday night, police said.",
        "2019-01-20",
    )
    assert events and events[0].country_code == "GB"


def test_a_region_word_abroad_is_no_towns_area(pipeline: Pipeline) -> None:
    """ "a satellite town of the Federal Capital Territory" in a story from Abuja: "Federal Capital" is
    an alternate name of Washington, whose area it is not."""
    found = _resolved(
        pipeline,
        "ABUJA — Gunmen attacked a prison in Kuje, a satellite town of the Federal Capital Territory, "
        "late on Tuesday, officials said.",
    )
    assert found["Kuje"] == "NG" and "US" not in found.values()


# A town and what the words around it say of its place: name, text, publication date, the first event's
# fields that must hold
PLACE_WORD_CASES = [
    (
        # the Argentinian Arroyito (the gazetteer's only one) made the story, and its soldiers, Argentina's
        "a_town_said_to_lie_in_a_department_abroad_is_not_its_namesake",
        "ASUNCION — Guerrillas ambushed an army patrol near the village of Arroyito, in the northern "
        "department of Concepcion, on Sunday, killing three soldiers, military officials said.",
        "2016-08-29",
        {"country_code": "PY"},
    ),
    (
        # a Mexican hamlet named Agua Grande made the story Mexican
        "an_area_in_brackets_says_the_towns_country",
        "On 25 November 2022, armed men attacked the army headquarters in Sao Tome (Agua Grande).",
        "2022-11-26",
        {"country_code": "ST", "actor1": "Unidentified Armed Group (Sao Tome and Principe)"},
    ),
    (
        # not the town the next sentence names
        "the_city_of_a_sentence_is_the_datelines",
        "WINDHOEK: Police fired tear gas at protesters who tried to march into the city's central business "
        "district on Saturday. The protests began after a young woman's remains were found near Walvis Bay.",
        "2020-10-10",
        {"location": "Windhoek"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), PLACE_WORD_CASES, ids=[c[0] for c in PLACE_WORD_CASES]
)
def test_the_words_around_a_town_place_it(
    pipeline: Pipeline, tmp_path: Path, name: str, text: str, published: str, expected: dict[str, str]
) -> None:
    events = extract(pipeline, tmp_path, text, published)
    assert events, name
    assert {field: getattr(events[0], field) for field in expected} == expected, name
