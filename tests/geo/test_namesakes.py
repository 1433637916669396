"""Choosing among Ukrainian namesakes: common village names, the front lines, and names said to be
regions. Regression tests are named after the misplacement they fix."""

from __future__ import annotations

import pytest

from frontwatch.extract.toponyms import Toponym, geoparse
from frontwatch.geo import Gazetteer, GeoContext, resolve
from frontwatch.geo.explain import explain
from frontwatch.geo.fronts import FAR_KM, SAMPLES, STEP_KM, closeness, front_km
from frontwatch.geo.gazetteer import distance_km
from frontwatch.geo.geocode import usable_matches
from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline

DONETSK_CITY = 709717
SOKOLOHIRSK = 697592  # Pervomaisk, Luhansk oblast, until 2024
NIKOLAYEVKA_CRIMEA = 700180  # officially Mykolaivka
UA = GeoContext(focus_countries=("UA",))


def _toponyms(pipeline: Pipeline, text: str) -> dict[str, Toponym]:
    doc = normalise(RawDocument("t", "test", text, "jsonl"))
    assert isinstance(doc, Document)
    return {t.text: t for t in geoparse(doc, pipeline.nlp(doc.coded_text), pipeline.gazetteer)}


def test_oleksandrivka_donetsk_is_not_donetsk_city(gaz: Gazetteer) -> None:
    """Regression: "Oleksandrivka, Donetsk" resolved to the city of Donetsk, whose old name it is, over
    the villages that bear it."""
    res = resolve(gaz, "Oleksandrivka", GeoContext(focus_countries=("UA",), admin_hints=(("UA", "05"),)))
    assert res.place is not None and res.place.geonameid != DONETSK_CITY
    assert res.place.name == "Oleksandrivka" and res.place.admin1 == "Donetsk"


def test_a_common_name_drops_only_other_places_old_names(gaz: Gazetteer) -> None:
    kept = {p.geonameid for p, _ in usable_matches(gaz.matches("Mykolaivka"), "Mykolaivka")}
    assert NIKOLAYEVKA_CRIMEA in kept  # its own name, in its Russian form
    assert DONETSK_CITY not in {p.geonameid for p, _ in usable_matches(gaz.matches("Oleksandrivka"), "x")}
    # a renamed town whose old name few others bear keeps it
    pervomaisk = {p.geonameid for p, _ in usable_matches(gaz.matches("Pervomaisk"), "Pervomaisk")}
    assert SOKOLOHIRSK in pervomaisk
    crimea = resolve(gaz, "Mykolaivka", GeoContext(focus_countries=("UA",), admin_hints=(("UA", "11"),)))
    assert crimea.place is not None and crimea.place.geonameid == NIKOLAYEVKA_CRIMEA


def test_the_front_lines_are_sampled_densely() -> None:
    assert all(
        min(distance_km(*a, *b) for b in SAMPLES if b != a) <= STEP_KM + 1
        for a in SAMPLES[:: len(SAMPLES) // 20]
    )
    assert front_km(48.595, 38.000) < 5  # Bakhmut
    assert front_km(49.84, 24.03) > FAR_KM  # Lviv
    assert closeness(49.84, 24.03) == 0.0
    assert closeness(48.595, 38.000) > closeness(48.46, 35.04) > 0.0  # Bakhmut, then Dnipro


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Zolochiv", "Kharkiv"),  # not the bigger town in Lviv oblast
        ("Dolyna", "Donetsk"),  # a village of 557 people, not the Ivano-Frankivsk town of 20,000
        ("Yampil", "Donetsk"),  # not the Vinnytsia town
        ("Pervomaisk", "Luhansk"),  # the town on the Luhansk front (Sokolohirsk since 2024)
        ("Staryi Krym", "Donetsk"),  # not the Crimean town
    ],
)
def test_a_village_near_the_front_beats_its_namesake_far_behind_it(
    gaz: Gazetteer, name: str, admin1: str
) -> None:
    """Regression: namesakes hundreds of kilometres from the fighting won by size alone."""
    res = resolve(gaz, name, UA)
    assert res.place is not None and res.place.admin1 == admin1, res.place


