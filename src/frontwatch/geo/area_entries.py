"""Gazetteer entries beyond the GeoNames places: first-level areas and countries, and the capital and
admin-seat marks they put on places.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from frontwatch.geo import curated
from frontwatch.geo.admin1_vote import GroupStates
from frontwatch.geo.area_aliases import PRESS_REGIONS
from frontwatch.geo.keys import admin_key, name_key, plain_letters
from frontwatch.geo.name_index import KIND_MAIN, KIND_OFFICIAL, NameTable, add_area_names, latin_key
from frontwatch.geo.records import (
    Admin1Groups,
    Admin1Row,
    BuildStats,
    CountryRow,
    PlaceRow,
    SourcePlace,
    SourceState,
)
from frontwatch.geo.sources import parse_float

# Synthetic ids for entries that have no GeoNames id (see docs/gazetteer.md).
STATE_ID_BASE = 1_000_000  # first-level area: -(1_000_000 + countrystatecity state id)
CURATED_AREA_ID_BASE = 2_000_000  # curated first-level area: -(2_000_000 + n)
# country: -(ISO 3166-1 numeric code)

_ADMIN_SUFFIXES = frozenset(
    {"oblast", "region", "province", "governorate", "state", "department", "prefecture", "county"}
)
_KEEP_WHOLE = frozenset({"free", "new", "north", "south", "east", "west", "central", "northern", "southern"})


def display_admin_name(state_name: str, iso: str) -> str:
    """ACLED-style short name of a first-level area, in plain letters as ACLED writes them: "Kharkiv Oblast"
    -> "Kharkiv", "Nuevo León" -> "Nuevo Leon", "Chișinău" -> "Chisinau"."""
    if iso in curated.UA_ADMIN1_NAMES:
        return curated.UA_ADMIN1_NAMES[iso]
    words = plain_letters(state_name).split()
    while (
        len(words) > 1
        and words[-1].lower() in _ADMIN_SUFFIXES
        and " ".join(words[:-1]).lower() not in _KEEP_WHOLE
    ):
        words.pop()
    return " ".join(words)


def admin_areas(
    groups: Admin1Groups,
    group_state: GroupStates,
    states: dict[str, list[SourceState]],
    names: NameTable,
    stats: BuildStats,
) -> tuple[list[PlaceRow], list[Admin1Row]]:
    """Entries for first-level areas, and the (country, admin1 code) -> name table."""
    area_rows: list[PlaceRow] = []
    admin1_rows: list[Admin1Row] = []
    state_groups = _groups_by_state(group_state)
    _add_state_areas(state_groups, groups, states, names, stats, area_rows, admin1_rows)
    _add_curated_areas(groups, names, stats, area_rows, admin1_rows)
    _add_unmapped_states(state_groups, states, names, stats, area_rows)
    _add_press_regions(names, stats, area_rows)
    return area_rows, admin1_rows


def _groups_by_state(group_state: GroupStates) -> dict[int, list[tuple[str, str]]]:
    state_groups: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for g, st in group_state.items():
        if st is not None:
            state_groups[st.id].append(g)
    return state_groups


def _add_state_areas(
    state_groups: dict[int, list[tuple[str, str]]],
    groups: Admin1Groups,
    states: dict[str, list[SourceState]],
    names: NameTable,
    stats: BuildStats,
    area_rows: list[PlaceRow],
    admin1_rows: list[Admin1Row],
) -> None:
    """A state chosen by several GeoNames groups becomes one entry, coded with its most populous group."""
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
        add_area_names(names, area_id, display, st, stats)
        stats.admin_areas += 1


def _add_curated_areas(
    groups: Admin1Groups,
    names: NameTable,
    stats: BuildStats,
    area_rows: list[PlaceRow],
    admin1_rows: list[Admin1Row],
) -> None:
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


def _add_unmapped_states(
    state_groups: dict[int, list[tuple[str, str]]],
    states: dict[str, list[SourceState]],
    names: NameTable,
    stats: BuildStats,
    area_rows: list[PlaceRow],
) -> None:
    """States that no GeoNames group maps to are still named areas (e.g. departments, new provinces)."""
    for cc_states in states.values():
        for st in cc_states:
            if st.id in state_groups:
                continue
            display = display_admin_name(st.name, st.iso)
            area_id = -(STATE_ID_BASE + st.id)
            area_rows.append((area_id, display, st.lat, st.lon, st.cc, "", "A", "ADMD", 0))
            add_area_names(names, area_id, display, st, stats)
            stats.admin_areas += 1


def _add_press_regions(names: NameTable, stats: BuildStats, area_rows: list[PlaceRow]) -> None:
    """Regions the press names that the source has no single area for ("Darfur", "Puntland")."""
    for region in PRESS_REGIONS:
        area_rows.append(region.row())
        names.add(name_key(region.name), region.area_id, KIND_MAIN)
        for key in region.alias_keys():
            names.add(key, region.area_id, KIND_OFFICIAL)
        stats.admin_areas += 1


def countries(
    gnc: dict[str, dict[str, Any]],
    csc: dict[str, dict[str, Any]],
    names: NameTable,
    stats: BuildStats,
) -> list[CountryRow]:
    rows: list[CountryRow] = []
    used: set[int] = set()
    for cc in sorted(set(gnc) | set(csc)):
        row = _country_row(cc, gnc.get(cc), csc.get(cc), used)
        if row is None:
            continue
        rows.append(row)
        _add_country_names(names, cc, row, gnc.get(cc), csc[cc])
        stats.countries += 1
    return rows


def _country_row(
    cc: str, g: dict[str, Any] | None, c: dict[str, Any] | None, used: set[int]
) -> CountryRow | None:
    """The country's row, None when it has no coordinates or no unused ISO numeric code."""
    if c is None:
        return None  # obsolete codes (e.g. "AN", "CS") have no coordinates
    numeric = int(c.get("numeric_code") or 0) or int((g or {}).get("isonumeric") or 0)
    if numeric <= 0 or numeric in used:
        return None
    used.add(numeric)
    lat, lon = parse_float(c.get("latitude")), parse_float(c.get("longitude"))
    if lat is None or lon is None:
        return None
    display = curated.COUNTRY_NAMES.get(cc) or (g or {}).get("name") or c["name"]
    iso3 = str(c.get("iso3") or (g or {}).get("iso3") or "")
    capital = str((g or {}).get("capital") or c.get("capital") or "")
    population = int((g or {}).get("population") or 0)
    # the GeoNames id of the country where the source has one, so that ids compare with GeoNames data
    gid = int((g or {}).get("geonameid") or 0) or -numeric
    return (cc, display, iso3, numeric, lat, lon, capital, population, gid)


