"""Places a sentence names as where someone or something came from or went, not where the act was: fire
launched from a place, goods or people that came from one, where people fled, flew or were bound to, a
place named in someone's title, and a state that objects."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.locate import LocatedMention

FLEEING = re.compile(r"evacuat|displac|deport|fle[de]|relocat|flee")
FIRING = frozenset({"fire", "launch", "shoot", "lob", "send"})
# "material that had come from Iran", "arms smuggled from Libya": where goods came from, not the act's place;
# nor where people came from ("where he has lived since he arrived from Tezpur")
ORIGINS = frozenset({"come", "smuggle", "ship", "originate", "traffic", "arrive", "return"})


def destination(located: LocatedMention, sdoc: Any, trigger: Any) -> bool:
    """Where people were taken or fled to, after a verb of flight."""
    start = located.mention.token_start
    if start < 1 or not FLEEING.match(trigger.lower_):
        return False
    before = sdoc[start - 1].lower_
    if before == "the" and start > 1:
        before = sdoc[start - 2].lower_
    return before in ("to", "into", "towards")


def fire_origin_country(places: list[LocatedMention], sdoc: Any) -> str | None:
    """The country fire came from, when the sentence names where it was fired from ("rockets fired from
    southern Lebanon hit northern Israel")."""
    origins = [p.place.country_code for p in places if p.place is not None and origin_of_fire(p, sdoc)]
    return origins[0] if origins else None


def origin_of_fire(located: LocatedMention, sdoc: Any) -> bool:
    """Whether the place is where fire came from: "fired from Gaza", "launched from Kurdish-held northern
    Syria", "fired from Ethiopia's Tigray region"."""
    return _from_a_verb(located, sdoc, FIRING)


def came_from(located: LocatedMention, sdoc: Any) -> bool:
    """Where goods or people came from: "arms smuggled from Libya", "since he arrived from Tezpur"."""
    return _from_a_verb(located, sdoc, ORIGINS)


# "despite protests from India and Ceylon": states that object, not where anything was done
OBJECTIONS = frozenset(
    {"protest", "objection", "criticism", "opposition", "complaint", "warning", "condemnation"}
)


def objecting(located: LocatedMention, sdoc: Any) -> bool:
    """A country or town named as the one that objects ("protests from India"), not where the act was."""
    token = _head_word(sdoc[located.mention.token_start])
    while token.dep_ == "conj" and token.head.i != token.i:  # "from India and Ceylon"
        token = token.head
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ == "from"
        and preposition.head.lemma_.lower() in OBJECTIONS
    )


# "an El Al flight to Tel Aviv", "a bus about to leave Nairobi for Kampala": where a vehicle was going
TRIPS = frozenset({"flight", "plane", "airliner", "jet", "bus", "train", "ship", "ferry", "boat", "leave"})
HEADED = frozenset({"bound", "headed", "heading", "destined"})
# "the Westminster MP Gerry Fitt", "the Kano governor", "the United States Ambassador", "the Saudi Arabian
# embassy": a place that names someone's seat or office, or the state a mission stands for
TITLES = frozenset(
    {"mp", "mayor", "governor", "senator", "congressman", "congresswoman", "deputy", "councillor", "lawmaker"}
    | {"ambassador", "envoy", "consul", "embassy", "consulate"}
)


def bound_for(located: LocatedMention, sdoc: Any) -> bool:
    """Where a flight, a bus or a ship was going, not where the act befell it."""
    token = _head_word(sdoc[located.mention.token_start])
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in ("to", "for"):
        return False
    owner = preposition.head
    before = sdoc[preposition.i - 1] if preposition.i > 0 else owner
    trip = owner.lemma_.lower() in TRIPS or before.lemma_.lower() in TRIPS  # "to board a flight to Tel Aviv"
    return trip or (preposition.lower_ == "for" and owner.lower_ in HEADED)


def titles_a_person(located: LocatedMention, sdoc: Any) -> bool:
    """A place named as part of someone's title ("the Westminster MP Gerry Fitt", "the Ambassador to
    Washington")."""
    token = sdoc[located.mention.token_start]
    head = _head_word(token)
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ in TITLES:
        return True
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i:
        token = token.head
        if token.lower_ in TITLES:
            return True
    return False


FORCE_NOUNS = frozenset(
    {
        "marines",
        "troops",
        "forces",
        "army",
        "navy",
        "soldiers",
        "commandos",
        "paratroopers",
        "warplanes",
        "warships",
    }
)


def owns_a_force(located: LocatedMention, sdoc: Any) -> bool:
    """ "United States Marines": the country whose force it is, not a place of the act."""
    end = located.mention.token_end
    return end < len(sdoc) and sdoc[end].lower_ in FORCE_NOUNS


def _head_word(token: Any) -> Any:
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i:
        token = token.head
    return token


# "flew out of Cyprus to Athens days after telling his fighters ...": where someone travelled to
TRAVEL = frozenset({"fly", "travel", "sail"})


def travelled_to(located: LocatedMention, sdoc: Any, trigger: Any) -> bool:
    """Where someone flew or sailed to, told beside an act of another verb."""
    token = _head_word(sdoc[located.mention.token_start])
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "to":
        return False
    verb = preposition.head
    return verb.lemma_.lower() in TRAVEL and verb.i != trigger.i


def _from_a_verb(located: LocatedMention, sdoc: Any, verbs: frozenset[str]) -> bool:
    token = sdoc[located.mention.token_start]
    for node in (token, *token.ancestors):
        if node.dep_ == "prep":
            return node.lower_ == "from" and node.head.lemma_.lower() in verbs
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


__all__ = [
    "bound_for",
    "came_from",
    "destination",
    "fire_origin_country",
    "objecting",
    "origin_of_fire",
    "owns_a_force",
    "titles_a_person",
]
