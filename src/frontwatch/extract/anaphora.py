"""Armed men the story has named before: "Islamic State fighters were shown parading captured soldiers.
The militants seized the Tabqa air base on Sunday" -- "the militants" are Islamic State's. A definite
noun for armed men ("the militants", "the insurgents", "the group") refers back to the named armed group
the story told of last; "militants" without the article introduce new men and stay unidentified."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.actors import find_actors
from frontwatch.extract.group_members import NON_STATE, UNNAMED
from frontwatch.model import Actor

DEFINITE_MEN = re.compile(
    r"\bthe (?:militants|insurgents|jihadists|extremists|islamists|rebels|guerrillas|group|"
    r"fighters|attackers|assailants)\b",
    re.IGNORECASE,
)


def refers_back(doer: Actor | None, before_trigger: str) -> bool:
    """Whether an unnamed doer is told by a definite noun before the event's word."""
    unnamed = doer is None or doer.name.startswith(UNNAMED)
    return unnamed and DEFINITE_MEN.search(before_trigger) is not None


def group_told_before(sentences: list[Any], index: int, country_code: str | None) -> Actor | None:
    """The named non-state armed group of the sentences before `index`, the nearest first."""
    for sentence in reversed(sentences[:index]):
        named = _named_groups(sentence.text, country_code)
        if named:
            return named[-1]
    return None


# plain nouns for a rebel force ("mortar bombs fired by rebels"), not for a gunman nobody knows
REBEL_MEN = re.compile(
    r"\b(?:militants|insurgents|jihadists|islamists|rebels|guerrillas|separatists|rebel fighters|"
    r"islamist fighters)\b",
    re.IGNORECASE,
)


def the_storys_one_group(
    doer: Actor | None, sentence_text: str, later: list[Any], country_code: str | None
) -> Actor | None:
    """ "Mortar bombs fired by rebels crashed into a compound ... Rebels of Liberians United for
    Reconciliation and Democracy fought government forces": rebels left unnamed where the sentences after
    name one armed group, and one only, are its men. A group told of before stays apart: "Al Shabaab has
    been driven from most towns. Militants attacked a police post" tells of new men."""
    if doer is not None and not doer.name.startswith(UNNAMED):
        return None
    if REBEL_MEN.search(sentence_text) is None:
        return None
    # a group of the event's own sentence is cast there, on one side or the other ("clashed with the VDP")
    if _named_groups(sentence_text, country_code):
        return None
    named = {group.name: group for s in later for group in _named_groups(s.text, country_code)}
    return next(iter(named.values())) if len(named) == 1 else None


def _named_groups(text: str, country_code: str | None) -> list[Actor]:
    """The named non-state armed groups the text mentions, in order."""
    return [
        m.actor
        for m in find_actors(text, country_code=country_code)
        if m.actor is not None and m.actor.kind in NON_STATE and not m.actor.name.startswith(UNNAMED)
    ]


__all__ = ["group_told_before", "refers_back", "the_storys_one_group"]
