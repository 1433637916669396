"""Regression: "Palmyra" in a story on Syria went to Palmira, Colombia. `name_key` folds y into i, so
Colombia's main name "Palmira" matched as well as a main name, and outscored "Palmyra" as Tadmur's
alternate name; it also voted Colombia into the story's countries. A main name that only the folding
joins to the name written, abroad, now counts as a romanisation variant, and an alternate name of a
place in the story's countries as an official spelling."""

from __future__ import annotations

from frontwatch.extract.toponyms import geoparse
from frontwatch.geo import Gazetteer, GeoContext, resolve
from frontwatch.geo.geocode import effective_kinds, loose_main_name
from frontwatch.model import Document, Place, RawDocument
from frontwatch.normalise import normalise
from frontwatch.runner import Pipeline

TADMUR = 163808
PALMIRA_CO = 3673164


def _place(gid: int, name: str, cc: str) -> Place:
    return Place(gid, name, 0.0, 0.0, cc, cc, "01", "", "P", None, 1000)


def test_only_a_folded_spelling_abroad_is_loose() -> None:
    palmira = _place(PALMIRA_CO, "Palmira", "CO")
    assert loose_main_name(palmira, 0, "Palmyra")
    assert not loose_main_name(palmira, 0, "Palmira") and not loose_main_name(palmira, 0, "the PALMIRA")
    assert not loose_main_name(palmira, 2, "Palmyra")  # an alternate is no main name
    assert not loose_main_name(_place(706524, "Izyum", "UA"), 0, "Izium")  # what the folding is for
    tadmur = _place(TADMUR, "Tadmur", "SY")
    syria = GeoContext(focus_countries=("SY",))
    assert effective_kinds(((palmira, 0), (tadmur, 2)), "Palmyra", syria) == (3, 1)
    assert effective_kinds(((palmira, 0), (tadmur, 2)), "Palmyra", GeoContext()) == (0, 2)
    colombia = GeoContext(focus_countries=("CO", "SY"))
    assert effective_kinds(((palmira, 0), (tadmur, 2)), "Palmyra", colombia) == (0, 2)
    palmyra_us = _place(5204964, "Palmyra", "US")
    both = ((palmira, 0), (tadmur, 2), (palmyra_us, 0))
    assert effective_kinds(both, "Palmyra", GeoContext(focus_countries=("SY", "US"))) == (3, 1, 0)
    assert effective_kinds(both, "Palmyra", GeoContext(focus_countries=("US", "SY"))) == (3, 2, 0)


def test_an_alternate_stays_one_where_a_place_of_the_story_bears_the_name() -> None:
    """ "Lyman, Donetsk": the town is Lyman; a village whose alternate name is Lyman stays behind."""
    lyman, village = _place(704204, "Lyman", "UA"), _place(1, "Rodynske", "UA")
    ukraine = GeoContext(focus_countries=("UA",))
    assert effective_kinds(((lyman, 0), (village, 2)), "Lyman", ukraine) == (0, 2)
    # a Soviet-era name many villages shared is no exonym ("Oktyabrski rudnik neighborhood in Donetsk")
    renamed = _place(2, "Zhovtneve", "UA")
    assert effective_kinds(((renamed, 2),), "Oktyabrski", ukraine) == (2,)


def test_palmyra_is_tadmur_in_a_story_on_syria(gaz: Gazetteer) -> None:
    for focus in (("SY",), ("RU", "SY"), ("SY", "US")):
        res = resolve(gaz, "Palmyra", GeoContext(focus_countries=focus))
        assert res.place is not None and res.place.geonameid == TADMUR, focus
    colombia = resolve(gaz, "Palmira", GeoContext(focus_countries=("CO",))).place
    assert colombia is not None and colombia.geonameid == PALMIRA_CO


def test_palmyra_in_a_story_naming_only_demonyms(pipeline: Pipeline) -> None:
    text = (
        "Syrian troops backed by Russian air strikes recaptured the ancient city of Palmyra from "
        "Islamic State on Sunday, state television said."
    )
    doc = normalise(RawDocument("t", "test", text, "jsonl"))
    assert isinstance(doc, Document)
    found = {t.text: t for t in geoparse(doc, pipeline.nlp(doc.coded_text), pipeline.gazetteer)}
    assert found["Palmyra"].geonameid == TADMUR and found["Palmyra"].country_code == "SY"
