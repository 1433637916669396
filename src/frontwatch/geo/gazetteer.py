"""Read-only queries on the gazetteer index built by `frontwatch.geo.build`, together with the places
imported from GeoNames dumps (`frontwatch.geo.importer`) when an imports file sits beside it."""

from __future__ import annotations

import math
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from frontwatch.errors import GazetteerCorrupt, GazetteerMissing
from frontwatch.geo.build import default_gazetteer_path
from frontwatch.geo.curated import catalogue_demonyms
from frontwatch.geo.imports_db import attach_imports, imports_path_for
from frontwatch.geo.keys import admin_key, has_admin_word, name_key, slavic_key
from frontwatch.model import Place

_PLACE_COLUMNS = (
    "p.geonameid, p.name, p.latitude, p.longitude, p.country_code, p.country, "
    "p.admin1_code, p.admin1, p.feature_class, p.feature_code, p.population"
)

# Imported places, with their country and admin1 names from the built index.
_IMPORTED_COLUMNS = (
    "o.geonameid, o.name, o.latitude, o.longitude, o.country_code, coalesce(c.name, o.country_code), "
    "o.admin1_code, coalesce(a.name, ''), o.feature_class, o.feature_code, o.population"
)
_IMPORTED_NAMES = (
    "LEFT JOIN main.countries c ON c.country_code = o.country_code "
    "LEFT JOIN main.admin1 a ON a.country_code = o.country_code AND a.admin1_code = o.admin1_code"
)
_IMPORTED_FROM = f"ov.places o {_IMPORTED_NAMES}"

_IN_CHUNK = 500  # ids per "IN (...)" query, well under SQLite's limit of bound parameters

# An estimated point this close to a real place of the same name in the same oblast is dropped.
SHADOW_KM = 30.0

# Match kind given to a name found only through its looser Slavic romanisation key: weaker than an
# official spelling, stronger than an alternate name (it folds a main or official name).
KIND_VARIANT = 3
# Shorter keys fold onto too many places ("how" would reach Khiv): no loose lookup for them.
VARIANT_MIN_CHARS = 5

PlaceRow = tuple[int, str, float, float, str, str, str, str, str, str | None, int]


COUNTY = "counti "  # the key of "County " (keys write "y" as "i")


def _place(row: PlaceRow) -> Place:
    return Place(*row)


@lru_cache(maxsize=1)
def _catalogue_keys() -> dict[str, str]:
    return {name_key(word): code for word, code in catalogue_demonyms().items()}


def catalogue_demonym(key: str) -> str | None:
    """The country code of a people's name (by its `name_key`) that only the actor catalogue knows."""
    return _catalogue_keys().get(key)


