"""Match each GeoNames first-level area code to a countrystatecity state.

The two sources code first-level areas differently, so a (country, admin1 code) group of places is
matched to the state whose cities share the most names with its places within `VOTE_RADIUS_KM`;
failing that, to the state nearest to its most populous place.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from frontwatch.geo import curated
from frontwatch.geo.keys import name_key
from frontwatch.geo.records import Admin1Groups, BuildStats, SourcePlace, SourceState
from frontwatch.geo.sources import CityPoints, load_city_points

VOTE_RADIUS_KM = 30.0

GroupStates = dict[tuple[str, str], SourceState | None]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def group_by_admin1(places: Iterable[SourcePlace]) -> Admin1Groups:
    groups: Admin1Groups = defaultdict(list)
    for p in places:
        groups[(p.cc, p.a1)].append(p)
    return groups


def vote_admin1(
    csc_dir: Path,
    groups: Admin1Groups,
    states: dict[str, list[SourceState]],
    stats: BuildStats,
) -> GroupStates:
    """Map each GeoNames (country, admin1 code) to a countrystatecity state by name-and-distance votes."""
    result: GroupStates = {}
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
        cities = load_city_points(csc_dir, cc, cc_states)
        for g in group_keys:
            result[g] = _match_group(g, groups[g], cc_states, cities, stats)
    return result


def _match_group(
    group: tuple[str, str],
    places: list[SourcePlace],
    cc_states: list[SourceState],
    cities: CityPoints,
    stats: BuildStats,
) -> SourceState | None:
    if group in curated.ADMIN1_OVERRIDES or not group[1] or group[1] == "00":
        stats.admin_groups_unmapped += 1
        return None
    chosen = _voted_state(places, cc_states, cities)
    if chosen is not None:
        stats.admin_groups_voted += 1
        return chosen
    top = max(places, key=lambda p: p.population)
    stats.admin_groups_nearest += 1
    return min(cc_states, key=lambda s: km(s.lat, s.lon, top.lat, top.lon))


def _voted_state(
    places: list[SourcePlace], cc_states: list[SourceState], cities: CityPoints
) -> SourceState | None:
    """The state most of the places have a same-named city nearby in, if any."""
    votes: Counter[str] = Counter()
    for p in places:
        for lat, lon, code in cities.get(name_key(p.name), ()):
            if abs(lat - p.lat) < 0.5 and km(lat, lon, p.lat, p.lon) <= VOTE_RADIUS_KM:
                votes[code] += 1
                break
    if not votes:
        return None
    code, _n = votes.most_common(1)[0]
    by_code = {s.code: s for s in cc_states}
    return by_code.get(code)
