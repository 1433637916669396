"""Write the gazetteer index: the SQLite tables and their rows (see docs/gazetteer.md)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from frontwatch.geo import curated
from frontwatch.geo.keys import name_key
from frontwatch.geo.name_index import NameTable, variant_rows
from frontwatch.geo.records import Admin1Row, CountryRow, PlaceRow, SourcePlace
from frontwatch.model import KATOTTG_ID_MAX

# 5: Ukrainian codifier settlements; slavic_key folds consonant + "io"
# 6: airports and air bases (airportsdata), seas, gulfs and straits (curated)
# 7: military sites and landmarks (curated)
# 8: "St" and "Ste" fold to "Saint" and "Sainte" in name keys
# 9: press names of first-level areas and press regions (geo/area_aliases.py)
# 10: Arabic place names also under their press spellings (no article, no final "h")
# 11: "Tal"/"Tel" for "Tall", the article unassimilated, an ayn before a vowel as that vowel doubled
# 12: a word-final ayn after a vowel as that vowel doubled ("Radaa")
# 13: first-level areas' display names in plain letters ("Nuevo Leon", "Chisinau"); the United Kingdom's
#     nations, the regions of France, Italy, Belgium and Czechia, and a few capitals as first-level areas
SCHEMA_VERSION = 15

# SQLite keeps this text, indentation included, in sqlite_master: the same SOURCE_VERSION should
# give the same index, so leave it as it is.
_SCHEMA = """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA page_size = 4096;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE places (
            geonameid INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            latitude REAL NOT NULL,
            longitude REAL NOT NULL,
            country_code TEXT NOT NULL,
            country TEXT NOT NULL,
            admin1_code TEXT NOT NULL,
            admin1 TEXT NOT NULL,
            feature_class TEXT NOT NULL,
            feature_code TEXT,
            population INTEGER NOT NULL
        );
        CREATE TABLE names (
            key TEXT NOT NULL,
            geonameid INTEGER NOT NULL,
            kind INTEGER NOT NULL,
            PRIMARY KEY (key, geonameid)
        ) WITHOUT ROWID;
        CREATE TABLE admin1 (
            country_code TEXT NOT NULL,
            admin1_code TEXT NOT NULL,
            name TEXT NOT NULL,
            full_name TEXT NOT NULL,
            iso3166_2 TEXT NOT NULL,
            latitude REAL NOT NULL,
            longitude REAL NOT NULL,
            area_id INTEGER NOT NULL,
            PRIMARY KEY (country_code, admin1_code)
        ) WITHOUT ROWID;
        CREATE TABLE countries (
            country_code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            iso3 TEXT NOT NULL,
            numeric INTEGER NOT NULL,
            latitude REAL NOT NULL,
            longitude REAL NOT NULL,
            capital TEXT NOT NULL,
            population INTEGER NOT NULL,
            area_id INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE variants (
            key TEXT NOT NULL,
            geonameid INTEGER NOT NULL,
            PRIMARY KEY (key, geonameid)
        ) WITHOUT ROWID;
        CREATE TABLE demonyms (key TEXT PRIMARY KEY, country_code TEXT NOT NULL) WITHOUT ROWID;
        CREATE VIRTUAL TABLE places_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
        """


def write_tables(
    con: sqlite3.Connection,
    places: dict[int, SourcePlace],
    area_rows: list[PlaceRow],
    admin1_rows: list[Admin1Row],
    country_rows: list[CountryRow],
    names: NameTable,
) -> None:
    """Create the tables and fill all but meta, then ANALYZE."""
    con.executescript(_SCHEMA)
    rows = _place_rows(places, area_rows, admin1_rows, country_rows)
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO admin1 VALUES (?,?,?,?,?,?,?,?)", admin1_rows)
    con.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?,?,?)", country_rows)
    con.executemany("INSERT INTO names VALUES (?,?,?)", sorted(names.rows()))
    country_of = {row[0]: row[4] for row in area_rows}
    country_of.update({p.geonameid: p.cc for p in places.values()})
    con.executemany("INSERT INTO variants VALUES (?,?)", sorted(variant_rows(names, country_of)))
    con.executemany("INSERT INTO demonyms VALUES (?,?)", _demonym_rows())
    con.executemany(
        "INSERT INTO places_rtree VALUES (?,?,?,?,?)",
        # estimated points (codifier settlements) are not where the place is, and airfields and water
        # bodies are not populated places: `near` leaves them out
        (
            (p.geonameid, p.lat, p.lat, p.lon, p.lon)
            for p in places.values()
            if p.geonameid > KATOTTG_ID_MAX and p.feature_class == "P"
        ),
    )
    con.commit()
    con.execute("ANALYZE")
    con.commit()


def write_meta(con: sqlite3.Connection, meta: dict[str, str]) -> None:
    con.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())


def _place_rows(
    places: dict[int, SourcePlace],
    area_rows: list[PlaceRow],
    admin1_rows: list[Admin1Row],
    country_rows: list[CountryRow],
) -> Iterator[tuple[Any, ...]]:
    """Rows of the places table: GeoNames places by id, then admin areas, then countries."""
    country_name = {row[0]: row[1] for row in country_rows}
    admin1_name = {(row[0], row[1]): row[2] for row in admin1_rows}
    for p in sorted(places.values(), key=lambda q: q.geonameid):
        yield (
            p.geonameid,
            p.name,
            p.lat,
            p.lon,
            p.cc,
            country_name.get(p.cc, p.cc),
            p.a1,
            admin1_name.get((p.cc, p.a1), ""),
            p.feature_class,
            p.feature_code,
            p.population,
        )
    for gid, nm, lat, lon, cc, code, fclass, fcode, pop in area_rows:
        yield (gid, nm, lat, lon, cc, country_name.get(cc, cc), code, nm, fclass, fcode, pop)
    for cc, nm, _iso3, _num, lat, lon, _cap, pop, gid in country_rows:
        yield (gid, nm, lat, lon, cc, nm, "", "", "A", "PCLI", pop)


def _demonym_rows() -> list[tuple[str, str]]:
    demonyms: dict[str, str] = {}
    for word, cc in curated.DEMONYMS.items():
        demonyms.setdefault(name_key(word), cc)
    return sorted(demonyms.items())
