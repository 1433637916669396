"""Events placed in a whole country, at ACLED's geo_precision 3: an act its clause spreads across the
country ("nationwide protests"), an event whose story names no place of its own (`extract/__init__.py`),
a deal between a state and armed groups made in its capital (`venues.py`)."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.locate import GAZETTEER, LocatedMention
from frontwatch.extract.places import PlaceMention
from frontwatch.model import Place, Resolution

COUNTRY_LEVEL = 3  # ACLED geo_precision of an event known only by its country or region


def country_level(located: LocatedMention, country: Place | None = None) -> LocatedMention:
    """The mention read as a country at geo_precision 3: its own place (a country named), or `country`
    (the state whose capital it is)."""
    place = country if country is not None else located.place
    return LocatedMention(located.mention, Resolution(place, located.resolution.score, COUNTRY_LEVEL, 1), -1)


def words_for(text: str, start: int, end: int, kind: str = "any") -> PlaceMention:
    """A place mention made of words the gazetteer does not resolve by themselves ("nationwide", "the
    capital", a people's name for its country), or of none (offsets -1: a dateline said which country)."""
    return PlaceMention(
        text=text,
        start=start,
        end=end,
        token_start=-1,
        token_end=-1,
        kind=kind,
        near=False,
        government=False,
        from_gazetteer=True,
        tagged=False,
        cued=True,
    )


# "protests across Kenya", "nationwide protests", "homes set on fire across the country": no one town's
NATIONWIDE = re.compile(
    r"\b(?:nation-?wide|(?:across|around|throughout) the (?:country|nation)|across (?:[A-Z][\w-]+ ){0,2}?"
    r"(?P<named>[A-Z][\w-]+)\b)"
)
COUNTRY_SCORE = 0.5


def across_the_country(
    sdoc: Any, trigger: Any, chosen: list[LocatedMention], focus: str | None
) -> LocatedMention | None:
    """The country, at geo_precision 3, of an event its sentence spreads across it and no town of it."""
    sentence = trigger.sent
    match = NATIONWIDE.search(sentence.text)
    at = sentence.start_char
    if match is None or not _in_the_clause_of(sdoc.char_span(at + match.start(), at + match.end()), trigger):
        return None
    if match.group("named") is not None:
        named = [p for p in chosen if at + match.start() <= p.mention.start < at + match.end()]
        country = named[0] if named and named[0].place is not None else None
        if country is None or country.place is None or country.place.feature_code != "PCLI":
            return None  # "across Catalonia": a region's, which the sentence's places give
        return country_level(country)
    gazetteer = sdoc.user_data.get(GAZETTEER)
    place = gazetteer.country(focus) if gazetteer is not None and focus is not None else None
    if place is None:
        return None
    words = words_for(match.group(0), at + match.start(), at + match.end())
    return LocatedMention(words, Resolution(place, COUNTRY_SCORE, COUNTRY_LEVEL, 1), -1)


# links that leave the act's own clause: "days after his arrest set off protests across India", "as the
# movement turned violent across the country", "part of a barrage on cities across the country"
CLAUSE_LINKS = frozenset({"advcl", "relcl", "acl", "ccomp", "npadvmod", "appos", "parataxis"})


def _in_the_clause_of(span: Any, trigger: Any) -> bool:
    """Whether the words hang on the trigger's clause without passing into another clause."""
    if span is None:
        return False
    head = _clause_head(trigger)
    node = span.root
    while node.i not in (trigger.i, head.i):
        if node.dep_ in CLAUSE_LINKS or node.head.i == node.i:
            return False
        node = node.head
    return True


def _clause_head(token: Any) -> Any:
    """The verb heading the clause a word stands in ("fired" for "tear gas")."""
    node = token
    while node.dep_ not in CLAUSE_LINKS and node.head.i != node.i:
        node = node.head
    return node


__all__ = ["COUNTRY_LEVEL", "across_the_country", "country_level", "words_for"]
