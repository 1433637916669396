"""The Ukrainian codifier (KATOTTG) as a gazetteer source: reading the spreadsheet, ids and codes,
pairing with cities500, estimated points, and how its settlements resolve and print."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from frontwatch.errors import GazetteerBuildFailed
from frontwatch.export.jsonl import event_from_dict
from frontwatch.extract.toponyms import _record
from frontwatch.geo import Gazetteer, GeoContext, distance_km, geo_precision, name_key, resolve
from frontwatch.geo.gazetteer import KIND_VARIANT
from frontwatch.geo.katottg import CodifierUnit, read_codifier
from frontwatch.geo.katottg_places import add_codifier_settlements, robust_mean
from frontwatch.geo.name_index import KIND_MAIN, NameTable, add_place_names
from frontwatch.geo.records import BuildStats, SourcePlace
from frontwatch.model import KATOTTG_ID_MAX, Place, katottg_code, katottg_id, public_geonameid

from .support import event_at

KLISHCHIIVKA_CODE = "UA14020010120064151"
UA = GeoContext(focus_countries=("UA",))


# -- ids and codes ----------------------------------------------------------------------------------


def test_id_is_reversible_and_below_every_other_id() -> None:
    gid = katottg_id(KLISHCHIIVKA_CODE)
    assert gid == -140200101264151
    assert katottg_code(gid) == KLISHCHIIVKA_CODE
    assert gid <= KATOTTG_ID_MAX and abs(gid) < 2**53  # exact in JavaScript too
    assert katottg_code(katottg_id("UA01000000000013043")) == "UA01000000000013043"


@pytest.mark.parametrize("gid", [704204, -1004691, -2000001, -804, 0, None])
def test_other_ids_have_no_code(gid: int | None) -> None:
    assert katottg_code(gid) is None
    assert public_geonameid(gid) == gid


@pytest.mark.parametrize(
    "code", ["UA1402001012006415", "RU14020010120064151", "UA14020010120164151", "UA1402001012006415x"]
)
def test_codes_that_are_not_a_settlements_are_refused(code: str) -> None:
    with pytest.raises(ValueError, match="not the KATOTTG code"):
        katottg_id(code)


def _place(gid: int, name: str = "Klishchiivka", lat: float = 48.59, lon: float = 38.02) -> Place:
    return Place(gid, name, lat, lon, "UA", "Ukraine", "05", "Donetsk", "P", "PPL", 0)


def test_event_prints_null_geonameid_and_the_code() -> None:
    gid = katottg_id(KLISHCHIIVKA_CODE)
    data = event_at(gid).as_dict()
    assert data["geonameid"] is None and data["katottg"] == KLISHCHIIVKA_CODE
    back = event_from_dict(data)
    assert back == event_at(gid)  # read back, the internal id is restored and nothing lands in extra
    plain = event_at(704204).as_dict()
    assert plain["geonameid"] == 704204 and plain["katottg"] is None
    assert event_from_dict(plain) == event_at(704204)


def test_toponym_record_prints_null_geonameid_code_and_near_precision() -> None:
    place = _place(katottg_id(KLISHCHIIVKA_CODE))
    t = _record("d", (0, 12, "Klishchiivka"), place, "place", (0.6, 1), ("text", False))
    assert t.geonameid is None and t.katottg == KLISHCHIIVKA_CODE and t.geo_precision == 2
    assert t.as_dict()["katottg"] == KLISHCHIIVKA_CODE
    town = _record("d", (0, 5, "Lyman"), _place(704204, "Lyman"), "place", (0.8, 1), ("text", False))
    assert town.geonameid == 704204 and town.katottg is None and town.geo_precision == 1
    assert geo_precision(place) == 2 and geo_precision(_place(704204)) == 1


# -- reading the spreadsheet --------------------------------------------------------------------------

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _xlsx(path: Path, rows: list[list[str]], *, inline: bool = False) -> Path:
    """A minimal xlsx in the codifier's layout: shared strings, or inline strings when asked."""
    strings: list[str] = []
    cells_xml = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, text in zip("ABCDEFG", row, strict=False):
            if not text:
                continue
            if inline:
                cells.append(f'<c r="{c}{r}" t="inlineStr"><is><t>{text}</t></is></c>')
            else:
                strings.append(text)
                cells.append(f'<c r="{c}{r}" t="s"><v>{len(strings) - 1}</v></c>')
        cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = f'<?xml version="1.0"?><worksheet {_NS}><sheetData>{"".join(cells_xml)}</sheetData></worksheet>'
    shared = f'<?xml version="1.0"?><sst {_NS}>{"".join(f"<si><t>{s}</t></si>" for s in strings)}</sst>'
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        book.writestr("xl/sharedStrings.xml", shared)
    return path


