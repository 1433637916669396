"""Seas, gulfs, straits, lakes and rivers from our own table: the table's facts, their resolution
(geo_precision 3, never a country of the story) and how stories name them."""

from __future__ import annotations

import pytest

from frontwatch.extract.toponyms import Toponym, geoparse
from frontwatch.geo import Gazetteer, GeoContext, name_key, resolve
from frontwatch.geo.waters import WATER_CODES, WATER_ID_BASE, WATERS
from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline


def test_the_table_holds_sound_facts() -> None:
    assert 40 <= len(WATERS) <= 100
    assert len({w.n for w in WATERS}) == len(WATERS)  # ids are fixed per row and never reused
    owner: dict[str, int] = {}
    for w in WATERS:
        for key in {name_key(n) for n in (w.name, *w.alternates)}:
            assert owner.setdefault(key, w.n) == w.n, key  # one name, one water body
    for w in WATERS:
        assert -90 <= w.lat <= 90 and -180 <= w.lon <= 180, w
        assert w.code in WATER_CODES and w.countries and all(len(c) == 2 for c in w.countries), w
        assert w.id == -(WATER_ID_BASE + w.n)


@pytest.mark.parametrize(
    ("name", "code", "country"),
    [
        ("Black Sea", "SEA", "UA"),
        ("the Sea of Azov", "SEA", "UA"),
        ("Azov Sea", "SEA", "UA"),
        ("Red Sea", "SEA", "YE"),
        ("Gulf of Aden", "GULF", "YE"),
        ("Strait of Hormuz", "STRT", "IR"),
        ("Bab al-Mandab", "STRT", "YE"),
        ("Kerch Strait", "STRT", "UA"),
        ("Persian Gulf", "GULF", "IR"),
        ("South China Sea", "SEA", "CN"),
        ("Taiwan Strait", "STRT", "TW"),
        ("Mediterranean", "SEA", "LY"),
    ],
)
def test_waters_resolve_at_precision_3(gaz: Gazetteer, name: str, code: str, country: str) -> None:
    for context in (GeoContext(), GeoContext(focus_countries=("RU",), anchor_points=((55.7, 37.6),))):
        res = resolve(gaz, name, context)
        assert res.place is not None and res.place.feature_code == code, (name, res)
        assert res.place.country_code == country and res.geo_precision == 3
        assert res.place.feature_class == "H" and res.place.icao is None


def test_the_town_of_a_strait_keeps_its_name(gaz: Gazetteer) -> None:
    kerch = resolve(gaz, "Kerch", GeoContext(focus_countries=("UA",))).place
    assert kerch is not None and kerch.feature_class == "P"


def _parse(pipeline: Pipeline, text: str) -> dict[str, Toponym]:
    """The toponyms by their text, without a leading "the"."""
    doc = normalise(RawDocument("t", "test", text, "jsonl"))
    assert isinstance(doc, Document)
    found = geoparse(doc, pipeline.nlp(doc.coded_text), pipeline.gazetteer)
    return {t.text.removeprefix("the "): t for t in found}


def test_stories_name_waters_as_places(pipeline: Pipeline) -> None:
    found = _parse(
        pipeline,
        "Houthi forces attacked a cargo ship in the Red Sea and another near the Bab el-Mandeb "
        "strait on Tuesday. Ukraine said its sea drones hit a landing ship near the Kerch strait.",
    )
    for text, code in {"Red Sea": "SEA", "Bab el-Mandeb strait": "STRT", "Kerch strait": "STRT"}.items():
        assert text in found, (text, sorted(found))
        assert found[text].feature_code == code and found[text].kind == "place"
        assert found[text].geo_precision == 3


def test_a_sea_is_never_the_story_country(pipeline: Pipeline) -> None:
    """A story on Bulgaria naming the Black Sea is not made a story on Ukraine: "Varna" stays the
    Bulgarian port."""
    found = _parse(pipeline, "A drifting mine exploded off Varna in the Black Sea.")
    assert found["Varna"].country_code == "BG"
    assert found["Black Sea"].feature_code == "SEA"


def test_a_sea_before_a_noun_is_no_place(pipeline: Pipeline) -> None:
    """ "the Red Sea port of Hodeidah": the port is the place; "the Black Sea coast" is still the sea."""
    found = _parse(pipeline, "Strikes hit the Red Sea port of Hodeidah and villages on the Black Sea coast.")
    assert "Red Sea" not in found and found["Hodeidah"].country_code == "YE"
    assert found["Black Sea"].feature_code == "SEA"


def test_a_fleet_is_no_place(pipeline: Pipeline) -> None:
    found = _parse(pipeline, "The Black Sea Fleet said it repelled an attack.")
    assert not any("Black Sea" in text for text in found)
