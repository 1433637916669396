"""Geoparsing on real parses: every toponym found with its kind, put in the right spot, and the names
that are not places left out."""

from __future__ import annotations

import math

import pytest

from frontwatch.extract.toponyms import Toponym, geoparse
from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline


def parse(pipeline: Pipeline, text: str) -> list[Toponym]:
    doc = normalise(RawDocument("t", "test", text, "jsonl"))
    assert isinstance(doc, Document)
    return geoparse(doc, pipeline.nlp(doc.coded_text), pipeline.gazetteer)


def km(t: Toponym, lat: float, lon: float) -> float:
    assert t.latitude is not None and t.longitude is not None, t
    p1, p2 = math.radians(lat), math.radians(t.latitude)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(t.longitude - lon) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def by_text(toponyms: list[Toponym]) -> dict[str, Toponym]:
    return {t.text: t for t in toponyms}


def test_towns_regions_countries_and_demonyms(pipeline: Pipeline) -> None:
    text = (
        "Ukrainian troops entered Kupiansk on Saturday and pushed towards Izium in the Kharkiv region, "
        "while Russia moved reserves to Belgorod."
    )
    found = by_text(parse(pipeline, text))
    assert found["Ukrainian"].kind == "demonym" and found["Ukrainian"].country_code == "UA"
    assert found["Kupiansk"].kind == "place" and km(found["Kupiansk"], 49.71, 37.62) < 10
    assert found["Izium"].geo_precision == 1 and km(found["Izium"], 49.21, 37.26) < 10
    assert found["Kharkiv"].kind == "admin area" and found["Kharkiv"].geo_precision == 3
    assert found["Russia"].kind == "country" and found["Russia"].country_code == "RU"
    assert found["Belgorod"].country_code == "RU" and km(found["Belgorod"], 50.60, 36.59) < 10


def test_a_city_used_for_its_government_is_left_out_but_a_country_is_kept(pipeline: Pipeline) -> None:
    found = by_text(parse(pipeline, "Moscow said the talks had failed, and Sudan's army shelled Omdurman."))
    assert "Moscow" not in found
    assert found["Sudan"].kind == "country"
    assert found["Omdurman"].country_code == "SD"


@pytest.mark.parametrize(
    "text",
    [
        "Paris Hilton arrived at the gala on Tuesday evening with her family.",
        "Denis Pushilin, the Russian-installed leader, spoke to reporters.",
    ],
)
def test_people_named_like_towns_are_not_places(pipeline: Pipeline, text: str) -> None:
    names = {t.text for t in parse(pipeline, text) if t.kind != "demonym"}
    assert not names & {"Paris", "Hilton", "Denis", "Pushilin"}


def test_a_legislature_is_no_town_of_its_name(pipeline: Pipeline) -> None:
    """Regression: "outside Congress" in Buenos Aires was Congress, Arizona."""
    text = "Pensioners rallied outside Congress in Buenos Aires on Wednesday."
    names = {t.text for t in parse(pipeline, text)}
    assert "Congress" not in names and "Buenos Aires" in names


def test_a_place_inside_an_organisation_name(pipeline: Pipeline) -> None:
    found = by_text(
        parse(pipeline, "The Kharkiv regional administration said two people were hurt in Chuhuiv.")
    )
    kharkiv = found["Kharkiv"]
    assert kharkiv.kind == "admin area" and kharkiv.admin1 == "Kharkiv"


def test_donbas_is_a_region(pipeline: Pipeline) -> None:
    donbas = by_text(parse(pipeline, "Fighting continued across the Donbas on Monday."))["Donbas"]
    assert donbas.kind == "admin area" and donbas.geo_precision == 3 and donbas.country_code == "UA"


def test_near_a_town_is_precision_2(pipeline: Pipeline) -> None:
    found = by_text(parse(pipeline, "Shells fell on the outskirts of Kherson and in Mykolaiv."))
    assert found["Kherson"].geo_precision == 2 and found["Kherson"].near
    assert found["Mykolaiv"].geo_precision == 1


