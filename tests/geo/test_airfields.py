"""Airports and air bases from the airportsdata package: ids and codes, which entries are kept, the names
they are found by, how they resolve and print, and how stories name them."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.export.jsonl import event_from_dict
from frontwatch.geo import Gazetteer, GeoContext, name_key, resolve
from frontwatch.geo.airfields import Airfield, airfield_keys, read_airfields, stem
from frontwatch.model import (
    AIRFIELD_ID_BASE,
    AIRFIELD_ID_MIN,
    KATOTTG_ID_MAX,
    airfield_icao,
    airfield_id,
    public_place_ids,
)
from frontwatch.runner import Pipeline

# -- ids and codes ----------------------------------------------------------------------------------
from .support import event_at, toponyms_in


@pytest.mark.parametrize("icao", ["OTBH", "UKKM", "0000", "____", "_AYM", "K7B4"])
def test_id_is_reversible_and_in_its_own_range(icao: str) -> None:
    gid = airfield_id(icao)
    assert airfield_icao(gid) == icao
    assert AIRFIELD_ID_MIN <= gid <= -AIRFIELD_ID_BASE
    assert KATOTTG_ID_MAX < gid < -(10**7)  # clear of codifier, area, curated and country ids
    assert abs(gid) < 2**53


@pytest.mark.parametrize("gid", [704204, -1004691, -2000001, -5000001, -804, -140200101264151, None])
def test_other_ids_have_no_icao_code(gid: int | None) -> None:
    assert airfield_icao(gid) is None


@pytest.mark.parametrize("code", ["OTB", "otbh", "OTBH1", "OT-H"])
def test_codes_that_are_not_icao_are_refused(code: str) -> None:
    with pytest.raises(ValueError, match="ICAO"):
        airfield_id(code)


def test_outputs_print_null_geonameid_and_the_icao_code() -> None:
    gid = airfield_id("OTBH")
    assert public_place_ids(gid) == {"geonameid": None, "katottg": None, "icao": "OTBH"}
    assert public_place_ids(704204) == {"geonameid": 704204, "katottg": None, "icao": None}
    data = event_at(gid).as_dict()
    assert data["geonameid"] is None and data["icao"] == "OTBH" and data["katottg"] is None
    assert event_from_dict(data) == event_at(gid)  # read back, the internal id is restored
    plain = event_at(704204).as_dict()
    assert plain["icao"] is None and event_from_dict(plain) == event_at(704204)


# -- which entries, which names -----------------------------------------------------------------------

CSV_HEADER = "icao,iata,name,city,subd,country,elevation,lat,lon,tz,lid\n"


def test_private_strips_and_heliports_are_left_out(tmp_path: Path) -> None:
    rows = [
        "00AA,,Aero B Ranch Airport,Leoti,Kansas,US,3435,38.70,-101.47,America/Chicago,00AA",
        "KDOV,DOV,Dover Air Force Base,Dover,Delaware,US,24,39.13,-75.47,America/New_York,DOV",
        "KXYZ,XYZ,Springfield Regional Airport,Springfield,Ohio,US,1000,39.8,-83.8,America/New_York,",
        "EDAG,,Grosruckerswalde Airport,Marienberg,Saxony,DE,2000,50.6,13.2,Europe/Berlin,",
        "XHEL,,City Hospital Heliport,Kyiv,Kyiv,UA,500,50.4,30.5,Europe/Kyiv,",
        "UKKT,,Sviatoshyn Airfield,Kyiv,Kyiv,UA,500,50.48,30.38,Europe/Kyiv,",
        "BAD1,,No Point Airport,,,UA,,x,y,,",
    ]
    path = tmp_path / "airports.csv"
    path.write_text(CSV_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    kept = {a.icao: a.code for a in read_airfields(path)}
    assert kept == {"KDOV": "AIRB", "KXYZ": "AIRP", "EDAG": "AIRP", "UKKT": "AIRF"}


def test_reads_the_installed_package() -> None:
    airfields = {a.icao: a for a in read_airfields()}
    assert 10_000 < len(airfields) < 20_000
    assert airfields["OTBH"].code == "AIRB" and airfields["OTBH"].cc == "QA"
    assert airfields["UKCC"].code == "AIRP" and airfields["UKCC"].cc == "UA"
    assert "00AA" not in airfields  # a Kansas ranch strip


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Al Udeid Air Base", "Al Udeid"),
        ("Donetsk International Airport", "Donetsk"),
        ("RAF Akrotiri", "Akrotiri"),
        ("Engels Airbase", "Engels"),
        ("Sviatoshyn Airfield", "Sviatoshyn"),
        ("Merowe (Merowe New)", "Merowe"),
    ],
)
def test_stem_drops_the_facility_words(name: str, expected: str) -> None:
    assert stem(name) == expected


def test_names_always_carry_a_facility_word() -> None:
    base = Airfield("OTBH", "Al Udeid Air Base", 25.1, 51.3, "QA", "AIRB", True)
    keys = {key for key, _kind in airfield_keys(base)}
    assert {"al udeid air base", "al udeid airbase", "al udeid airfield"} <= keys
    assert "al udeid" not in keys  # the bare name is curated, never derived
    town = Airfield("UKCC", "Donetsk International Airport", 48.07, 37.74, "UA", "AIRP", True)
    assert {key for key, _ in airfield_keys(town)} >= {"donetsk airport", "donetsk international airport"}
    assert "donetsk" not in {key for key, _ in airfield_keys(town)}


# -- resolution --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "icao"),
    [
        ("Al Udeid Air Base", "OTBH"),
        ("the Al-Udeid airbase", "OTBH"),
        ("Al Udeid", "OTBH"),
        ("Ain al-Asad air base", "ORAA"),
        ("Hmeimim air base", "OSLK"),
        ("Shayrat", "OS65"),
        ("Saky airfield", "UKFI"),
        ("Engels airfield", "XWSG"),
        ("Morozovsk air base", "URRM"),
        ("Donetsk airport", "UKCC"),
        ("Kharkiv airport", "UKHH"),
        ("Antonov airport", "UKKM"),
    ],
)
def test_airfields_resolve_with_their_own_point(gaz: Gazetteer, name: str, icao: str) -> None:
    for context in (GeoContext(), GeoContext(focus_countries=("US", "IR"), anchor_points=((35.7, 51.4),))):
        res = resolve(gaz, name, context)
        assert res.place is not None and res.place.icao == icao, (name, context, res)
        assert res.geo_precision == 1 and res.place.feature_class == "S"
        assert res.place.admin1  # the nearest town's admin1 area


def test_the_town_keeps_its_own_name(gaz: Gazetteer) -> None:
    for town in ("Engels", "Saky", "Donetsk", "Kharkiv", "Morozovsk"):
        res = resolve(gaz, town, GeoContext())
        assert res.place is not None and res.place.feature_class == "P", town


def test_airfields_stay_out_of_near(gaz: Gazetteer) -> None:
    udeid = gaz.place(airfield_id("OTBH"))
    assert udeid is not None and udeid.country == "Qatar" and udeid.feature_code == "AIRB"
    assert all(p.feature_class == "P" for p in gaz.near(udeid.latitude, udeid.longitude, 30))


# -- in stories --------------------------------------------------------------------------------------


def test_stories_name_airfields_with_lower_case_words(pipeline: Pipeline) -> None:
    found = toponyms_in(
        pipeline,
        "Iran fired missiles at the Al-Udeid airbase on Monday night. Iraqi officials said rockets hit "
        "Ain al-Asad air base, and a Ukrainian drone struck Saky airfield in Crimea. Fighting went on "
        "around Donetsk airport, where Russian paratroopers had landed at Hostomel airport in 2022.",
    )
    expected = {
        "Al-Udeid airbase": "OTBH",
        "Ain al-Asad air base": "ORAA",
        "Saky airfield": "UKFI",
        "Donetsk airport": "UKCC",
        "Hostomel airport": "UKKM",
    }
    for text, icao in expected.items():
        assert text in found, (text, sorted(found))
        t = found[text]
        assert t.icao == icao and t.geonameid is None and t.kind == "place"
        assert t.geo_precision == (2 if t.near else 1)  # "around Donetsk airport" is near it


def test_a_town_named_without_a_facility_word_stays_the_town(pipeline: Pipeline) -> None:
    found = toponyms_in(
        pipeline, "Ukrainian drones struck an oil depot in Engels, in Russia's Saratov region."
    )
    assert found["Engels"].icao is None and found["Engels"].feature_code != "AIRB"
    assert found["Engels"].geonameid is not None


def test_key_of_a_headed_name_is_the_index_key(gaz: Gazetteer) -> None:
    assert gaz.is_name(name_key("Hmeimim air base")) and not gaz.is_name(name_key("Kyiv air base"))


def test_an_airfields_possessive_is_no_government(pipeline: Pipeline) -> None:
    """ "Kyiv's forces" names a party; "Kabul airport's Abbey Gate" a gate of the airport."""
    found = toponyms_in(
        pipeline, "A suicide bomber struck crowds outside Kabul airport's Abbey Gate on Thursday."
    )
    assert "Kabul airport" in found and found["Kabul airport"].country_code == "AF"
    assert found["Kabul airport"].feature_code == "AIRP" and found["Kabul airport"].near
