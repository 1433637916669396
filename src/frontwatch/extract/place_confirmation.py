"""Which place mentions stand: names that only an obscure alternate spelling makes a place, names inside an
actor's name, a people's name, or a small town's name read as part of a person's are dropped."""

from __future__ import annotations

from typing import Any, Protocol

from rapidfuzz import fuzz

from frontwatch.extract.places import PlaceMention
from frontwatch.geo.keys import name_key


class MatchIndex(Protocol):
    def matches(self, name: str) -> tuple[tuple[Any, int], ...]: ...

    def country_by_name(self, name_or_demonym: str) -> Any: ...


def confirm_mentions(
    mentions: list[PlaceMention], gazetteer: MatchIndex, name_spans: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Drop names that only an obscure alternate spelling makes a place ("Hamas" is an old name of Hamm),
    unless the text says it is a place; and names inside an actor's name, unless they are a place's own
    name."""
    kept = []
    for mention in mentions:
        matches = gazetteer.matches(mention.text)
        kinds = {kind for _, kind in matches}
        main_name = bool(kinds & {0, 1}) or _spelling_of_a_main_name(mention.text, matches)
        inside_actor = any(
            s < mention.end and mention.start < e and (s, e) != (mention.start, mention.end)
            for s, e in name_spans
        )
        if inside_actor and not main_name:
            continue
        if mention.from_gazetteer and not main_name and not (mention.tagged or mention.cued):
            continue
        if mention.from_gazetteer and not mention.tagged and _demonym(mention.text, matches, gazetteer):
            continue  # "in Indian Kashmir": a people's name, whatever village a spelling rule makes of it
        if mention.from_gazetteer and mention.name_like and _small(matches):
            continue  # "Marielle Franco", "the Gran Grif gang": a name's part, not a small town abroad
        kept.append(mention)
    return kept


SPELLING_SIMILARITY = 88  # "Mazar-i-Sharif" (a GeoNames alternate) is "Mazār-e Sharīf" spelt another way
SPELLING_POPULATION = 50_000  # a city the press writes in many romanisations


def _spelling_of_a_main_name(text: str, matches: tuple[tuple[Any, int], ...]) -> bool:
    """Whether a name of several words matches a city only as another romanisation of its own name, not
    an obscure alternate or a common word ("Mazar-i-Sharif" for "Mazār-e Sharīf"; not "Hamas" for Hamm,
    nor "Artillery" for a village)."""
    key = name_key(text)
    return " " in key and any(
        getattr(p, "population", 0) >= SPELLING_POPULATION
        and fuzz.ratio(key, name_key(getattr(p, "name", ""))) >= SPELLING_SIMILARITY
        for p, _kind in matches
    )


NAME_PART_POPULATION = 100_000  # a city this big keeps its reading before another capitalised word


def _small(matches: tuple[tuple[Any, int], ...]) -> bool:
    """Whether every place the name could be is small."""
    return all(getattr(p, "population", 0) < NAME_PART_POPULATION for p, _kind in matches)


def _demonym(text: str, matches: tuple[tuple[Any, int], ...], gazetteer: MatchIndex) -> bool:
    """Whether the word names a country's people ("Indian"), not a country ("India", "Jordan")."""
    if any(getattr(p, "feature_code", None) == "PCLI" for p, _kind in matches):
        return False
    return gazetteer.country_by_name(text) is not None


__all__ = ["MatchIndex", "confirm_mentions"]