def test_a_far_namesake_of_a_persons_name_is_measured_against_the_dateline(pipeline: Pipeline) -> None:
    """Regression: with only a dateline to say where the story is, "Carlos Gomes Junior" was a village of
    Brazil."""
    text = "BISSAU — Soldiers surrounded the home of former prime minister Carlos Gomes Junior on Thursday."
    gomes = by_text(parse(pipeline, text)).get("Carlos Gomes")
    assert gomes is None or gomes.country_code != "BR"


def test_a_name_after_a_capitalised_rank_is_a_persons(pipeline: Pipeline) -> None:
    """Regression: "the General Santander police academy" put a bombing in Bogota in Santander department."""
    text = "A car bomb exploded at the General Santander police academy in Bogota on Thursday."
    found = by_text(parse(pipeline, text))
    assert "Santander" not in found and found["Bogota"].country_code == "CO"


def test_a_city_far_from_the_dateline_stays_where_the_story_names_its_country(pipeline: Pipeline) -> None:
    text = "BERLIN — The Russian opposition leader fell ill on a flight from Tomsk on August 20."
    assert by_text(parse(pipeline, text))["Tomsk"].country_code == "RU"


def test_a_namesake_abroad_is_not_a_guess(pipeline: Pipeline) -> None:
    """Mozambique's Palma is not in the gazetteer; Palma de Mallorca must not stand in for it."""
    text = "Insurgents attacked Palma, a coastal town in Mozambique's Cabo Delgado province, on Wednesday."
    palma = by_text(parse(pipeline, text))["Palma"]
    assert palma.country_code != "ES"


def test_a_list_of_towns_is_not_a_town_inside_a_town(pipeline: Pipeline) -> None:
    text = "The earthquake flattened buildings in Kahramanmaras, Antakya and Gaziantep in Turkey."
    found = by_text(parse(pipeline, text))
    assert km(found["Kahramanmaras"], 37.58, 36.94) < 10
    assert km(found["Antakya"], 36.20, 36.16) < 10


@pytest.mark.parametrize(("word", "code"), [("Malian", "ML"), ("Ugandan", "UG"), ("Philippine", "PH")])
def test_demonyms_name_their_country(pipeline: Pipeline, word: str, code: str) -> None:
    found = by_text(parse(pipeline, f"{word} soldiers were deployed to the area on Friday."))
    assert found[word].kind == "demonym" and found[word].country_code == code


def test_offsets_are_code_points_into_the_text(pipeline: Pipeline) -> None:
    text = "Über 😀 „Zeugen“ — drones hit Zaporizhzhia’s outskirts and Dnipro, Ukraine’s officials said."
    toponyms = parse(pipeline, text)
    assert {t.text for t in toponyms} >= {"Zaporizhzhia", "Dnipro"}
    for t in toponyms:
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        # "Lyman" alone once voted equally for every country with a namesake, and Russia came first
        ("Damaged hospital in Lyman. Damaged hospital in Lyman", "Lyman", 48.99, 37.80),
        # the town of Malyn once read as the demonym of Mali by folded spelling
        ("Image 1: Damaged church in Malyn.", "Malyn", 50.77, 29.23),
        # a soft sign written as an apostrophe once made "Irpin'" a possessive, hence a government
        ("Damaged bridge in Irpin'. Civilian casualties in Irpin'", "Irpin", 50.52, 30.25),
        # a second focus country fed by the name itself once put Derna in Romania
        ("Floodwaters tore through Derna after two dams burst in eastern Libya.", "Derna", 32.76, 22.64),
        # a tagger's "person" made of a verb and a noun once hid the city
        ("Shelled Kharkiv School. Shelled Kharkiv School", "Kharkiv", 49.99, 36.23),
    ],
)
def test_short_notes_resolve_to_the_right_town(
    pipeline: Pipeline, text: str, name: str, lat: float, lon: float
) -> None:
    found = by_text(parse(pipeline, text))
    assert km(found[name], lat, lon) < 10
