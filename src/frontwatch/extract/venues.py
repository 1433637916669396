"""Where a deal signed abroad belongs: on its parties' ground, as ACLED codes it, not at the venue."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.countrywide import country_level, words_for
from frontwatch.extract.event_places import CAPITAL_SCORE, at_seat
from frontwatch.extract.locate import GAZETTEER, LocatedMention, story_places
from frontwatch.extract.places import doc_text
from frontwatch.extract.toponym_extras import country_of_demonym
from frontwatch.model import Resolution


def away_from_the_venue(
    chosen: list[LocatedMention], parties: set[str], sdoc: Any, trigger: Any
) -> list[LocatedMention]:
    """A deal signed abroad belongs to the parties' ground, as ACLED codes it: "Sudan's army and the RSF
    signed a declaration in Jeddah" is placed in Sudan. The first place the story names in a party's
    country replaces the venue (the dateline's town, or a town the signing is said to happen in), when
    every chosen place lies in a country no party is from; a story that names no such place keeps the
    venue. "A pause in fighting in Gaza" names where the deal applies, not where it was made."""
    if not chosen or not parties:
        return chosen
    if any(p.place is None or p.place.country_code in parties for p in chosen):
        return chosen
    if not all(_venue(p, sdoc, trigger) for p in chosen):
        return chosen
    for located in story_places(sdoc):
        place = located.place
        if place is not None and place.country_code in parties and not located.mention.government:
            return [at_seat(located, sdoc)]
    named = _party_country_named(parties, sdoc)
    return [named] if named is not None else chosen


def at_state_level(chosen: list[LocatedMention], parties: set[str], sdoc: Any) -> list[LocatedMention]:
    """A deal between a state and others made in its capital is the state's, and is placed in the country
    at geo_precision 3, as for a nationwide act: "the government and 14 armed groups signed a peace deal in
    Bangui", "a ceasefire between the government and the ELN took effect" (filed from Bogota). A deal made
    in a town of the war ("a truce for Homs signed in Homs") stays there."""
    gazetteer = sdoc.user_data.get(GAZETTEER)
    if gazetteer is None or not parties:
        return chosen
    placed = []
    for located in chosen:
        place = located.place
        country = gazetteer.country(place.country_code) if place is not None else None
        capital = place is not None and place.feature_code == "PPLC" and place.country_code in parties
        if not capital or country is None:
            placed.append(located)
            continue
        placed.append(country_level(located, country))
    return placed


VENUE_STEPS = 5  # how far up from "in" the deal's words may be


def _venue(located: LocatedMention, sdoc: Any, trigger: Any) -> bool:
    """The dateline's town, or a place the trigger's own verb is done in ("signed ... in Geneva")."""
    if located.mention.token_start < 0:
        return True
    span = sdoc.char_span(located.mention.start, located.mention.end, alignment_mode="expand")
    if span is None:
        return False
    preposition = span.root.head
    if preposition.lower_ not in ("in", "at"):
        return False
    # "signed a ceasefire agreement in Geneva": the parse may hang the place on the deal, or on the verb
    # whose object the deal is ("signed a Gulf-brokered deal in Riyadh")
    done_to = preposition.head
    if done_to.i == trigger.i or done_to.lemma_ in SIGNING:
        return True  # "signed a framework agreement in Doha ... setting out the path to a peace deal"
    if done_to.dep_ == "dobj" and done_to.head.i == trigger.i:
        return True
    if trigger.dep_ == "dobj" and trigger.head.i == done_to.i:
        return True
    # "signed a cessation of hostilities in Juba": the place hangs on the deal's own words ("a ceasefire in
    # eastern Ukraine" says where the deal applies, and "the factions in Gaza" who made it)
    above = done_to
    for _ in range(VENUE_STEPS):
        if above.dep_ != "pobj" or above.head.lower_ != "of":
            return False
        above = above.head.head
        if above.i == trigger.i or above.lemma_ in SIGNING:
            return True
        if above.dep_ == "dobj" and (above.head.i == trigger.i or above.head.lemma_ in SIGNING):
            return True  # "signed a declaration of principles in Juba"
    return False


SIGNING = frozenset({"sign", "initial", "conclude", "reach", "broker", "seal", "agree"})


def _party_country_named(parties: set[str], sdoc: Any) -> LocatedMention | None:
    """A party's country where the story names it only in an actor's name ("Libya's warring sides") or by
    its people's name ("Tajik President Imomali Rakhmonov ... signed ... in the Kremlin")."""
    gazetteer = sdoc.user_data.get(GAZETTEER)
    if gazetteer is None:
        return None
    text = doc_text(sdoc)
    for code in sorted(parties):
        country = gazetteer.country(code)
        if country is None:
            continue
        named = _country_word(text, country.name, code, gazetteer)
        if named is not None:
            start, word = named
            mention = words_for(word, start, start + len(word), "country")
            return LocatedMention(mention, Resolution(country, CAPITAL_SCORE, 3, 1), -1)
    return None


CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _country_word(text: str, name: str, code: str, gazetteer: Any) -> tuple[int, str] | None:
    """Where the text first names the country: by its name, else by its people's name."""
    start = text.find(name)
    if start >= 0:
        return start, name
    people = (m for m in CAPITALISED.finditer(text) if _demonym_of(m.group(), code, gazetteer))
    return next(((m.start(), m.group()) for m in people), None)


def _demonym_of(word: str, code: str, gazetteer: Any) -> bool:
    country = country_of_demonym(word, gazetteer)
    return country is not None and country.country_code == code and word != country.name
