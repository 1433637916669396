"""One name read as the kind of place its words say: a region ("the Donetsk region"), a settlement ("the
town of Izium"), or any place; a facility named after its town ("the Zaporizhia Nuclear Power Plant");
in the story's countries, near its admin areas and its other places."""

from __future__ import annotations

from typing import Any, NamedTuple

from frontwatch.extract.country_votes import country_initials
from frontwatch.geo.geocode import GeoContext, resolve
from frontwatch.geo.keys import name_key
from frontwatch.model import Resolution


class Distant(NamedTuple):
    points: tuple[tuple[float, float], ...]  # the story's other resolved places and areas
    lone: tuple[str, ...]  # countries no other name of the story speaks for


NOTHING_DISTANT = Distant((), ())


LEADING_NAME_WORDS = 3  # the longest place name tried at the head of a facility's name
PART_OF = 2  # ACLED geo_precision: part of, or near, the named place
# the last word of a facility's name: "the Zaporizhia Nuclear Power Plant", "Kharkiv Regional State
# Administration", "Mariupol Drama Theatre"
FACILITY_HEADS = frozenset(
    {"plant", "station", "administration", "airport", "airbase", "airfield", "port", "university", "college"}
    | {"hospital", "theatre", "theater", "school", "stadium", "factory", "refinery", "depot", "terminal"}
    | {"base", "prison", "bridge", "dam", "council"}
)


def by_leading_name(
    gazetteer: Any,
    text: str,
    focus: tuple[str, ...],
    hints: tuple[tuple[str, str], ...],
    anchors: tuple[tuple[float, float], ...],
    *,
    front_open: bool = True,
) -> Resolution | None:
    """ "the Zaporizhia Nuclear Power Plant", "Kharkiv Regional State Administration": a facility the
    gazetteer does not know, named after the town it is in or near (geo_precision 2)."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in FACILITY_HEADS:
        return None  # "the Red Sea" is no facility of a town called Red
    for size in range(min(LEADING_NAME_WORDS, len(words) - 1), 0, -1):
        name = " ".join(words[:size])
        if not name[:1].isupper() or not gazetteer.is_name(name_key(name)):
            continue
        found = resolve_name(gazetteer, name, "settlement", focus, hints, anchors, front_open=front_open)
        if found.place is not None:
            return Resolution(found.place, found.score, PART_OF, found.candidates)
    return None


def resolve_name(
    gazetteer: Any,
    name: str,
    kind: str,
    focus: tuple[str, ...],
    hints: tuple[tuple[str, str], ...],
    anchors: tuple[tuple[float, float], ...],
    distant: Distant = NOTHING_DISTANT,
    *,
    front_open: bool = True,
) -> Resolution:
    country = country_initials(gazetteer, name)
    if country is not None:
        return Resolution(country, 1.0, 3, 1)  # "US officials": the country, not Us in Seine-et-Marne
    context = GeoContext(
        focus_countries=focus,
        admin_hints=hints,
        anchor_points=anchors,
        story_points=distant.points,
        lone_countries=distant.lone,
        front_open=front_open,
    )
    if kind == "region":
        region = resolve(gazetteer, name, context, kind="region")
        if region.place is not None and (not focus or region.place.country_code in focus):
            return region
        town = resolve(gazetteer, name, context, kind="settlement")
        if region.place is not None:
            # "the Beni territory of North Kivu": a district the gazetteer lacks, named for its town at home,
            # not Bolivia's Beni department
            at_home = town.place is not None and town.place.country_code in focus
            return Resolution(town.place, town.score, 2, town.candidates) if at_home else region
        if town.place is not None and focus and town.place.country_code not in focus:
            # "the Federal Capital Territory" in a story from Abuja is no area around Washington
            return Resolution(None, town.score, 0, town.candidates)
        # "the Balakliya and Izyum regions": the area around a town, ACLED geo_precision 2
        return Resolution(town.place, town.score, 2, town.candidates) if town.place is not None else town
    return resolve(gazetteer, name, context, kind="settlement" if kind == "settlement" else "any")


__all__ = ["NOTHING_DISTANT", "Distant", "by_leading_name", "resolve_name"]
