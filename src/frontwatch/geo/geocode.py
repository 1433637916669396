"""Resolve a place name in the context of its story: which of the gazetteer's candidates is meant."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from frontwatch.geo.airfields import AIRFIELD_CODES
from frontwatch.geo.fronts import FRONT_COUNTRIES, closeness
from frontwatch.geo.gazetteer import KIND_VARIANT, Gazetteer, distance_km
from frontwatch.geo.keys import SLAVIC_COUNTRIES, has_admin_word, name_key, plain, slavic_key
from frontwatch.geo.landmarks import SPREAD_CODES, landmark_row
from frontwatch.geo.name_index import KIND_ALTERNATE, KIND_OFFICIAL
from frontwatch.geo.waters import WATER_CODES
from frontwatch.model import Place, Resolution

Kind = Literal["settlement", "region", "country", "any"]
KINDS: tuple[str, ...] = ("settlement", "region", "country", "any")

# Weights of the score parts (see docs/gazetteer.md).
W_NAME = 1.5
W_POPULATION = 2.5
W_FOCUS = 1.0
W_HINT = 2.5
W_ANCHOR = 1.5
W_KIND = 1.0
W_CAPITAL = 0.2
# Near the front (geo/fronts.py): a bonus, not part of the best possible sum, so that a story far from
# any front scores as before; it weighs a village on the line of contact against a town of a few
# thousand people 300 km behind it.
W_FRONT = 2.0

# main name, official/curated spelling, alternate name, romanisation variant of a main or official name
NAME_MATCH = (1.0, 0.9, 0.33, 0.6)
ANCHOR_SCALE_KM = 75.0
AMBIGUOUS_KM = 50.0  # runner-ups closer than this are the same place, not a rival
MIN_SCORE = 0.45
MIN_SCORE_ABROAD = 0.6
# Airfields, seas and straits are found only by names no town bears ("Al Udeid Air Base", "Black Sea"):
# no namesake abroad to fear, and the story's anchors and admin hints rarely speak for them.
MIN_SCORE_LANDMARK = 0.35
# An airfield or a water body has no population: it scores like an admin area, the size of a town of
# about 16,000, so that it is not refused for being empty.
LANDMARK_POPULATION = 0.6
LANDMARK_CODES = AIRFIELD_CODES | WATER_CODES


@dataclass(frozen=True)
class GeoContext:
    """What the rest of the document says about where things happen."""

    focus_countries: tuple[str, ...] = ()  # ISO2, most important first
    admin_hints: tuple[tuple[str, str], ...] = ()  # (country_code, GeoNames admin1 code)
    anchor_points: tuple[tuple[float, float], ...] = ()  # (lat, lon) of places already resolved
    story_points: tuple[tuple[float, float], ...] = ()  # (lat, lon) of the story's other places and areas
    lone_countries: tuple[str, ...] = ()  # countries only the name being resolved speaks for
    front_open: bool = True  # the story is from the years of the war in Ukraine (or undated)


EMPTY_CONTEXT = GeoContext()


def geo_precision(place: Place) -> int:
    """ACLED geo_precision of an entry itself: 1 populated place, airfield or site of the landmark
    table (its own point), 2 a settlement whose point is only estimated (from the Ukrainian codifier:
    "near" its hromada's places) or a spit or an area of the landmark table, 3 admin area, country,
    sea, gulf or strait (one representative point)."""
    if place.feature_class == "S" and place.feature_code in AIRFIELD_CODES:
        return 1
    if landmark_row(place.geonameid) is not None:
        return 2 if place.feature_code in SPREAD_CODES else 1
    if place.feature_class != "P":
        return 3
    return 2 if place.estimated else 1


def resolve(
    gazetteer: Gazetteer, name: str, context: GeoContext = EMPTY_CONTEXT, *, kind: str = "any"
) -> Resolution:
    """The best candidate for `name` with a score in 0..1; Resolution(place=None) when none is good enough."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    return _resolve(gazetteer, name, context, kind)


@lru_cache(maxsize=65536)
def _resolve(gazetteer: Gazetteer, name: str, context: GeoContext, kind: str) -> Resolution:
    matches = usable_matches(gazetteer.matches(name), name)
    total = len(matches)
    admin_worded = has_admin_word(name)
    scored: list[tuple[float, Place]] = []
    for (place, _kind), match_kind in zip(matches, effective_kinds(matches, name, context), strict=True):
        fit = _kind_fit(place, kind, admin_worded)
        if fit is None:
            continue
        scored.append((_raw_score(place, match_kind, fit, context, name), place))
    if not scored:
        return Resolution(place=None, score=0.0, geo_precision=0, candidates=total)
    scored.sort(key=lambda item: (-item[0], -item[1].population, item[1].geonameid))
    top = _max_raw(context) - _anchor_out_of_reach([p for _, p in scored], context)
    best, score = _best_of(scored, top)
    if score < _threshold(best, context):
        # a far-away namesake is refused; the best candidate inside the story's countries may still do
        local = [item for item in scored if item[1].country_code in context.focus_countries]
        if not local or local[0][1] is best:
            return Resolution(place=None, score=score, geo_precision=0, candidates=total)
        best, score = _best_of(local, top)
        if score < _threshold(best, context):
            return Resolution(place=None, score=score, geo_precision=0, candidates=total)
    return Resolution(place=best, score=score, geo_precision=geo_precision(best), candidates=total)


COMMON_NAME = 3  # places of one country bearing a name as their own that make it a common village name


def usable_matches(matches: tuple[tuple[Place, int], ...], name: str) -> tuple[tuple[Place, int], ...]:
    """The candidates without the places of Ukraine, Russia, Belarus or Moldova that bear a common
    village name only as another name: "Oleksandrivka" is the name of a hundred villages and an old
    name of Donetsk, "Mykolaivka" an old name of Novovorontsovka. A writer meaning the city would have
    used its name; where COMMON_NAME or more places of the country bear the name as their own, another
    place of that country that bears it only as a former or alternate name is not meant. A renamed
    town whose old name few other places bear keeps it ("Pervomaisk" for Sokolohirsk, "Artemivsk",
    "Krasnyi Lyman")."""
    own = _own_name_counts(matches, name)
    if not any(n >= COMMON_NAME for n in own.values()):
        return matches
    return tuple(
        (place, kind)
        for place, kind in matches
        if place.country_code not in SLAVIC_COUNTRIES
        or own.get(place.country_code, 0) < COMMON_NAME
        or bears_as_own(place, kind, name)
    )


def _own_name_counts(matches: tuple[tuple[Place, int], ...], name: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for place, kind in matches:
        if (
            place.country_code in SLAVIC_COUNTRIES
            and place.feature_class == "P"
            and bears_as_own(place, kind, name)
        ):
            counts[place.country_code] = counts.get(place.country_code, 0) + 1
    return counts


SAME_NAME_RATIO = 90.0  # Nikolayevka and Mykolaivka: one name in Russian and Ukrainian forms


def bears_as_own(place: Place, match_kind: int, name: str) -> bool:
    """Whether the place's own name is the name written, in any romanisation or in its Russian or
    Ukrainian form (Mykolayiv and Mykolaiv; Crimea's Nikolayevka, officially Mykolaivka), not another
    name it once had (Donetsk, once Oleksandrivka)."""
    if match_kind == 0:
        return True
    own, written = slavic_key(name_key(place.name)), slavic_key(name_key(name))
    return own == written or fuzz.ratio(own, written) >= SAME_NAME_RATIO


def loose_main_name(place: Place, match_kind: int, name: str) -> bool:
    """Whether only the romanisation folding of `name_key` (y/i, doubled i) joins the name to this
    place's main name: "Palmyra" and Colombia's Palmira. The folding is there for Ukrainian and Russian
    romanisations (Izyum/Izium); elsewhere such a main name is another spelling, not the one written."""
    return (
        match_kind == 0
        and place.country_code not in SLAVIC_COUNTRIES
        and _spelling(place.name) != _spelling(name)
    )


def effective_kinds(
    matches: tuple[tuple[Place, int], ...], name: str, context: GeoContext
) -> tuple[int, ...]:
    """The match kind each candidate is scored with, weighed by the story's countries.

    A main name that only the folding joins to the name written, of a place outside the story's
    countries, counts as a romanisation variant (Colombia's Palmira for "Palmyra"). An alternate name
    of a place in a story's country counts as an official spelling when no place of that country, nor
    of a country the story names more, bears the name as its main or official name: it is then the
    exonym the press uses ("Palmyra" for Tadmur in a story on Syria), and must not lose to a small
    namesake abroad. Where a place of the story's first country bears the name ("Lyman"), other
    places' alternates stay alternates. Not in Ukraine, Russia, Belarus and Moldova: there alternate
    names are mostly Soviet-era names dozens of villages shared ("Oktyabrski"), and the press's own
    spellings are official romanisations and loose keys already."""
    rank = {code: i for i, code in enumerate(context.focus_countries)}
    owned = min(
        (rank[p.country_code] for p, k in matches if k <= KIND_OFFICIAL and p.country_code in rank),
        default=len(rank),
    )
    return tuple(_effective_kind(place, kind, name, rank, owned) for place, kind in matches)


def _effective_kind(place: Place, match_kind: int, name: str, rank: dict[str, int], owned: int) -> int:
    if (
        match_kind == KIND_ALTERNATE
        and rank.get(place.country_code, owned) < owned
        and place.country_code not in SLAVIC_COUNTRIES
    ):
        return KIND_OFFICIAL
    if rank and place.country_code not in rank and loose_main_name(place, match_kind, name):
        return KIND_VARIANT
    return match_kind


def _spelling(name: str) -> str:
    text = plain(name)
    return text[4:] if text.startswith("the ") else text


def _best_of(scored: list[tuple[float, Place]], top: float) -> tuple[Place, float]:
    """The first of the sorted candidates with its 0..1 score, lowered when a rival more than
    AMBIGUOUS_KM away scores close to it."""
    best_raw, best = scored[0]
    score = best_raw / top
    rival = next(
        (
            raw
            for raw, p in scored[1:]
            if distance_km(best.latitude, best.longitude, p.latitude, p.longitude) > AMBIGUOUS_KM
        ),
        None,
    )
    if rival is not None:
        gap = (best_raw - rival) / top
        score *= 0.7 + 0.3 * min(1.0, gap / 0.15)
    return best, round(max(0.0, min(1.0, score)), 4)


def is_landmark(place: Place) -> bool:
    """An airfield, a water body or a site of our own tables, not a town."""
    if landmark_row(place.geonameid) is not None:
        return True
    return place.feature_code in LANDMARK_CODES and place.feature_class in ("S", "H")


def _threshold(place: Place, context: GeoContext) -> float:
    """A place outside the story's countries must be clearly the one meant: a far-away namesake is
    worse than no coordinates."""
    if is_landmark(place):
        return MIN_SCORE_LANDMARK
    outside = (
        bool(context.focus_countries)
        and place.country_code not in context.focus_countries
        and place.feature_code != "PCLI"
    )
    if (outside or place.country_code in context.lone_countries) and _far_from_the_story(place, context):
        return MIN_SCORE_FAR_ABROAD
    return MIN_SCORE_ABROAD if outside else MIN_SCORE


MIN_SCORE_FAR_ABROAD = 0.95
FAR_FROM_STORY_KM = 2500.0  # Gaza lies 1,560 km from Tehran, Taza in Morocco 4,700 km from Kirkuk
BIG_CITY = 1_000_000


def _far_from_the_story(place: Place, context: GeoContext) -> bool:
    """ "the town of Taza, south of Kirkuk" in a story from Iraq is not Taza in Morocco, nor "the village
    of Solhan, in Burkina Faso's Yagha province" the Turkish town: a town of a country nothing else in
    the story names, far from every other place or area it names, needs an all but certain match. A
    capital or a big city named in passing ("talks in Paris") still resolves."""
    points = context.anchor_points or context.story_points
    return _small_town(place) and bool(points) and _nearest_km(place, points) > FAR_FROM_STORY_KM


def far_from(place: Place, other: Place) -> bool:
    """Whether a town lies far enough from another place, and is small enough, for the far-namesake rule
    (`_far_from_the_story`) to weigh it against that place."""
    return _small_town(place) and _nearest_km(place, ((other.latitude, other.longitude),)) > FAR_FROM_STORY_KM


def _small_town(place: Place) -> bool:
    """A town the far-namesake rule weighs: not a capital, not a big city."""
    return place.feature_class == "P" and place.feature_code != "PPLC" and place.population < BIG_CITY


def _nearest_km(place: Place, points: tuple[tuple[float, float], ...]) -> float:
    return min(distance_km(place.latitude, place.longitude, lat, lon) for lat, lon in points)


def _kind_fit(place: Place, kind: str, admin_worded: bool) -> float | None:
    """How well the entry's type suits what is asked; None when it is excluded."""
    is_country = place.feature_code == "PCLI"
    is_area = place.feature_class == "A" and not is_country
    if kind == "settlement":
        return 1.0 if place.feature_class == "P" else None
    if kind == "region":
        return _area_fit(place) if is_area else None
    if kind == "country":
        return 1.0 if is_country else None
    if admin_worded:
        return _area_fit(place) if is_area else 0.0
    if is_country:
        return 1.0
    if is_area:
        return 0.4 if place.feature_code == "ADM1" else 0.2
    return 1.0


def _area_fit(place: Place) -> float:
    """How well an area suits a name said to be a region: a first-level area, but not a city with the
    status of one ("the Kyiv region" is the oblast around Kyiv, not Kyiv City)."""
    if place.name.lower().endswith(" city"):
        return CITY_AREA_FIT
    return 1.0 if place.feature_code == "ADM1" else 0.8


CITY_AREA_FIT = 0.5  # below other areas by more than the anchors of a story around the city can add


# GeoNames' cities500 lists towns of 500 people or more and the seats of districts; a population of 0 there
# means it was not counted (Spin Boldak, Zurmat, Sao Goncalo in Rio de Janeiro)
UNCOUNTED_TOWN = 500
COUNTRY_POPULATION_SCALE = 8.0  # Congo: the Democratic Republic (100 million) before the Republic (6)


def _population_score(place: Place) -> float:
    if place.feature_code == "PCLI":
        return (
            min(1.0, math.log10(place.population + 1) / COUNTRY_POPULATION_SCALE) if place.population else 1.0
        )
    if place.feature_class == "A":
        return 0.6
    if is_landmark(place):
        return LANDMARK_POPULATION
    population = place.population
    if population == 0 and place.geonameid > 0:
        population = UNCOUNTED_TOWN  # a GeoNames town of unknown size is one of 500 or more, not of none
    return min(1.0, math.log10(population + 1) / 7.0)


def _raw_score(place: Place, match_kind: int, fit: float, context: GeoContext, name: str) -> float:
    raw = W_NAME * NAME_MATCH[min(match_kind, 3)]
    raw += W_POPULATION * _population_score(place)
    raw += W_KIND * fit
    if place.feature_code == "PPLC":
        raw += W_CAPITAL
    if context.focus_countries and place.country_code in context.focus_countries:
        rank = context.focus_countries.index(place.country_code)
        raw += W_FOCUS * max(0.4, 1.0 - 0.2 * rank)
    if context.admin_hints and (place.country_code, place.admin1_code) in context.admin_hints:
        raw += W_HINT
    if context.anchor_points and place.feature_code != "PCLI":
        raw += W_ANCHOR * _anchor_closeness(place, context)
    return raw + front_part(place, match_kind, name, context)


FRONT_OTHER_OFFICIAL = 1 / 3  # the share of the front part for an official name not the place's own


def front_part(place: Place, match_kind: int, name: str, context: GeoContext) -> float:
    """How much nearness to the front lifts a settlement of a country at war, in a story on that
    country or, for Ukraine, on Russia ("Russia's assault on Lyman" is in Ukraine). Where the story
    names other places (anchors), only the front near them counts: a Lyman 15 km from the story's
    other place is not outweighed by one on the front 700 km away. The front weighs namesakes: a place
    bearing the name as its own (in any romanisation) is lifted fully, one bearing it as another
    official or curated name by a third ("Krasnyi Lyman" for Lyman; "Slovyansk" is not Nikopol on the
    Dnipro, whatever names Nikopol once had), one bearing it as an alternate name not at all."""
    stories = FRONT_COUNTRIES.get(place.country_code)
    if (
        not context.front_open
        or match_kind == KIND_ALTERNATE
        or place.feature_class != "P"
        or not stories
        or stories.isdisjoint(context.focus_countries)
    ):
        return 0.0
    share = 1.0 if bears_as_own(place, match_kind, name) else FRONT_OTHER_OFFICIAL
    if context.anchor_points:  # the front near the story's other places, not the front anywhere
        share *= _anchor_closeness(place, context)
    return W_FRONT * share * closeness(place.latitude, place.longitude)


def _anchor_closeness(place: Place, context: GeoContext) -> float:
    """1 at the story's nearest other place, falling off over ANCHOR_SCALE_KM."""
    return math.exp(-_anchor_km(place, context) / ANCHOR_SCALE_KM)


def _anchor_km(place: Place, context: GeoContext) -> float:
    return min(distance_km(place.latitude, place.longitude, lat, lon) for lat, lon in context.anchor_points)


def _anchor_out_of_reach(candidates: list[Place], context: GeoContext) -> float:
    """The share of the anchor weight no candidate can earn: when every namesake lies far from the
    story's other places ("Gaza" in a story that also names Doha), nearness is no test any of them
    fails, and the score is taken over what the candidates could reach."""
    if not context.anchor_points:
        return 0.0
    reach = max(
        (_anchor_closeness(p, context) for p in candidates if p.feature_code != "PCLI"),
        default=1.0,
    )
    return W_ANCHOR * (1.0 - reach)


def _max_raw(context: GeoContext) -> float:
    top = W_NAME + W_POPULATION + W_KIND
    if context.focus_countries:
        top += W_FOCUS
    if context.admin_hints:
        top += W_HINT
    if context.anchor_points:
        top += W_ANCHOR
    return top
