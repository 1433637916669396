"""Importing GeoNames dumps into the imports file beside the index, and reading them back.

The sample files in tests/geo/data are written for these tests in the GeoNames dump format. The
coordinates are those of the real places (to about 100 m); the ids of places that cities500 does not
carry are placeholders above 99,000,000, far from GeoNames' own range, while Pokrovsk keeps its real
GeoNames id so that the import replaces the built-in row.
"""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.errors import BadDumpLine, GazetteerImportsStale, NotAGazetteerImports, NotAGeoNamesDump
from frontwatch.geo import Gazetteer, GeoContext, distance_km, open_gazetteer, resolve
from frontwatch.geo.importer import ImportReport, import_dumps
from frontwatch.geo.imports_db import rekey_imports

DATA = Path(__file__).parent / "data"
PLACES = DATA / "UA-sample.txt"
ALTERNATES = DATA / "alternateNamesV2-sample.txt"
UA = GeoContext(focus_countries=("UA",))
KLISHCHIIVKA = 99000001


@pytest.fixture(scope="module")
def imported(gazetteer_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("imports") / "gazetteer-imports.sqlite"
    import_dumps([ALTERNATES, PLACES], index_path=gazetteer_path, imports_path=target)
    return target


@pytest.fixture(scope="module")
def gi(gazetteer_path: Path, imported: Path) -> Iterator[Gazetteer]:
    g = open_gazetteer(gazetteer_path, imports=imported)
    yield g
    g.close()


def _tables(path: Path) -> list[list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        return [
            con.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("places", "names", "variants", "places_rtree")
        ]
    finally:
        con.close()


def test_report_counts_lines_kept_merged_and_skipped(gazetteer_path: Path, tmp_path: Path) -> None:
    reports = import_dumps([PLACES], index_path=gazetteer_path, imports_path=tmp_path / "i.sqlite")
    (r,) = reports
    assert (r.kind, r.lines, r.bad) == ("places", 11, 0)
    assert r.kept == 8  # 4 populated places, an ADM2, an island, a power plant, a dam
    assert r.merged == 1  # Donetsk Oblast gives its names to the built-in area
    assert r.skipped == 2  # a stream and a historical place
    assert r.lines_per_second > 0


def test_klishchiivka_is_found_after_import(gi: Gazetteer, gazetteer_path: Path) -> None:
    before = open_gazetteer(gazetteer_path, imports=gazetteer_path.parent / "absent.sqlite")
    # the built index has only the codifier's estimate (cities500 lacks the village) ...
    assert [p.estimated for p in before.candidates("Klishchiivka")] == [True]
    before.close()
    # ... which the imported place, a few km from it in the same oblast, replaces
    assert [p.geonameid for p in gi.candidates("Klishchiivka")] == [KLISHCHIIVKA]
    r = resolve(gi, "Klishchiivka", UA)
    assert r.place is not None and r.place.geonameid == KLISHCHIIVKA and r.geo_precision == 1
    assert r.place.feature_code == "PPL" and r.place.admin1 == "Donetsk" and r.place.country == "Ukraine"
    assert distance_km(r.place.latitude, r.place.longitude, 48.527, 37.953) < 1


@pytest.mark.parametrize(
    ("name", "geonameid"),
    [
        ("Kleshcheevka", KLISHCHIIVKA),  # alternate name in the dump
        ("Klishchiyivka", KLISHCHIIVKA),
        ("Rabotino", 99000002),
        ("Robotyne", 99000002),
        ("Snake Island", 99000004),
        ("Zaporizhzhia NPP", 99000005),
        ("Grishino", 704422),  # historic name, from alternateNamesV2
    ],
)
def test_imported_names(gi: Gazetteer, name: str, geonameid: int) -> None:
    assert geonameid in {p.geonameid for p in gi.candidates(name)}


def test_feature_codes_are_kept(gi: Gazetteer) -> None:
    codes = {
        gid: (p.feature_class, p.feature_code) for gid in range(99000001, 99000011) if (p := gi.place(gid))
    }
    assert codes[99000004] == ("T", "ISL")
    assert codes[99000005] == ("S", "PSN")
    assert codes[99000006] == ("S", "DAM")
    assert codes[99000008] == ("A", "ADM2")
    assert 99000009 not in codes and 99000010 not in codes  # stream, historical place


def test_import_replaces_the_built_in_row(gi: Gazetteer, gaz: Gazetteer) -> None:
    built_in, imported = gaz.place(704422), gi.place(704422)
    assert built_in is not None and imported is not None
    assert imported.feature_code == "PPLA2" and imported.admin1 == built_in.admin1 == "Donetsk"
    assert 704422 in {p.geonameid for p in gi.candidates("Pokrovsk")}


def test_admin1_row_names_the_built_in_area(gi: Gazetteer) -> None:
    areas = [p for p in gi.candidates("Donechchyna") if p.feature_code == "ADM1"]
    assert [a.geonameid for a in areas] == [-1004691]
    assert gi.place(99000007) is None


def test_near_includes_imported_places(gi: Gazetteer) -> None:
    around = gi.near(48.55, 37.96, 5)
    assert KLISHCHIIVKA in [p.geonameid for p in around]
    assert all(p.feature_class == "P" for p in around)


def test_alternate_names_apply_to_known_places_only(gazetteer_path: Path, imported: Path) -> None:
    reports = import_dumps([ALTERNATES], index_path=gazetteer_path, imports_path=imported)
    (r,) = reports
    assert r.kind == "alternates" and r.lines == 7 and r.bad == 0
    assert r.skipped == 3  # a link, an airport code, a Russian name in Cyrillic
    assert r.unmatched_names == 1  # "Nowhere Town" belongs to no place in the index


def test_import_twice_changes_nothing(gazetteer_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "i.sqlite"
    import_dumps([PLACES, ALTERNATES], index_path=gazetteer_path, imports_path=target)
    first = _tables(target)
    import_dumps([PLACES, ALTERNATES], index_path=gazetteer_path, imports_path=target)
    assert _tables(target) == first


def test_zip_is_read_without_extracting(gazetteer_path: Path, tmp_path: Path) -> None:
    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("readme.txt", "GeoNames country extract\n")
        z.write(PLACES, "UA.txt")
    from_zip = tmp_path / "zip.sqlite"
    from_text = tmp_path / "text.sqlite"
    (r,) = import_dumps([archive], index_path=gazetteer_path, imports_path=from_zip)
    import_dumps([PLACES], index_path=gazetteer_path, imports_path=from_text)
    assert r.kept == 8 and r.lines == 11
    assert _tables(from_zip) == _tables(from_text)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["UA.zip", "text.sqlite", "zip.sqlite"]


def _with_bad_lines(tmp_path: Path) -> Path:
    lines = PLACES.read_text(encoding="utf-8").splitlines()
    lines.insert(
        6, "704423\tBroken\tBroken\t\tnorth\t37.1\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t1\tEurope/Kyiv\t2024-01-10"
    )
    lines.insert(8, "only\tthree\tcolumns")
    path = tmp_path / "UA.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_lines_are_counted_with_their_numbers(gazetteer_path: Path, tmp_path: Path) -> None:
    path = _with_bad_lines(tmp_path)
    (r,) = import_dumps([path], index_path=gazetteer_path, imports_path=tmp_path / "i.sqlite")
    assert isinstance(r, ImportReport)
    assert r.bad == 2 and r.kept == 8 and r.lines == 13
    assert [b.line for b in r.bad_lines] == [7, 9]
    assert "latitude" in r.bad_lines[0].reason and "columns" in r.bad_lines[1].reason


def test_strict_import_stops_at_the_first_bad_line(gazetteer_path: Path, tmp_path: Path) -> None:
    path = _with_bad_lines(tmp_path)
    with pytest.raises(BadDumpLine) as info:
        import_dumps([path], index_path=gazetteer_path, imports_path=tmp_path / "i.sqlite", strict=True)
    assert info.value.code == "FW306" and "line 7" in str(info.value)


@pytest.mark.parametrize(
    "content",
    [
        b"Kyiv, Ukraine (Reuters) - Russian forces shelled the town overnight.\n" * 20,
        b"geonameid,name,latitude,longitude\n704422,Pokrovsk,48.28,37.18\n",
        bytes(range(256)) * 64,
        b"",
    ],
)
def test_a_file_that_is_not_a_dump_is_refused(gazetteer_path: Path, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "places.txt"
    path.write_bytes(content)
    target = tmp_path / "i.sqlite"
    with pytest.raises(NotAGeoNamesDump) as info:
        import_dumps([PLACES, path], index_path=gazetteer_path, imports_path=target)
    assert info.value.code == "FW305"
    assert not target.exists()  # every file is checked before anything is written


def test_stale_imports_are_refused_then_rekeyed(gazetteer_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "i.sqlite"
    import_dumps([PLACES], index_path=gazetteer_path, imports_path=target)
    keyed = _tables(target)
    con = sqlite3.connect(target)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'key_version'")
    con.execute("UPDATE names SET key = upper(key)")
    con.execute("DELETE FROM variants")
    con.commit()
    con.close()
    with pytest.raises(GazetteerImportsStale):
        open_gazetteer(gazetteer_path, imports=target)
    assert rekey_imports(target, gazetteer_path)
    assert not rekey_imports(target, gazetteer_path)
    assert _tables(target) == keyed
    open_gazetteer(gazetteer_path, imports=target).close()


def test_a_foreign_imports_file_is_refused(gazetteer_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "i.sqlite"
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(NotAGazetteerImports):
        import_dumps([PLACES], index_path=gazetteer_path, imports_path=target)
    with pytest.raises(NotAGazetteerImports):
        open_gazetteer(gazetteer_path, imports=target)
