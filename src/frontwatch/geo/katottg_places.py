"""Add the settlements of the Ukrainian codifier (KATOTTG) to a gazetteer build.

The codifier lists every Ukrainian city, settlement and village with its hromada, raion and oblast,
but no coordinates. A settlement that cities500 already holds (same name key, same oblast) is that
place and adds nothing. Any other one becomes an entry at an estimated point: the mean of the
cities500 places of its hromada (else of its raion, else of its oblast), with no population, so that
a cities500 namesake keeps winning unless the story's context (its oblast, its other places) points
at the village. See docs/gazetteer.md, "Ukrainian codifier".
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from frontwatch.geo.admin1_vote import km
from frontwatch.geo.katottg import SETTLEMENT_CATEGORIES, TOWN_CATEGORIES, CodifierUnit
from frontwatch.geo.name_index import KIND_MAIN, KIND_OFFICIAL, NameTable, latin_key, transliterate
from frontwatch.geo.records import BuildStats, SourcePlace
from frontwatch.model import katottg_id

# A cities500 namesake further than this from a settlement's estimated point is another place.
PAIR_KM = 30.0
# Points further than this from the median of their hromada (or raion) are left out of its mean:
# one wrongly paired namesake must not drag the estimate away.
OUTLIER_KM = 40.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Settlement:
    """A codifier settlement with its romanised name and key."""

    unit: CodifierUnit
    name: str
    key: str


def codifier_settlements(units: Iterable[CodifierUnit]) -> list[Settlement]:
    """The codifier's cities, settlements and villages, romanised with the official system."""
    out = []
    for unit in units:
        if unit.category not in SETTLEMENT_CATEGORIES or not _settlement_code(unit.code):
            continue
        name = transliterate(unit.name)
        key = latin_key(name) if name else ""
        if key:
            out.append(Settlement(unit, name, key))
    return out


def _settlement_code(code: str) -> bool:
    """Whether the code can be a gazetteer id (its city-district pair is "00", as for every settlement)."""
    try:
        katottg_id(code)
    except ValueError:
        return False
    return True


def add_codifier_settlements(
    units: Iterable[CodifierUnit], places: dict[int, SourcePlace], names: NameTable, stats: BuildStats
) -> None:
    """Pair the codifier's settlements with cities500 places and add the others at estimated points."""
    settlements = codifier_settlements(units)
    stats.katottg_settlements = len(settlements)
    ukraine = {gid: p for gid, p in places.items() if p.cc == "UA"}
    by_key = _ukrainian_keys(names, ukraine)
    oblast_a1 = _vote_oblasts(settlements, by_key, ukraine)
    paired = _pair(settlements, by_key, ukraine, oblast_a1)
    stats.katottg_matched = len(paired)
    points = unit_points(paired, {s.unit.code: s.unit for s in settlements})
    for s in settlements:
        if s.unit.code in paired:
            continue
        a1 = oblast_a1.get(s.unit.oblast)
        point = estimate(s.unit, points)
        if a1 is None or point is None:
            stats.katottg_unplaced += 1
            continue
        gid = katottg_id(s.unit.code)
        places[gid] = SourcePlace(
            geonameid=gid,
            name=s.name,
            lat=round(point[0], 5),
            lon=round(point[1], 5),
            cc="UA",
            a1=a1,
            population=0,
            alternates=[],
            feature_code="PPL",
        )
        names.add(s.key, gid, KIND_MAIN)
        stats.katottg_added += 1


