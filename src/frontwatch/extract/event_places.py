"""Where an event happened, among the places its sentence names."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.places import CONTAINER_GAPS, doc_text


def choose_places(places: list[LocatedMention], sdoc: Any, trigger: Any) -> list[LocatedMention]:
    """The place of the event: the nearest listed place to the trigger, with the places listed with it."""
    usable = [p for p in places if not p.mention.government and p.place is not None]
    usable = [p for p in usable if not _in_doubt(p, usable, sdoc)]
    usable = [p for p in usable if not _is_container(p, usable, sdoc)]
    if not usable:
        return []
    towns = [p for p in usable if p.place is not None and p.place.feature_code not in ("PCLI",)]
    pool = towns or usable
    after = [p for p in pool if p.mention.start >= trigger.idx]
    first = min(after or pool, key=lambda p: abs(p.mention.start - trigger.idx))
    group = [first]
    for other in sorted(pool, key=lambda p: p.mention.start):
        if other is not first and _listed_with(group, other, sdoc):
            group.append(other)
    return sorted(group, key=lambda p: p.mention.start)


def _is_container(candidate: LocatedMention, others: list[LocatedMention], sdoc: Any) -> bool:
    """Whether the candidate names where another place is: "Kupiansk in Kharkiv", "Lyman in the Donetsk
    region". Only within one country: when the first resolved elsewhere ("Lido Beach in Mogadishu" found an
    Italian Lido), the first is the one in doubt and the second stays."""
    for other in others:
        if other is candidate or other.mention.end > candidate.mention.start:
            continue
        between = doc_text(sdoc)[other.mention.end : candidate.mention.start].strip().lower()
        if between in CONTAINER_GAPS and _same_country(other, candidate):
            return True
    return False


def _in_doubt(candidate: LocatedMention, others: list[LocatedMention], sdoc: Any) -> bool:
    """The first of "X in Y" when X resolved to another country than Y."""
    for other in others:
        if other is candidate or candidate.mention.end > other.mention.start:
            continue
        between = doc_text(sdoc)[candidate.mention.end : other.mention.start].strip().lower()
        if between in CONTAINER_GAPS and not _same_country(candidate, other):
            return True
    return False


def _same_country(a: LocatedMention, b: LocatedMention) -> bool:
    return a.place is not None and b.place is not None and a.place.country_code == b.place.country_code


def _listed_with(group: list[LocatedMention], other: LocatedMention, sdoc: Any) -> bool:
    for member in group:
        left, right = sorted((member, other), key=lambda p: p.mention.start)
        between = doc_text(sdoc)[left.mention.end : right.mention.start].strip().lower()
        if between in ("and", ",", ", and", "or", "as well as"):
            return True
    return False
