"""Why a name resolves the way it does: the score parts of every candidate, from the scoring of
`frontwatch.geo.geocode` (its weights and part functions are used as they are, so the parts always
add up to the score `resolve` ranks by).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from frontwatch.geo import geocode
from frontwatch.geo.gazetteer import Gazetteer, distance_km
from frontwatch.geo.keys import has_admin_word
from frontwatch.model import Place, Resolution

MATCH_NAMES = ("main name", "official or curated name", "alternate name", "romanisation variant")


@dataclass(frozen=True)
class CandidateScore:
    """One candidate with its score parts (weighted, as `resolve` adds them up)."""

    place: Place
    match: str  # how the name matched: one of MATCH_NAMES
    parts: dict[str, float]
    raw: float  # the sum of the parts
    share: float  # raw over the largest sum possible in the context (before the rival penalty)
    distance_km: float | None  # to the nearest anchor point, when there is one


@dataclass(frozen=True)
class Explanation:
    name: str
    context: geocode.GeoContext
    kind: str
    resolution: Resolution
    candidates: tuple[CandidateScore, ...]  # best first; candidates the kind excludes are left out
    excluded: int
    top: float  # the largest raw score possible in this context
    threshold: float  # the score the best candidate needs to be chosen


def explain(
    gazetteer: Gazetteer, name: str, context: geocode.GeoContext = geocode.EMPTY_CONTEXT, *, kind: str = "any"
) -> Explanation:
    """Every candidate of `name` with its score parts, and the choice `resolve` makes."""
    resolution = geocode.resolve(gazetteer, name, context, kind=kind)
    admin_worded = has_admin_word(name)
    excluded = 0
    usable: list[tuple[Place, int, float]] = []
    matches = geocode.usable_matches(gazetteer.matches(name), name)
    for (place, _kind), match_kind in zip(
        matches, geocode.effective_kinds(matches, name, context), strict=True
    ):
        fit = geocode._kind_fit(place, kind, admin_worded)
        if fit is None:
            excluded += 1
            continue
        usable.append((place, match_kind, fit))
    top = geocode._max_raw(context) - geocode._anchor_out_of_reach([u[0] for u in usable], context)
    scored = [_candidate(place, match_kind, fit, context, top, name) for place, match_kind, fit in usable]
    scored.sort(key=lambda c: (-c.raw, -c.place.population, c.place.geonameid))
    threshold = geocode._threshold(scored[0].place, context) if scored else geocode.MIN_SCORE
    return Explanation(name, context, kind, resolution, tuple(scored), excluded, top, threshold)


def _candidate(
    place: Place, match_kind: int, fit: float, context: geocode.GeoContext, top: float, name: str
) -> CandidateScore:
    parts = {
        "name": geocode.W_NAME * geocode.NAME_MATCH[min(match_kind, 3)],
        "population": geocode.W_POPULATION * geocode._population_score(place),
        "feature": geocode.W_KIND * fit,
    }
    if place.feature_code == "PPLC":
        parts["capital"] = geocode.W_CAPITAL
    if context.focus_countries:
        focus = context.focus_countries
        rank = focus.index(place.country_code) if place.country_code in focus else -1
        parts["country"] = geocode.W_FOCUS * max(0.4, 1.0 - 0.2 * rank) if rank >= 0 else 0.0
    if context.admin_hints:
        hinted = (place.country_code, place.admin1_code) in context.admin_hints
        parts["admin hint"] = geocode.W_HINT if hinted else 0.0
    nearest = None
    if context.anchor_points and place.feature_code != "PCLI":
        lat0, lon0 = place.latitude, place.longitude
        nearest = min(distance_km(lat0, lon0, lat, lon) for lat, lon in context.anchor_points)
        parts["distance"] = geocode.W_ANCHOR * math.exp(-nearest / geocode.ANCHOR_SCALE_KM)
    front = geocode.front_part(place, match_kind, name, context)
    if front:
        parts["front"] = front
    raw = sum(parts.values())
    match = MATCH_NAMES[min(match_kind, 3)]
    return CandidateScore(place, match, parts, raw, raw / top, nearest)