def _ukrainian_keys(names: NameTable, ukraine: dict[int, SourcePlace]) -> dict[str, list[int]]:
    """Main and official name keys of cities500's Ukrainian places -> their ids."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for key, gid, kind in names.rows():
        if kind <= KIND_OFFICIAL and gid in ukraine:
            by_key[key].append(gid)
    return by_key


def _vote_oblasts(
    settlements: list[Settlement], by_key: dict[str, list[int]], ukraine: dict[int, SourcePlace]
) -> dict[str, str]:
    """Codifier oblast code -> GeoNames admin1 code: each settlement votes for the admin1 areas of its
    cities500 namesakes, a namesake in one area counting more than one of many."""
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for s in settlements:
        gids = by_key.get(s.key, ())
        for gid in gids:
            votes[s.unit.oblast][ukraine[gid].a1] += 1.0 / len(gids)
    return {oblast: max(tally, key=lambda a1: (tally[a1], a1)) for oblast, tally in votes.items() if tally}


Groups = dict[tuple[str, str], tuple[list[Settlement], list[int]]]


def _pair(
    settlements: list[Settlement],
    by_key: dict[str, list[int]],
    ukraine: dict[int, SourcePlace],
    oblast_a1: dict[str, str],
) -> dict[str, SourcePlace]:
    """Codifier code -> the cities500 place that is the same settlement.

    A name held once on each side in an oblast is paired at once, and so is the one city (or
    urban-type settlement) of a name with its most populous cities500 namesake. For the names left,
    each codifier settlement is placed from the pairs so far and the nearest namesakes are paired
    greedily within PAIR_KM, twice (the first round's pairs place more settlements)."""
    groups = _groups(settlements, by_key, ukraine, oblast_a1)
    units = {s.unit.code: s.unit for s in settlements}
    paired: dict[str, SourcePlace] = {}
    used: set[int] = set()
    for members, gids in groups.values():
        if len(members) == 1 and len(gids) == 1:
            _take(paired, used, members[0], ukraine[gids[0]])
            continue
        towns = [m for m in members if m.unit.category in TOWN_CATEGORIES]
        if len(towns) == 1 and gids:
            _take(paired, used, towns[0], max((ukraine[g] for g in gids), key=lambda p: p.population))
    for _round in range(2):
        _pair_nearest(groups, ukraine, unit_points(paired, units), paired, used)
    return paired


def _groups(
    settlements: list[Settlement],
    by_key: dict[str, list[int]],
    ukraine: dict[int, SourcePlace],
    oblast_a1: dict[str, str],
) -> Groups:
    """(admin1 code, name key) -> the codifier settlements and the cities500 places bearing it."""
    groups: Groups = {}
    for s in settlements:
        a1 = oblast_a1.get(s.unit.oblast)
        if a1 is None:
            continue
        if (a1, s.key) not in groups:
            gids = [gid for gid in by_key.get(s.key, ()) if ukraine[gid].a1 == a1]
            groups[(a1, s.key)] = ([], gids)
        groups[(a1, s.key)][0].append(s)
    return groups


def _take(paired: dict[str, SourcePlace], used: set[int], s: Settlement, place: SourcePlace) -> None:
    if s.unit.code not in paired and place.geonameid not in used:
        paired[s.unit.code] = place
        used.add(place.geonameid)


def _pair_nearest(
    groups: Groups,
    ukraine: dict[int, SourcePlace],
    points: dict[str, list[Point]],
    paired: dict[str, SourcePlace],
    used: set[int],
) -> None:
    """Pair the settlements still unpaired with their nearest unused namesakes, nearest pairs first."""
    options: list[tuple[float, str, int, Settlement]] = []
    for members, gids in groups.values():
        free = [gid for gid in gids if gid not in used]
        for s in members if free else ():
            point = None if s.unit.code in paired else estimate(s.unit, points)
            if point is None:
                continue
            for gid in free:
                d = km(point[0], point[1], ukraine[gid].lat, ukraine[gid].lon)
                if d <= PAIR_KM:
                    options.append((d, s.unit.code, gid, s))
    for _d, _code, gid, s in sorted(options, key=lambda o: o[:3]):
        _take(paired, used, s, ukraine[gid])


def unit_points(paired: dict[str, SourcePlace], units: dict[str, CodifierUnit]) -> dict[str, list[Point]]:
    """Hromada, raion and oblast code -> the points of the cities500 places paired under it."""
    by_code: dict[str, list[Point]] = defaultdict(list)
    for code, place in paired.items():
        unit = units[code]
        for level in (unit.hromada, unit.raion, unit.oblast):
            if level:
                by_code[level].append((place.lat, place.lon))
    return by_code


def estimate(unit: CodifierUnit, points: dict[str, list[Point]]) -> Point | None:
    """The robust mean of the known points of the unit's hromada, else raion, else oblast."""
    for level in (unit.hromada, unit.raion, unit.oblast):
        found = points.get(level) if level else None
        if found:
            return robust_mean(found)
    return None


def robust_mean(points: list[Point]) -> Point:
    """The mean of the points within OUTLIER_KM of their coordinate-wise median (all of them when
    none is)."""
    mid = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    near = [p for p in points if km(mid[0], mid[1], p[0], p[1]) <= OUTLIER_KM] or points
    return (sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near))