def test_an_oblast_named_beside_still_outweighs_the_front(gaz: Gazetteer) -> None:
    lviv = resolve(gaz, "Zolochiv", GeoContext(focus_countries=("UA",), admin_hints=(("UA", "15"),)))
    assert lviv.place is not None and lviv.place.admin1 == "Lviv"


def test_slovyansk_is_not_nikopol(gaz: Gazetteer) -> None:
    """Regression: Nikopol, which bears "Slovyansk" as another name and lies on the Dnipro front, took the
    city's name once the front lifted it; a name not its own lifts a place hardly."""
    res = resolve(gaz, "Slovyansk", UA)
    assert res.place is not None and res.place.admin1 == "Donetsk"


def test_the_front_is_a_part_of_the_explained_score(gaz: Gazetteer) -> None:
    why = explain(gaz, "Zolochiv", UA)
    best = why.candidates[0]
    assert best.place.admin1 == "Kharkiv" and best.parts["front"] > 0
    assert abs(sum(best.parts.values()) - best.raw) < 1e-9
    assert all("front" not in c.parts for c in explain(gaz, "Zolochiv", GeoContext(("PL",))).candidates)


def test_lyman_under_russian_assault_is_in_donetsk(pipeline: Pipeline) -> None:
    """Regression: "Russia's assault on the town" made Russia the story's country, and Liman in
    Astrakhan beat the Donetsk town on the front."""
    found = _toponyms(
        pipeline, "Bombardment on residential areas of the town of Lyman during Russia's assault on the town."
    )
    assert found["Lyman"].admin1 == "Donetsk" and found["Lyman"].country_code == "UA"


def test_kharkiv_then_its_oblast_is_the_city(pipeline: Pipeline) -> None:
    """Regression: in "Kharkiv, Kharkiv Oblast" and "Kharkiv, Saltovka district", the region word of the
    next name made "Kharkiv" a region, and the oblast's centroid 20 km away was given."""
    for text in (
        "Shelling damage in Kharkiv, Kharkiv Oblast.",
        "Flats collapsed in Kharkiv, Saltovka district.",
    ):
        found = _toponyms(pipeline, text)
        assert found["Kharkiv"].kind == "place" and found["Kharkiv"].geo_precision == 1, text
    both = _toponyms(pipeline, "Shelling hit the Balakliya and Izyum regions.")
    assert both["Izyum"].geo_precision == 2  # a list ending in a plural region word: the towns' areas


def test_kyiv_oblast_is_the_oblast_not_kyiv_city(pipeline: Pipeline) -> None:
    """Regression: "Bohdanivka, Kyiv Oblast" took the Kyiv City area as its container and fell back to
    it, since both areas bear Kyiv's name and the city's is the more populous."""
    found = _toponyms(pipeline, "Russian troops in Bohdanivka, Kyiv Oblast.")
    assert found["Kyiv Oblast"].admin1 == "Kyiv" and found["Kyiv Oblast"].kind == "admin area"
    assert found["Bohdanivka"].admin1 == "Kyiv" and found["Bohdanivka"].geo_precision == 1


def test_madyan_in_swat_is_not_madian_in_ivory_coast(pipeline: Pipeline) -> None:
    """Regression: "Madyan" folds onto Madian, a village of Ivory Coast, and a name whose namesakes are
    all in one country spoke for that country, so the story on Pakistan put it in West Africa. A name
    only the romanisation folding joins to a place is no evidence for its country: unresolved is better
    than 8,000 km off."""
    found = _toponyms(
        pipeline, "Militants attacked a police post in Madyan, a town in the Swat valley of Pakistan."
    )
    assert found["Madyan"].country_code in (None, "PK")
    assert found["Pakistan"].country_code == "PK"