class Gazetteer:
    """Place lookups by name, id, admin area, country and proximity. Safe to share between threads."""

    def __init__(self, con: sqlite3.Connection, path: Path, imports: Path | None = None) -> None:
        self.path = path
        self.imports = imports  # the attached imports file, if any
        self._con = con
        # Indexes of schema 1 have no variants table: they are still readable, without the fallback.
        self._has_variants = bool(
            con.execute("SELECT 1 FROM sqlite_master WHERE name = 'variants'").fetchall()
        )
        self._lock = threading.Lock()
        # Per-instance caches.
        self.matches = lru_cache(maxsize=65536)(self._matches)  # type: ignore[method-assign]
        self.is_name = lru_cache(maxsize=262144)(self._is_name)  # type: ignore[method-assign]
        self.place = lru_cache(maxsize=65536)(self._place)  # type: ignore[method-assign]
        self.country = lru_cache(maxsize=1024)(self._country)  # type: ignore[method-assign]
        self.country_by_name = lru_cache(maxsize=4096)(self._country_by_name)  # type: ignore[method-assign]
        self.admin1_area = lru_cache(maxsize=8192)(self._admin1_area)  # type: ignore[method-assign]

    # -- public API (replaced by cached versions in __init__) --------------------------------------

    def candidates(self, name: str) -> list[Place]:
        """Every entry (place, admin area, country) the name can refer to; admin words widen to areas."""
        return [p for p, _kind in self.matches(name)]

    def matches(self, name: str) -> tuple[tuple[Place, int], ...]:
        """Candidates with how the name matched each: 0 main name, 1 official or curated, 2 alternate,
        3 romanisation variant.

        When the name's own key finds nothing, places of Ukraine, Russia, Belarus and Moldova are
        looked up by the looser `slavic_key` ("Kharkow" -> Kharkiv), as kind 3. `is_name` does
        not use that fallback, so text scanning finds no new names through it."""
        return self._matches(name)

    def is_name(self, key: str) -> bool:
        """Whether `key` (already a `name_key`) names anything in the gazetteer."""
        return self._is_name(key)

    def place(self, geonameid: int) -> Place | None:
        return self._place(geonameid)

    def admin1_area(self, country_code: str, admin1_code: str) -> Place | None:
        """The first-level area entry for a GeoNames (country, admin1 code)."""
        return self._admin1_area(country_code, admin1_code)

    def country(self, code: str) -> Place | None:
        """The country entry for an ISO 3166-1 alpha-2 or alpha-3 code."""
        return self._country(code)

    def country_by_name(self, name_or_demonym: str) -> Place | None:
        """ "Ukraine", "Ukrainian", "Burmese", "DRC" ... -> the country entry."""
        return self._country_by_name(name_or_demonym)

    def near(self, lat: float, lon: float, km: float) -> list[Place]:
        """Populated places within `km` of a point, nearest first (imported rows replace built-in ones)."""
        dlat = km / 111.32
        dlon = km / (111.32 * max(0.01, math.cos(math.radians(lat))))
        box = (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
        where = "WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ?"
        rows = self._fetch(
            f"SELECT {_PLACE_COLUMNS} FROM places_rtree r JOIN places p ON p.geonameid = r.id {where}", box
        )
        found = {row[0]: row for row in rows}
        if self.imports is not None:
            for row in self._fetch(
                f"SELECT {_IMPORTED_COLUMNS} FROM ov.places_rtree r "
                f"JOIN ov.places o ON o.geonameid = r.id {_IMPORTED_NAMES} {where}",
                box,
            ):
                found[row[0]] = row
        out = []
        for row in found.values():
            d = distance_km(lat, lon, row[2], row[3])
            if d <= km:
                out.append((d, _place(row)))
        out.sort(key=lambda item: (item[0], item[1].geonameid))
        return [p for _d, p in out]

    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._fetch("SELECT key, value FROM meta", ())}

    def close(self) -> None:
        self._con.close()

    # -- implementation ------------------------------------------------------------------------------

    def _fetch(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, params).fetchall()

    def _by_key(self, key: str) -> list[tuple[PlaceRow, int]]:
        rows = self._fetch(
            f"SELECT {_PLACE_COLUMNS}, n.kind FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE n.key = ?",
            (key,),
        )
        if self.imports is None:
            return [(row[:11], int(row[11])) for row in rows]
        kinds = {int(row[0]): int(row[11]) for row in rows}
        for gid, kind in self._fetch("SELECT geonameid, kind FROM ov.names WHERE key = ?", (key,)):
            kinds[gid] = min(kind, kinds.get(gid, kind))
        return self._rows_of(kinds)

    def _by_variant(self, key: str) -> list[tuple[PlaceRow, int]]:
        sql = "SELECT geonameid FROM variants WHERE key = ?"
        if self.imports is not None:
            sql += " UNION SELECT geonameid FROM ov.variants WHERE key = ?"
        gids = self._fetch(sql, (key,) * sql.count("?"))
        return self._rows_of({int(gid): KIND_VARIANT for (gid,) in gids})

    def _rows_of(self, kinds: dict[int, int]) -> list[tuple[PlaceRow, int]]:
        """The rows of these ids (imported rows replacing built-in ones), by id, in a few queries."""
        ids = sorted(kinds)
        rows: dict[int, PlaceRow] = {}
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = tuple(ids[start : start + _IN_CHUNK])
            marks = ",".join("?" * len(chunk))
            for row in self._fetch(
                f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.geonameid IN ({marks})", chunk
            ):
                rows[row[0]] = row
            if self.imports is not None:
                sql = f"SELECT {_IMPORTED_COLUMNS} FROM {_IMPORTED_FROM} WHERE o.geonameid IN ({marks})"
                for row in self._fetch(sql, chunk):
                    rows[row[0]] = row
        return [(rows[gid], kinds[gid]) for gid in ids if gid in rows]

    def _imported(self, gid: int) -> PlaceRow | None:
        if self.imports is None:
            return None
        rows = self._fetch(f"SELECT {_IMPORTED_COLUMNS} FROM {_IMPORTED_FROM} WHERE o.geonameid = ?", (gid,))
        return rows[0] if rows else None

    def _built_in(self, gid: int) -> PlaceRow | None:
        rows = self._fetch(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.geonameid = ?", (gid,))
        return rows[0] if rows else None

    def _matches(self, name: str) -> tuple[tuple[Place, int], ...]:
        key = name_key(name)
        found: dict[int, tuple[Place, int]] = {}
        for row, kind in self._by_key(key) if key else ():
            found[row[0]] = (_place(row), kind)
        if not found and len(key) >= VARIANT_MIN_CHARS and self._has_variants:
            for row, kind in self._by_variant(slavic_key(key)):
                found[row[0]] = (_place(row), kind)
        if not found and key.startswith(COUNTY):
            found.update((row[0], (_place(row), max(kind, 1))) for row, kind in self._counties(key))
        if has_admin_word(name):
            akey = admin_key(name)
            if akey and akey != key:
                for row, kind in self._by_key(akey):
                    if row[8] == "A" and row[0] not in found:
                        found[row[0]] = (_place(row), max(kind, 1))
        return tuple(_without_shadowed_estimates(list(found.values())))

    def _counties(self, key: str) -> list[tuple[PlaceRow, int]]:
        """ "County Kerry", "County Tyrone": the Irish county, an area named without the word."""
        return [(row, kind) for row, kind in self._by_key(key.removeprefix(COUNTY)) if row[8] == "A"]

    def _is_name(self, key: str) -> bool:
        if not key:
            return False
        if key.startswith(COUNTY) and self._counties(key):
            return True
        if self._fetch("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)):
            return True
        if self.imports is None:
            return False
        return bool(self._fetch("SELECT 1 FROM ov.names WHERE key = ? LIMIT 1", (key,)))

    def _place(self, geonameid: int) -> Place | None:
        row = self._imported(geonameid) or self._built_in(geonameid)
        return _place(row) if row is not None else None

    def _admin1_area(self, country_code: str, admin1_code: str) -> Place | None:
        rows = self._fetch(
            "SELECT area_id FROM admin1 WHERE country_code = ? AND admin1_code = ?",
            (country_code.upper(), admin1_code),
        )
        return self.place(int(rows[0][0])) if rows else None

    def _country(self, code: str) -> Place | None:
        code = code.strip().upper()
        column = "iso3" if len(code) == 3 else "country_code"
        rows = self._fetch(f"SELECT area_id FROM countries WHERE {column} = ?", (code,))
        return self.place(int(rows[0][0])) if rows else None

    def _country_by_name(self, name_or_demonym: str) -> Place | None:
        key = name_key(name_or_demonym)
        rows = self._fetch("SELECT country_code FROM demonyms WHERE key = ?", (key,))
        if rows:
            return self.country(str(rows[0][0]))
        code = catalogue_demonym(key)
        if code is not None:
            return self.country(code)
        countries = [(kind, p) for p, kind in self.matches(name_or_demonym) if p.feature_code == "PCLI"]
        if countries:
            return min(countries, key=lambda item: item[0])[1]
        if len(key) in (2, 3) and key.isalpha() and name_or_demonym.isupper():
            return self.country(name_or_demonym)
        return None


def _without_shadowed_estimates(matches: list[tuple[Place, int]]) -> list[tuple[Place, int]]:
    """Leave out a codifier settlement's estimated point where a place of its own name with real
    coordinates (imported from a GeoNames dump, or a cities500 namesake) lies in the same oblast within
    SHADOW_KM: that place is it, or close enough that the estimate adds nothing but a worse point."""
    real = [p for p, kind in matches if kind <= 1 and not p.estimated and p.feature_class == "P"]
    if not real or len(real) == len(matches):
        return matches
    return [
        (p, kind)
        for p, kind in matches
        if not p.estimated
        or not any(
            q.country_code == p.country_code
            and q.admin1_code == p.admin1_code
            and distance_km(p.latitude, p.longitude, q.latitude, q.longitude) <= SHADOW_KM
            for q in real
        )
    ]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def open_gazetteer(path: Path | None = None, *, imports: Path | None = None) -> Gazetteer:
    """Open the index read-only, with the imports file beside it (or `imports`) when there is one.

    Raises GazetteerMissing when the index has not been built."""
    target = Path(path) if path is not None else default_gazetteer_path()
    if not target.is_file():
        raise GazetteerMissing(f"No gazetteer index at {target}.")
    extra = Path(imports) if imports is not None else imports_path_for(target)
    try:
        con = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        con.execute("SELECT 1 FROM names LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        raise GazetteerCorrupt(f"The gazetteer index at {target} cannot be read: {exc}.") from exc
    try:
        attached = attach_imports(con, extra)
        con.execute("PRAGMA query_only = ON")
    except BaseException:
        con.close()
        raise
    return Gazetteer(con, target, extra if attached else None)