def _add_country_names(
    names: NameTable, cc: str, row: CountryRow, g: dict[str, Any] | None, c: dict[str, Any]
) -> None:
    display, gid = row[1], row[8]
    for nm in (display, c["name"], (g or {}).get("name") or "", *curated.COUNTRY_ALIASES.get(cc, ())):
        key = latin_key(nm)
        if key:
            names.add(key, gid, KIND_MAIN if nm == display else KIND_OFFICIAL)


def mark_capitals(
    places: dict[int, SourcePlace],
    gnc: dict[str, dict[str, Any]],
    csc: dict[str, dict[str, Any]],
    names: NameTable,
) -> None:
    for cc in set(gnc) | set(csc):
        wanted = {
            name_key(str(src[cc]["capital"])) for src in (gnc, csc) if cc in src and src[cc].get("capital")
        }
        best: SourcePlace | None = None
        for key in wanted:
            for gid in names.by_key.get(key, ()):
                p = places.get(gid)
                if p is not None and p.cc == cc and (best is None or p.population > best.population):
                    best = p
        if best is not None:
            best.feature_code = "PPLC"


def mark_admin_seats(groups: Admin1Groups, admin1_rows: list[Admin1Row]) -> None:
    for cc, code, display, _full, _iso, _lat, _lon, _id in admin1_rows:
        key = admin_key(display)
        seats = [p for p in groups.get((cc, code), ()) if name_key(p.name) == key and p.feature_code is None]
        if seats:
            max(seats, key=lambda p: p.population).feature_code = "PPLA"
