"""Press names of first-level areas ("Central Sulawesi", "Extreme North", "Michoacan") and press regions
("Mindanao"): the rules on their own, the table against the source, and lookups through a built index."""

from __future__ import annotations

import pytest

from frontwatch.geo import Gazetteer, area_aliases, name_key
from frontwatch.geo.area_aliases import (
    ID_COMPASS,
    PRESS_NAMES,
    PRESS_REGIONS,
    arabic_names,
    french_names,
    indonesian_names,
    press_name_keys,
    rule_names,
    spanish_short_names,
    thai_names,
)
from frontwatch.geo.area_entries import display_admin_name
from frontwatch.geo.build import SOURCE_VERSION
from frontwatch.geo.geocode import GeoContext, resolve
from frontwatch.geo.name_index import latin_key
from frontwatch.geo.records import SourceState
from frontwatch.geo.sources import load_all_states, package_dir

# (province as countrystatecity names it, as the press names it), one case per compass word at least
INDONESIAN = (
    ("Sulawesi Tengah", "Central Sulawesi"),
    ("Sumatera Utara", "North Sumatra"),
    ("Kalimantan Selatan", "South Kalimantan"),
    ("Jawa Timur", "East Java"),
    ("Jawa Barat", "West Java"),
    ("Sulawesi Tenggara", "Southeast Sulawesi"),
    ("Papua Barat Daya", "Southwest Papua"),
    ("Nusa Tenggara Timur", "East Nusa Tenggara"),
)


def _state(cc: str, name: str, iso: str = "") -> SourceState:
    return SourceState(id=0, cc=cc, code="", name=name, iso=iso, lat=0.0, lon=0.0, type="", native="")


@pytest.mark.parametrize(("stored", "press"), INDONESIAN)
def test_indonesian_rule(stored: str, press: str) -> None:
    assert indonesian_names(stored) == [press]


def test_indonesian_cases_cover_every_compass_word() -> None:
    words = {stored.split(" ", 1)[1] for stored, _ in INDONESIAN if not stored.startswith("Nusa")}
    assert set(ID_COMPASS) <= words


def test_indonesian_rule_leaves_names_that_only_contain_a_compass_word() -> None:
    assert indonesian_names("Nusa Tenggara") == []  # "Tenggara" is part of the name, not "Southeast"
    assert indonesian_names("Sumatera") == ["Sumatra"]
    assert indonesian_names("Kepulauan Riau") == ["Riau Islands"]  # not "Riau", another province
    assert indonesian_names("DKI Jakarta") == ["Jakarta"]


def test_french_rule_translates_whole_compass_words() -> None:
    assert french_names("Centre-Nord") == ["Centre-North", "Center-North"]
    assert french_names("Nord-Kivu") == ["North-Kivu"]
    assert french_names("Est") == ["East"]
    assert french_names("Estuaire") == []
    assert "Northwest" in rule_names(_state("HT", "Nord-Ouest"))
    assert "Southeast" in rule_names(_state("HT", "Sud-Est"))


def test_other_rules() -> None:
    assert arabic_names("Al Anbar") == ["Anbar"]
    assert arabic_names("As-Suwayda") == ["Suwayda"]
    assert arabic_names("Alexandria") == []
    assert spanish_short_names("Michoacán de Ocampo") == ["Michoacán"]
    assert spanish_short_names("Veracruz de Ignacio de la Llave") == ["Veracruz"]
    assert spanish_short_names("Estado de México") == []
    assert thai_names("Chon Buri") == ["Chonburi"]
    assert "North-West" in rule_names(_state("CM", "Northwest"))
    assert "Sistan-Baluchestan" in rule_names(_state("IR", "Sistan and Baluchestan"))
    # the rules are by country: an Ecuadorian "El Oro" keeps its article, a Colombian "Norte de" stays
    assert rule_names(_state("EC", "El Oro")) == ()
    assert rule_names(_state("CO", "Norte de Santander")) == ()


def test_every_table_row_names_a_state_and_adds_a_key() -> None:
    """A row for a code the source lacks, or a name the state's own keys already give (an accent-free
    or hyphen-free copy), is dead weight."""
    csc = package_dir("countrystatecity_countries") / "data"
    states = load_all_states(csc, {iso[:2] for iso in PRESS_NAMES})
    by_iso = {st.iso: st for country_states in states.values() for st in country_states}
    assert set(PRESS_NAMES) <= set(by_iso)
    for iso, names in PRESS_NAMES.items():
        st = by_iso[iso]
        own = {name_key(display_admin_name(st.name, iso)), latin_key(st.name), *map(name_key, rule_names(st))}
        for name in names:
            assert name_key(name) not in own, (iso, name)
        assert {name_key(n) for n in names} <= press_name_keys(st)


def test_the_source_version_follows_the_press_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """An edited press name gives a new index file: an index built before it would not know the name."""
    assert f"-aka{area_aliases.table_version()}" in SOURCE_VERSION
    before = area_aliases.table_version()
    monkeypatch.setattr(area_aliases, "PRESS_NAMES", {**PRESS_NAMES, "FR-BRE": ("Breizh",)})
    assert area_aliases.table_version() != before


def test_press_region_ids_are_unique_and_stable() -> None:
    ns = [r.n for r in PRESS_REGIONS]
    assert len(set(ns)) == len(ns) and min(ns) > 0
    assert {r.area_id for r in PRESS_REGIONS} == {-(7_000_000 + n) for n in ns}


