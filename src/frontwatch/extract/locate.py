"""Resolve a document's place mentions to gazetteer entries, in the context of the whole story.

The story's focus countries come from the places, countries and demonyms it names, and the country it was
filed from (the dateline's).
Regions named in a sentence ("in the Donetsk region") narrow the towns named beside them, and one
name keeps one resolution throughout a story.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from frontwatch.extract.actors import find_actors
from frontwatch.extract.container_gaps import city_parts, container_pairs, designates_area, gap_words
from frontwatch.extract.country_votes import (
    Votes,
    at_home,
    country_votes,
    focus_by_name,
    focus_countries,
    foreign_to_the_dateline,
    lone_countries,
    others,
)
from frontwatch.extract.datelines import (
    ExtraToponym,
    Filed,
    dateline_toponyms,
    dateline_town,
    filed_country,
)
from frontwatch.extract.name_readings import Distant, by_leading_name, resolve_name
from frontwatch.extract.place_confirmation import confirm_mentions
from frontwatch.extract.places import PlaceMention, doc_text, find_place_mentions
from frontwatch.geo.geocode import GeoContext, far_from, is_landmark, resolve
from frontwatch.geo.keys import name_key
from frontwatch.model import Document, Place, Resolution

CONTAINER_FALLBACK_SCORE = 0.3
ANCHOR_SCORE = 0.7  # a place resolved this surely, from its own point, anchors its namesake neighbours
ANY_AREA = "*"  # the admin1 code of a container that is a whole country
DOUBT_POPULATION = 20_000  # a town this big is no stray word's namesake


@dataclass(frozen=True)
class LocatedMention:
    mention: PlaceMention
    resolution: Resolution
    sentence: int  # index of the sentence in the parsed document

    @property
    def place(self) -> Place | None:
        return self.resolution.place


@dataclass(frozen=True)
class PlaceReading:
    """Where a document's places are: its focus countries, every mention resolved in context, the spans
    that name actors (whose place names are not locations), and the dateline's toponyms."""

    focus: tuple[str, ...]
    located: list[LocatedMention]
    actor_spans: list[tuple[int, int]]
    dateline: list[ExtraToponym]


def read_places(doc: Document, sdoc: Any, gazetteer: Any) -> PlaceReading:
    """Find, confirm and resolve the place mentions of a parsed document (its dateline left out of the
    mentions, but its town kept as a point of the story)."""
    skip = (doc.dateline_span,) if doc.dateline_span is not None else ()
    filed = filed_country(doc, gazetteer)
    raw_mentions = find_place_mentions(sdoc, gazetteer, name_key, skip)
    early_focus = focus_countries(sdoc, raw_mentions, gazetteer, filed)
    actor_spans = actor_name_spans(doc_text(sdoc), early_focus[0] if early_focus else None)
    causes = cause_spans(doc_text(sdoc), actor_spans)
    raw_mentions = [m for m in raw_mentions if not any(s <= m.start < e for s, e in causes)]
    mentions = confirm_mentions(raw_mentions, gazetteer, actor_spans)
    focus = focus_countries(sdoc, mentions, gazetteer, filed)
    dateline = dateline_toponyms(doc, gazetteer, focus)
    located = locate(sdoc, mentions, gazetteer, focus, dateline_town(dateline), filed, _front_open(doc))
    return PlaceReading(focus, located, actor_spans, dateline)


WAR_IN_UKRAINE = date(2014, 4, 1)  # the war in Donbas; the front lines of geo/fronts.py run from then on


def _front_open(doc: Document) -> bool:
    """Whether the story may be on the war in Ukraine: undated, or published since it began."""
    return doc.published is None or doc.published.end >= WAR_IN_UKRAINE


def actor_name_spans(text: str, country_code: str | None) -> list[tuple[int, int]]:
    """Where the text names an actor ("the Israeli Air Force", "Hamas", "Denis Pushilin")."""
    return [(m.start, m.end) for m in find_actors(text, country_code=country_code) if m.actor is not None]