OBLAST = "UA14000000000091971"
RAION = "UA14020000000061150"
HROMADA = "UA14020010000088496"
ROWS = [
    ["", "", "", "", "", "ЗАТВЕРДЖЕНО наказом"],
    [
        "Перший рівень",
        "Другий рівень",
        "Третій рівень",
        "Четвертий рівень",
        "Додатковий рівень",
        "Категорія",
        "Назва",
    ],
    [OBLAST, "", "", "", "", "O", "Донецька"],
    [OBLAST, RAION, "", "", "", "P", "Бахмутський"],
    [OBLAST, RAION, HROMADA, "", "", "H", "Бахмутська "],
    [OBLAST, RAION, HROMADA, "UA14020010010038764", "", "M", "Бахмут"],
    [OBLAST, RAION, HROMADA, KLISHCHIIVKA_CODE, "", "C", "Кліщіївка"],
    [OBLAST, RAION, HROMADA, "UA14020010010038764", "UA14020010010100001", "B", "Район"],
]


@pytest.mark.parametrize("inline", [False, True])
def test_reads_units_and_skips_title_rows(tmp_path: Path, inline: bool) -> None:
    units = read_codifier(_xlsx(tmp_path / "k.xlsx", ROWS, inline=inline))
    assert [u.category for u in units] == ["O", "P", "H", "M", "C", "B"]
    village = units[4]
    assert village == CodifierUnit(KLISHCHIIVKA_CODE, "C", "Кліщіївка", OBLAST, RAION, HROMADA)
    assert units[2].name == "Бахмутська"  # trailing spaces trimmed
    assert units[5].code == "UA14020010010100001"  # a district's own code is its last level


def test_a_file_that_is_not_the_codifier_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "k.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(GazetteerBuildFailed, match="cannot be read"):
        read_codifier(bad)
    with pytest.raises(GazetteerBuildFailed, match="holds no units"):
        read_codifier(_xlsx(tmp_path / "empty.xlsx", ROWS[:2]))


def test_reads_the_installed_codifier() -> None:
    units = read_codifier()
    by_category: dict[str, int] = {}
    for u in units:
        by_category[u.category] = by_category.get(u.category, 0) + 1
    assert by_category["O"] >= 24 and by_category["C"] > 25_000
    villages = [u for u in units if u.code == KLISHCHIIVKA_CODE]
    assert [u.name for u in villages] == ["Кліщіївка"] and villages[0].oblast == OBLAST


# -- pairing and estimated points -------------------------------------------------------------------


def _unit(code: str, name: str, hromada: str, raion: str = RAION, category: str = "C") -> CodifierUnit:
    return CodifierUnit(code, category, name, OBLAST, raion, hromada)


def _source(gid: int, name: str, lat: float, lon: float, alternates: list[str] | None = None) -> SourcePlace:
    return SourcePlace(gid, name, lat, lon, "UA", "05", 1000, alternates or [])


def test_known_places_are_kept_and_others_are_placed_at_their_hromadas_mean() -> None:
    h1, h2, h3 = "UA14020010000000001", "UA14020020000000002", "UA14020030000000003"
    places = {
        1: _source(1, "Bakhmut", 48.60, 38.00, ["Бахмут"]),
        2: _source(2, "Opytne", 48.50, 38.10),
        3: _source(3, "Soledar", 48.70, 38.10),
    }
    names = NameTable()
    stats = BuildStats()
    for p in places.values():
        add_place_names(names, p, stats)
    units = [
        _unit("UA14020010010000011", "Бахмут", h1, category="M"),
        _unit("UA14020010020000012", "Опитне", h1),
        _unit("UA14020010030000013", "Кліщіївка", h1),
        _unit("UA14020020010000021", "Соледар", h2),
        _unit("UA14020030010000031", "Зайцеве", h3),  # a hromada with no known place: the raion's mean
    ]
    add_codifier_settlements(units, places, names, stats)
    assert (stats.katottg_settlements, stats.katottg_matched, stats.katottg_added) == (5, 3, 2)
    village = places[katottg_id("UA14020010030000013")]
    assert (village.name, village.a1, village.population, village.feature_code) == (
        "Klishchiivka",
        "05",
        0,
        "PPL",
    )
    assert (village.lat, village.lon) == pytest.approx((48.55, 38.05))  # Bakhmut and Opytne
    assert names.best[(name_key("Klishchiivka"), village.geonameid)] == KIND_MAIN
    other = places[katottg_id("UA14020030010000031")]
    assert (other.lat, other.lon) == pytest.approx((48.6, 38.0667), abs=1e-3)  # the raion's three places
    assert len(places) == 5  # Bakhmut, Opytne and Soledar were not duplicated


def test_namesakes_pair_with_the_nearest_and_the_rest_are_added() -> None:
    h1, h2 = "UA14020010000000001", "UA14020020000000002"
    places = {
        1: _source(1, "Bakhmut", 48.60, 38.00),
        2: _source(2, "Zvanivka", 48.90, 38.30),
        3: _source(3, "Siversk", 48.87, 38.10),
        4: _source(4, "Novoselivka", 48.88, 38.25),  # near the second hromada, not the first
    }
    names, stats = NameTable(), BuildStats()
    for p in places.values():
        add_place_names(names, p, stats)
    units = [
        _unit("UA14020010010000011", "Бахмут", h1, category="M"),
        _unit("UA14020010020000012", "Новоселівка", h1),
        _unit("UA14020020010000021", "Званівка", h2),
        _unit("UA14020020020000022", "Сіверськ", h2, category="M"),
        _unit("UA14020020030000023", "Новоселівка", h2),
    ]
    add_codifier_settlements(units, places, names, stats)
    assert stats.katottg_matched == 4 and stats.katottg_added == 1
    added = places[katottg_id("UA14020010020000012")]  # the first hromada's Novoselivka is new
    assert (added.lat, added.lon) == (48.6, 38.0)
    assert katottg_id("UA14020020030000023") not in places