# (name, story country or "", country, ISO-less check: the area's source name, (lat, lon) of the area)
AREAS = (
    ("Central Sulawesi", "", "ID", "Sulawesi Tengah", (-1.5, 121.0)),
    ("West Java", "", "ID", "Jawa Barat", (-6.9, 107.6)),
    ("North Sumatra", "ID", "ID", "Sumatera Utara", (2.1, 99.5)),
    ("East Nusa Tenggara", "", "ID", "Nusa Tenggara Timur", (-8.7, 121.0)),
    ("West Papua", "ID", "ID", "Papua Barat", (-2.5, 133.0)),
    ("Extreme North", "", "CM", "Far North", (10.6, 14.3)),
    ("Centre-North", "BF", "BF", "Centre-Nord", (13.1, -1.1)),
    ("Center North", "BF", "BF", "Centre-Nord", (13.1, -1.1)),
    ("Timbuktu region", "ML", "ML", "Tombouctou", (16.8, -3.0)),
    ("Anbar", "IQ", "IQ", "Al Anbar", (32.8, 41.6)),
    ("Sistan-Baluchestan", "", "IR", "Sistan and Baluchestan", (28.1, 60.8)),
    ("Brittany", "FR", "FR", "Bretagne", (48.2, -2.9)),
    ("Normandy", "FR", "FR", "Normandie", (49.1, 0.1)),
)


@pytest.mark.parametrize(("name", "focus", "cc", "stored", "point"), AREAS)
def test_press_name_resolves_to_the_area(
    gaz: Gazetteer, name: str, focus: str, cc: str, stored: str, point: tuple[float, float]
) -> None:
    context = GeoContext(focus_countries=(focus,) if focus else ())
    r = resolve(gaz, name, context)
    assert r.place is not None, name
    assert (r.place.country_code, r.place.feature_class, r.geo_precision) == (cc, "A", 3)
    assert name_key(stored) in {name_key(r.place.name), name_key(r.place.admin1)}
    assert abs(r.place.latitude - point[0]) <= 0.5 and abs(r.place.longitude - point[1]) <= 0.5


def test_a_state_known_by_its_short_name(gaz: Gazetteer) -> None:
    """ "Michoacan" is Michoacán de Ocampo when the text says it is a state. A bare "Michoacan" still goes to
    the Chiapas village of that name: the resolution's kind fit for an area (0.4) outweighs the name."""
    mexico = GeoContext(focus_countries=("MX",))
    for r in (resolve(gaz, "Michoacan state", mexico), resolve(gaz, "Michoacan", mexico, kind="region")):
        assert r.place is not None and r.place.feature_code == "ADM1"
        assert r.place.country_code == "MX" and name_key(r.place.name) == name_key("Michoacán de Ocampo")
        assert abs(r.place.latitude - 19.2) <= 0.5 and abs(r.place.longitude + 101.9) <= 0.5
    assert ("Michoacan de Ocampo", 1) in {(p.name, kind) for p, kind in gaz.matches("Michoacan")}


def test_press_names_do_not_take_the_city(gaz: Gazetteer) -> None:
    """A governorate named like its seat ("Hodeidah", "Timbuktu") stays the city when named alone."""
    for name, cc in (("Hodeidah", "YE"), ("Timbuktu", "ML")):
        r = resolve(gaz, name, GeoContext(focus_countries=(cc,)))
        assert r.place is not None and r.place.feature_class == "P" and r.place.country_code == cc


def test_press_region(gaz: Gazetteer) -> None:
    """A region the source has no single area for: an area of no admin1 code, at its middle."""
    r = resolve(gaz, "Darfur", GeoContext(focus_countries=("SD",)))
    assert r.place is not None and r.geo_precision == 3
    assert (r.place.name, r.place.country_code, r.place.admin1_code, r.place.feature_code) == (
        "Darfur",
        "SD",
        "",
        "ADMD",
    )
    assert 10.0 <= r.place.latitude <= 16.0 and 22.0 <= r.place.longitude <= 27.5  # inside the five states
    karabakh = resolve(gaz, "Karabakh", GeoContext(focus_countries=("AZ",))).place
    assert karabakh is not None and karabakh.name == "Nagorno-Karabakh"
    assert abs(karabakh.latitude - 39.8) <= 0.5 and abs(karabakh.longitude - 46.75) <= 0.5
    golan = resolve(gaz, "the Golan Heights", GeoContext(focus_countries=("IL", "SY"))).place
    assert golan is not None and (golan.name, golan.country_code) == ("Golan Heights", "IL")
    assert abs(golan.latitude - 33.0) <= 0.3 and abs(golan.longitude - 35.8) <= 0.3


def test_island_group_is_not_an_entry(gaz: Gazetteer) -> None:
    """ "Mindanao" stays unresolved by choice (see PRESS_REGIONS), while its autonomous region is found."""
    assert resolve(gaz, "Mindanao", GeoContext(focus_countries=("PH",))).place is None
    barmm = resolve(gaz, "Bangsamoro", GeoContext(focus_countries=("PH",))).place
    assert barmm is not None and (barmm.feature_class, barmm.country_code) == ("A", "PH")
    assert name_key(barmm.name) == name_key("Autonomous Region in Muslim Mindanao")
