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
        named = [
            m.actor
            for m in find_actors(sentence.text, country_code=country_code)
            if m.actor is not None and m.actor.kind in NON_STATE and not m.actor.name.startswith(UNNAMED)
        ]
        if named:
            return named[-1]
    return None


__all__ = ["group_told_before", "refers_back"]
