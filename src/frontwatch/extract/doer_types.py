"""An event's type as its actors have it: only a state arrests at home, rioters who attack people are a mob,
and an attack on a state's forces is a fight with them."""

from __future__ import annotations

import re

from frontwatch.extract.group_members import NON_STATE
from frontwatch.model import Actor


def as_its_doer_does(sub_event_type: str, actor1: Actor | None) -> str:
    """The type as the doer's kind has it: only a state arrests, at home ("the Houthis detained ..." abduct);
    rioters who kill or attack people are a mob ("two men were killed as mobs roamed Mandalay")."""
    if actor1 is None:
        return sub_event_type
    if sub_event_type == "Arrests" and actor1.kind in NON_STATE:
        return "Abduction/forced disappearance"
    if sub_event_type == "Attack" and actor1.kind == "rioters":
        return "Mob violence"
    return sub_event_type


FORCES = frozenset({"military", "police"})


def fight_with_forces(sub_event_type: str, doer: Actor | None, other: Actor | None) -> str:
    """ "A man armed with a rifle shot dead three police officers": an attack whose victims are a state's
    forces is, in ACLED's coding, a fight with them (not with their own side, nor by a crowd)."""
    if sub_event_type != "Attack" or other is None or other.kind not in FORCES:
        return sub_event_type
    if doer is not None and (doer.side == other.side or doer.kind in FORCES):
        return sub_event_type
    return "Armed clash"


# "died after being shot in the chest ... as he watched a protest", "killed by police during a march"
AT_A_PROTEST = re.compile(
    r"\b(?:watch(?:ed|ing) (?:a |the )?(?:protest|demonstration|march|rally)|(?:during|at) (?:a |the |an )?"
    r"(?:[\w-]+ )?(?:protest|demonstration|march|rally|sit-in))\b",
    re.IGNORECASE,
)
DEATH = re.compile(r"\b(?:shot|killed|died|dead|killing)\b", re.IGNORECASE)


def force_on_a_protest(sub_event_type: str, doer: Actor | None, sentence: str) -> bool:
    """A state's force that killed or shot someone at a protest used lethal force on the protesters
    (ACLED's excessive force), whatever the victim was doing there."""
    if sub_event_type != "Attack" or doer is None or doer.kind not in FORCES:
        return False
    return AT_A_PROTEST.search(sentence) is not None and DEATH.search(sentence) is not None


__all__ = ["FORCES", "as_its_doer_does", "fight_with_forces", "force_on_a_protest"]