# "the African Party for the Independence of Guinea and Cape Verde": the land a movement's name says it
# fights for is no place of the story
CAUSE = re.compile(r"\b(?:liberation|independence|freedom) (?:of|for) (?:the )?", re.IGNORECASE)


def cause_spans(text: str, actor_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where an actor's name names the land it fights for."""
    spans = []
    for start, end in actor_spans:
        cause = CAUSE.search(text, start, end)
        if cause is not None:
            spans.append((cause.end(), end))
    return spans


def _kept(
    located: list[LocatedMention], votes: tuple[Votes, dict[str, Votes]], filed: Filed | None
) -> list[LocatedMention]:
    """The located mentions without the doubtful ones and the namesakes abroad a dateline refuses."""
    story_others = others(*votes)
    refused = foreign_to_the_dateline([(lm.mention.text, lm.place) for lm in located], votes, filed)
    return [
        lm
        for lm in located
        if lm.mention.text not in refused and not _stray(lm, story_others.get(lm.mention.text))
    ]


def _stray(located: LocatedMention, others: Votes | None) -> bool:
    return _doubtful(located, others) or _part_abroad(located, others)


def _part_abroad(located: LocatedMention, others: Votes | None) -> bool:
    """ "looted in the Zingalume and George compounds" of Lusaka: a name for a part of a town (a compound,
    a township, a slum) read as a town in a country nothing else in the story names."""
    place, mention = located.place, located.mention
    if not others or place is None or place.feature_code == "PCLI" or not mention.part_of_a_town:
        return False
    return others.get(place.country_code, 0.0) <= 1e-9


def _doubtful(located: LocatedMention, others: Votes | None) -> bool:
    """A capitalised word that only the gazetteer calls a place (not the tagger, not the words around it),
    a small town in a country nothing else in the story names: "Christian" (a Kansas town's alternate
    name) in a story on Garissa, "NATO troops" (Nato, Philippines) in one on Afghanistan. A city stays
    ("Bamenda" beside a stray "Presbyterian")."""
    mention, place = located.mention, located.place
    if not others or place is None or place.feature_code == "PCLI" or place.population >= DOUBT_POPULATION:
        return False
    if is_landmark(place):
        return False  # "Al Udeid Air Base", "the Black Sea": no town's name, whatever country it is in
    if mention.tagged or mention.cued or not mention.from_gazetteer:
        return False
    return others.get(place.country_code, 0.0) <= 1e-9


Key = tuple[str, str]  # (name as written, kind)
Hint = tuple[str, str]  # (country code, admin1 code)


def locate(
    sdoc: Any,
    mentions: list[PlaceMention],
    gazetteer: Any,
    focus: tuple[str, ...],
    dateline: Place | None = None,
    filed: Filed | None = None,
    front_open: bool = True,
) -> list[LocatedMention]:
    """Resolve every mention; the same name gets the same place throughout the document. Nearness to
    the front in Ukraine weighs only in stories of the war's years (`front_open`).

    "Vodyane, Donetsk" and "Lyman in the Donetsk region" name a container: the container's admin area
    narrows the first name, a candidate in another country is refused, and a name the gazetteer does
    not know falls back to the container's admin area (geo_precision 3)."""
    sentence_of = _sentence_index(sdoc)
    votes = country_votes(sdoc, mentions, gazetteer, filed)
    focus_of = focus_by_name(*votes, gazetteer)
    if dateline is not None:
        focus_of = at_home(focus_of, votes, dateline, gazetteer)
    by_name, areas, unhinted = _hints_by_name(sdoc, mentions, gazetteer, focus_of, sentence_of)
    name = functools.partial(resolve_name, gazetteer, front_open=front_open)
    first = {key: name(key[0], key[1], focus_of[key[0]], h, ()) for key, h in by_name.items()}
    where = {(m.text, m.kind) for m in mentions if not m.government and not _acting(sdoc, m)}
    anchor_of = _anchors_by_name(first, where)
    anchors = tuple(anchor_of.values())
    distant = _distant_by_name(sdoc, mentions, first, gazetteer, votes, dateline, filed)
    final = {
        key: (
            name(key[0], key[1], focus_of[key[0]], by_name[key], _others_points(anchor_of, key), distant[key])
            if r.candidates > 1 or _abroad(r, focus_of[key[0]], dateline)
            else r
        )
        for key, r in first.items()
    }
    for key, resolution in final.items():
        if key in unhinted and resolution.place is None:  # the container's admin code may disagree
            final[key] = name(key[0], key[1], focus_of[key[0]], unhinted[key], anchors)
        if final[key].place is None:
            leading = by_leading_name(
                gazetteer, key[0], focus_of[key[0]], by_name[key], anchors, front_open=front_open
            )
            final[key] = leading or final[key]
    located = _kept(
        [
            LocatedMention(m, _within(final[(m.text, m.kind)], areas.get(i)), sentence_of[m.token_start])
            for i, m in enumerate(mentions)
        ],
        votes,
        filed,
    )
    sdoc.user_data[STORY_PLACES] = located
    sdoc.user_data[GAZETTEER] = gazetteer
    return located


Point = tuple[float, float]


def _hints_by_name(
    sdoc: Any,
    mentions: list[PlaceMention],
    gazetteer: Any,
    focus_of: dict[str, tuple[str, ...]],
    sentence_of: dict[int, int],
) -> tuple[dict[Key, tuple[Hint, ...]], dict[int, Container], dict[Key, tuple[Hint, ...]]]:
    """The admin areas that narrow each name: the regions its sentence names, then a container it is
    written in ("Lyman in the Donetsk region"); the containers by mention; and each contained name's
    hints without its container's, for when the container's admin code disagrees."""
    hints = _region_hints(sdoc, mentions, gazetteer, focus_of, sentence_of)
    by_name: dict[Key, tuple[Hint, ...]] = defaultdict(tuple)
    for mention in mentions:
        key = (mention.text, mention.kind)
        by_name[key] = tuple(dict.fromkeys(by_name[key] + hints.get(sentence_of[mention.token_start], ())))
    containers = {**city_parts(sdoc, mentions), **container_pairs(sdoc, mentions)}
    areas = _container_areas(sdoc, mentions, containers, gazetteer, focus_of, by_name)
    unhinted = {
        (mentions[i].text, mentions[i].kind): by_name[(mentions[i].text, mentions[i].kind)] for i in areas
    }
    for index, container in areas.items():
        key = (mentions[index].text, mentions[index].kind)
        if container.hint[1] != ANY_AREA:
            by_name[key] = tuple(dict.fromkeys((container.hint, *by_name[key])))
    return by_name, areas, unhinted


def _anchors_by_name(first: dict[Key, Resolution], where: set[Key]) -> dict[Key, Point]:
    """The towns resolved surely enough, from their own point, to anchor their namesake neighbours."""
    return {
        key: (r.place.latitude, r.place.longitude)
        for key, r in first.items()
        if r.place is not None
        and r.place.feature_class == "P"
        and (r.candidates == 1 or (r.score >= ANCHOR_SCORE and not r.place.estimated and key in where))
    }


def _others_points(points: dict[Key, Point], key: Key) -> tuple[Point, ...]:
    """The points of the story's other names: a name is no anchor for its own reading."""
    return tuple(point for other, point in points.items() if other[0] != key[0])


def _distant_by_name(
    sdoc: Any,
    mentions: list[PlaceMention],
    first: dict[Key, Resolution],
    gazetteer: Any,
    story_votes: tuple[Votes, dict[str, Votes]],
    dateline: Place | None = None,
    filed: Filed | None = None,
) -> dict[Key, Distant]:
    """What tells a far-off namesake, for each name: the story's other places and areas, and the
    countries only this name speaks for. Only names the tagger or the words around them make places
    count ("Start of video showing ..." is no Louisiana town to measure Mariupol against)."""
    sure = [m for m in mentions if m.tagged or m.cued or not m.from_gazetteer]
    sure_keys = {(m.text, m.kind) for m in sure}
    points = {
        key: (r.place.latitude, r.place.longitude)
        for key, r in first.items()
        if r.place is not None and r.place.feature_code != "PCLI" and key in sure_keys
    }
    votes, by_name = country_votes(sdoc, sure, gazetteer, filed) if len(sure) < len(mentions) else story_votes
    rest = others(votes, by_name)
    if dateline is None:
        return {
            key: Distant(
                _others_points(points, key), lone_countries(by_name.get(key[0], {}), rest.get(key[0]))
            )
            for key in first
        }
    # "BISSAU — ...": where the story was filed is one of its places, and speaks for its country
    points[(DATELINE_KEY, "settlement")] = (dateline.latitude, dateline.longitude)
    filed_from = {dateline.country_code: 1.0}
    return {
        key: Distant(
            _others_points(points, key),
            lone_countries(
                by_name.get(key[0]) or _own_votes(r), {**_all_but(votes, by_name.get(key[0])), **filed_from}
            ),
        )
        for key, r in first.items()
    }


def _abroad(resolution: Resolution, focus: tuple[str, ...], dateline: Place | None) -> bool:
    """Whether a name's first reading lies outside the story's countries or the dateline's: it is read
    again with what tells a far-off namesake (a town the far-namesake rule may refuse)."""
    place = resolution.place
    if place is None:
        return False
    if place.country_code not in focus:
        return True
    return dateline is not None and place.country_code != dateline.country_code and far_from(place, dateline)


def _all_but(votes: Votes, own: Votes | None) -> Votes:
    """The story's votes without a name's own, demonyms included ("Russian opposition leader")."""
    return {code: n - (own or {}).get(code, 0.0) for code, n in votes.items()}


def _own_votes(resolution: Resolution) -> Votes:
    """The country a name the tagger did not confirm resolves to, as its only vote."""
    return {resolution.place.country_code: 1.0} if resolution.place is not None else {}


DATELINE_KEY = "\x00dateline"  # no name of the text: the dateline's point is every name's other place


STORY_PLACES = "frontwatch.located"  # sdoc.user_data key: every located mention of the story
GAZETTEER = "frontwatch.gazetteer"  # sdoc.user_data key: the gazetteer the story was located with


def story_places(sdoc: Any) -> list[LocatedMention]:
    """The located mentions of the whole story, as `locate` last found them for this parse."""
    found = sdoc.user_data.get(STORY_PLACES)
    return list(found) if isinstance(found, list) else []


@dataclass(frozen=True)
class Container:
    """Where a contained name lies: the hint for resolving it, and the fallback when it cannot be."""

    hint: Hint
    fallback: Place
    precision: int


def _container_areas(
    sdoc: Any,
    mentions: list[PlaceMention],
    containers: dict[int, int],
    gazetteer: Any,
    focus_of: dict[str, tuple[str, ...]],
    by_name: dict[Key, tuple[Hint, ...]],
) -> dict[int, Container]:
    """For each contained mention, its container: "X in Kharkiv" (a town: X is part of it, precision 2),
    "X, Donetsk" or "X in the Donetsk region" (an admin area: precision 3), "X in Mozambique" (a country:
    precision 3, any of its areas)."""
    found: dict[int, Container] = {}
    for index, container_index in containers.items():
        outer = mentions[container_index]
        gap = gap_words(doc_text(sdoc), mentions[index], outer)
        kind = "region" if designates_area(gap) else outer.kind  # "in the western state of Michoacan"
        place = resolve_name(
            gazetteer, outer.text, kind, focus_of[outer.text], by_name[(outer.text, outer.kind)], ()
        ).place
        if place is None:
            continue
        if place.feature_code == "PCLI":  # "Palma in northern Mozambique": not the Palma of Mallorca
            found[index] = Container((place.country_code, ANY_AREA), place, 3)
            continue
        area = gazetteer.admin1_area(place.country_code, place.admin1_code)
        comma = gap in (",", "(")  # "X, Donetsk", "Taxco (Guerrero)"
        names_area = area is not None and name_key(area.admin1 or area.name) == name_key(outer.text)
        named = _area_named(gazetteer, outer.text, place.country_code) if comma else None
        if place.feature_class == "P" and named is not None and not names_area:
            area, names_area = named, True  # "Poltavka, Zaporizhia", "Hostomel, Kyiv": the oblast
        if place.feature_class == "P" and gap == "," and not names_area:
            continue  # "Kahramanmaras, Antakya and Gaziantep": a list of towns, not a town in a town
        if place.feature_class == "P" and not (comma and names_area):
            found[index] = Container((place.country_code, place.admin1_code), place, 2)
        elif area is not None:
            found[index] = Container((area.country_code, area.admin1_code), area, 3)
    return found


def _area_named(gazetteer: Any, name: str, country_code: str) -> Place | None:
    """The first-level area of the country that bears the name (its best-matching spelling): ACLED's
    "Village, Region" names the region with the city's name."""
    areas = [
        (kind, p)
        for p, kind in gazetteer.matches(name)
        if p.feature_code == "ADM1" and p.country_code == country_code
    ]
    return min(areas, key=lambda item: item[0])[1] if areas else None


def _within(resolution: Resolution, container: Container | None) -> Resolution:
    """Refuse a candidate outside its container's admin area; fall back to the container itself. A
    city, or a name the gazetteer knows only once, stays when the container is another region of the
    same country: "Lysychansk, Donetsk" is the Luhansk region's city, the writer's slip."""
    if container is None:
        return resolution
    place = resolution.place
    country, area = container.hint
    if place is not None and place.country_code == country and area in (place.admin1_code, ANY_AREA):
        return resolution
    if place is not None and place.country_code == country and _unmistakable(place, resolution):
        return resolution
    if place is not None and place.country_code != country and place.feature_code == "PPLC":
        # "Caracas (Capital District)": the capital, whatever area abroad the words match ("Brooklyn" in Cite
        # Soleil and "Phoenix" in Durban, districts that cities abroad share names with, stay refused)
        return resolution
    return Resolution(
        container.fallback, CONTAINER_FALLBACK_SCORE, container.precision, resolution.candidates
    )


UNMISTAKABLE_POPULATION = 50_000  # a city this big is the one meant, whatever region the text puts it in


def _acting(sdoc: Any, mention: PlaceMention) -> bool:
    """ "as Ankara launched an offensive": a name as the subject of an act says who acts, and anchors no
    namesake near it."""
    root = sdoc[mention.token_start : mention.token_end].root
    return bool(root.dep_ == "nsubj" and root.head.pos_ == "VERB")


def _unmistakable(place: Place, resolution: Resolution) -> bool:
    """A city, a name the gazetteer knows once, or a site no town's name leads to ("the Belbek airfield
    in Crimea": Sevastopol's airport, in the Sevastopol area)."""
    if is_landmark(place):
        return True
    return place.feature_class == "P" and (
        place.population >= UNMISTAKABLE_POPULATION or resolution.candidates == 1
    )


def _region_hints(
    sdoc: Any,
    mentions: list[PlaceMention],
    gazetteer: Any,
    focus_of: dict[str, tuple[str, ...]],
    sentence_of: dict[int, int],
) -> dict[int, tuple[tuple[str, str], ...]]:
    """Admin areas named in each sentence, as (country code, admin1 code) hints for the towns beside them."""
    hints: dict[int, tuple[tuple[str, str], ...]] = {}
    for mention in mentions:
        if mention.kind != "region":
            continue
        context = GeoContext(focus_countries=focus_of[mention.text])
        area = resolve(gazetteer, mention.text, context, kind="region").place
        if area is not None and area.feature_code == "ADM1":
            index = sentence_of[mention.token_start]
            hints[index] = (*hints.get(index, ()), (area.country_code, area.admin1_code))
    return hints


def _sentence_index(sdoc: Any) -> dict[int, int]:
    index: dict[int, int] = {}
    for n, sent in enumerate(sdoc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index
