"""Places a sentence names as where someone or something came from or went, not where the act was: fire
launched from a place, goods or people that came from one, people who fled or left one, and where people
fled to."""

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


def _from_a_verb(located: LocatedMention, sdoc: Any, verbs: frozenset[str]) -> bool:
    token = sdoc[located.mention.token_start]
    for node in (token, *token.ancestors):
        if node.dep_ == "prep":
            return node.lower_ == "from" and node.head.lemma_.lower() in verbs
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


__all__ = ["came_from", "destination", "fire_origin_country", "origin_of_fire"]