def test_a_town_pairs_with_its_namesake_before_a_village_of_the_same_name() -> None:
    places = {1: _source(1, "Bakhmach", 51.18, 32.83), 2: _source(2, "Nizhyn", 51.05, 31.89)}
    names, stats = NameTable(), BuildStats()
    for p in places.values():
        add_place_names(names, p, stats)
    units = [
        _unit("UA14020010010000011", "Бахмач", "UA14020010000000001", category="M"),
        _unit("UA14020010020000012", "Бахмач", "UA14020010000000001"),
        _unit("UA14020020010000021", "Ніжин", "UA14020020000000002", category="M"),
    ]
    add_codifier_settlements(units, places, names, stats)
    assert stats.katottg_matched == 2 and katottg_id("UA14020010010000011") not in places
    village = places[katottg_id("UA14020010020000012")]  # placed at the town, its hromada's one point
    assert (village.lat, village.lon) == (51.18, 32.83)


def test_robust_mean_leaves_a_far_point_out() -> None:
    points = [(48.0, 37.0), (48.02, 37.02), (48.04, 37.0), (50.0, 30.0)]
    lat, lon = robust_mean(points)
    assert distance_km(lat, lon, 48.02, 37.007) < 2


# -- the built index ------------------------------------------------------------------------------------


def test_villages_cities500_lacks_resolve_as_estimates(gaz: Gazetteer) -> None:
    for name in ("Klishchiivka", "Klishchiyivka", "Robotyne", "Verkhnotoretske", "Verkhnyotoretske"):
        res = resolve(gaz, name, UA)
        assert res.place is not None and res.place.country_code == "UA", name
    klishchiivka = resolve(gaz, "Klishchiivka", UA)
    assert klishchiivka.place is not None and klishchiivka.place.katottg == KLISHCHIIVKA_CODE
    assert klishchiivka.place.admin1 == "Donetsk" and klishchiivka.geo_precision == 2
    # the estimate lies within the village's hromada, a few km from the village (48.527, 37.953)
    assert distance_km(klishchiivka.place.latitude, klishchiivka.place.longitude, 48.527, 37.953) < 15


def _homonym(gaz: Gazetteer) -> tuple[str, Place, Place]:
    """A name borne by one cities500 place and one codifier settlement in another oblast, far apart."""
    con = sqlite3.connect(gaz.path)
    rows = con.execute(
        "SELECT n.key FROM names n JOIN places p ON p.geonameid = n.geonameid "
        "WHERE p.country_code = 'UA' AND n.kind = 0 AND p.feature_class = 'P' "
        "GROUP BY n.key HAVING count(*) = 2 AND sum(p.geonameid <= ?) = 1 ORDER BY n.key",
        (KATOTTG_ID_MAX,),
    ).fetchall()
    con.close()
    for (key,) in rows:
        found = [p for p in gaz.candidates(key) if p.country_code == "UA" and p.feature_class == "P"]
        if len(found) != 2:
            continue
        estimate, real = sorted(found, key=lambda p: not p.estimated)
        far = distance_km(estimate.latitude, estimate.longitude, real.latitude, real.longitude) > 200
        if far and estimate.estimated and not real.estimated and estimate.admin1_code != real.admin1_code:
            return key, real, estimate
    raise AssertionError("no name with one cities500 place and one far codifier namesake")


def test_cities500_wins_unless_the_context_points_at_the_village(gaz: Gazetteer) -> None:
    name, real, estimate = _homonym(gaz)
    assert resolve(gaz, name, UA).place == real
    hinted = GeoContext(focus_countries=("UA",), admin_hints=(("UA", estimate.admin1_code),))
    assert resolve(gaz, name, hinted).place == estimate
    nearby = GeoContext(
        focus_countries=("UA",), anchor_points=((estimate.latitude + 0.05, estimate.longitude),)
    )
    assert resolve(gaz, name, nearby).place == estimate


def test_estimates_stay_out_of_near(gaz: Gazetteer) -> None:
    klishchiivka = resolve(gaz, "Klishchiivka", UA).place
    assert klishchiivka is not None
    around = gaz.near(klishchiivka.latitude, klishchiivka.longitude, 20)
    assert around and not any(p.estimated for p in around)


def test_a_russian_form_finds_the_village_through_the_loose_key(gaz: Gazetteer) -> None:
    matches = gaz.matches("Dolomitnoye")
    assert matches and all(kind == KIND_VARIANT and p.estimated for p, kind in matches)
    res = resolve(gaz, "Dolomitnoye", UA)
    assert res.place is not None and res.place.name == "Dolomitne" and res.place.admin1 == "Donetsk"
