"""Facilities named after a town: the town is the place (the airbase, the power plant, the regional
administration), and a sea is no facility of a town that shares its first word."""

from __future__ import annotations

from frontwatch.extract.toponyms import Toponym, geoparse
from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline


def parse(pipeline: Pipeline, text: str) -> list[Toponym]:
    doc = normalise(RawDocument("t", "test", text, "jsonl"))
    assert isinstance(doc, Document)
    return geoparse(doc, pipeline.nlp(doc.coded_text), pipeline.gazetteer)


def test_a_towns_airbase_names_the_town(pipeline: Pipeline) -> None:
    found = [
        t for t in parse(pipeline, "Chuhuiv Airbase on fire after a missile strike.") if t.text == "Chuhuiv"
    ]
    assert found and found[0].country_code == "UA" and found[0].latitude is not None


def test_a_facility_the_gazetteer_lacks_is_placed_at_its_town(pipeline: Pipeline) -> None:
    toponyms = parse(pipeline, "Shells fell near the Zaporizhia Nuclear Power Plant on Friday.")
    plant = [t for t in toponyms if "Plant" in t.text]
    assert plant and plant[0].country_code == "UA" and plant[0].geo_precision == 2


def test_a_sea_is_not_a_town_named_by_its_first_word(pipeline: Pipeline) -> None:
    toponyms = parse(pipeline, "A destroyer shot down 14 drones over the Red Sea on Saturday.")
    assert all(t.country_code != "IN" for t in toponyms), toponyms
