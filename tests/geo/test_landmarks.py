"""Military sites and landmarks from our own table (`geo/landmarks.py`): the table's facts, how a story
names them, and what the outputs show for them."""

from __future__ import annotations

import pytest

from frontwatch.geo import Gazetteer, GeoContext, distance_km, name_key, resolve
from frontwatch.geo.airfields import BARE_NAMES, STEM_ALIASES
from frontwatch.geo.landmarks import (
    FEATURE_CLASSES,
    LANDMARK_ID_BASE,
    LANDMARKS,
    landmark_id,
    landmark_row,
)
from frontwatch.geo.waters import WATER_ID_BASE
from frontwatch.model import (
    AIRFIELD_ID_BASE,
    KATOTTG_ID_MAX,
    airfield_icao,
    katottg_code,
)
from frontwatch.runner import Pipeline

from .support import toponyms_in


def test_the_table_holds_sound_facts() -> None:
    assert 20 <= len(LANDMARKS) <= 60
    assert len({lm.n for lm in LANDMARKS}) == len(LANDMARKS)  # ids are fixed per row and never reused
    owner: dict[str, int] = {}
    for lm in LANDMARKS:
        assert -90 <= lm.lat <= 90 and -180 <= lm.lon <= 180, lm
        assert lm.code in FEATURE_CLASSES and len(lm.cc) == 2, lm
        for key in {name_key(n) for n in (lm.name, *lm.alternates, *lm.bare)}:
            assert owner.setdefault(key, lm.n) == lm.n, key  # one name, one site


def test_ids_are_their_own_range_and_reversible() -> None:
    for lm in LANDMARKS:
        assert lm.id == landmark_id(lm.n) == -(LANDMARK_ID_BASE + lm.n)
        assert landmark_row(lm.id) == lm.n
        # no other kind of id reads it as its own
        assert katottg_code(lm.id) is None and airfield_icao(lm.id) is None
        assert lm.id > KATOTTG_ID_MAX and lm.id > -AIRFIELD_ID_BASE and lm.id < -(WATER_ID_BASE + 1_000_000)
    assert landmark_row(-(WATER_ID_BASE + 1)) is None and landmark_row(709717) is None
    assert landmark_row(None) is None
    with pytest.raises(ValueError):
        landmark_id(0)


@pytest.mark.parametrize(
    ("name", "code", "country", "admin1", "point"),
    [
        ("Kanatove air base", "AIRB", "UA", "Kirovohrad", (48.57, 32.39)),
        ("Kanatove airfield", "AIRB", "UA", "Kirovohrad", (48.57, 32.39)),
        ("Millerovo airbase", "AIRB", "RU", "Rostov", (48.95, 40.30)),
        ("Chornobaivka airfield", "AIRP", "UA", "Kherson", (46.68, 32.51)),
        ("Kherson airport", "AIRP", "UA", "Kherson", (46.68, 32.51)),
        ("T4 airbase", "AIRB", "SY", "Homs", (34.52, 37.63)),
        ("Tiyas air base", "AIRB", "SY", "Homs", (34.52, 37.63)),
        ("Snake Island", "ISL", "UA", "Odesa", (45.26, 30.20)),
        ("Zmiinyi", "ISL", "UA", "Odesa", (45.26, 30.20)),
        ("Crimean Bridge", "BDG", "UA", None, (45.31, 36.51)),
        ("Kakhovka dam", "DAM", "UA", "Kherson", (46.78, 33.37)),
        ("Zaporizhzhia Nuclear Power Plant", "PSN", "UA", "Zaporizhzhia", (47.51, 34.59)),
        ("Rafah crossing", "PSTB", "PS", "Gaza Strip", (31.25, 34.26)),
    ],
)
def test_sites_resolve_to_their_own_point(
    gaz: Gazetteer, name: str, code: str, country: str, admin1: str | None, point: tuple[float, float]
) -> None:
    res = resolve(gaz, name, GeoContext(focus_countries=(country,)))
    assert res.place is not None and landmark_row(res.place.geonameid) is not None, name
    assert res.place.feature_code == code and res.place.country_code == country
    assert admin1 is None or res.place.admin1 == admin1
    assert distance_km(res.place.latitude, res.place.longitude, *point) < 3
    assert res.geo_precision == 1


def test_a_town_named_alone_is_not_its_air_base(gaz: Gazetteer) -> None:
    for town in ("Millerovo", "Chornobaivka", "Kherson"):
        res = resolve(gaz, town, GeoContext(focus_countries=("UA", "RU")))
        assert res.place is not None and res.place.feature_class == "P", town


def test_press_names_of_packaged_bases_are_aliases_not_duplicates(gaz: Gazetteer) -> None:
    # Belbek is Sevastopol's airport, Kulbakino Mykolaiv's, Kuweires the package's "Rasin El Aboud"
    for name, icao in (("Belbek airfield", "URFB"), ("Kulbakino air base", "UKON"), ("Kuweires", "OS66")):
        res = resolve(gaz, name, GeoContext(focus_countries=("UA", "SY")))
        assert res.place is not None and airfield_icao(res.place.geonameid) == icao, name
    assert "URFB" in STEM_ALIASES and "OS66" in BARE_NAMES
    assert not any(name_key(lm.name).startswith(("belbek", "kulbakino", "kuweires")) for lm in LANDMARKS)


def test_stories_name_sites_with_their_facility_words(pipeline: Pipeline) -> None:
    found = toponyms_in(
        pipeline,
        "Russian missiles struck the Kanatove air base near Kropyvnytskyi on Tuesday, and drones hit the "
        "Kakhovka dam and the Azovstal steel plant in Mariupol.",
    )
    base = found["Kanatove air base"]
    assert base.feature_code == "AIRB" and base.admin1 == "Kirovohrad" and base.geo_precision == 1
    assert base.geonameid is not None and base.geonameid < 0  # our table's own id, as for seas
    assert found["Kakhovka dam"].feature_code == "DAM"
    assert found["Azovstal steel plant"].feature_code == "MFG"
    town = found["Kropyvnytskyi"]
    assert town.kind == "place" and town.feature_code != "AIRB" and town.geonameid is not None


def test_belbek_airfield_in_crimea_stays_the_airfield(pipeline: Pipeline) -> None:
    """Regression: "the Belbek airfield in Crimea" fell back to the Crimea area, since the airfield lies
    in the Sevastopol area; a site no town's name leads to is no writer's slip to correct."""
    found = toponyms_in(pipeline, "Explosions were heard at the Belbek airfield in Crimea overnight.")
    assert airfield_icao(found["Belbek airfield"].geonameid) is None  # outputs show the code apart
    assert found["Belbek airfield"].icao == "URFB"
