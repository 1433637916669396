"""An event's type as its actors have it: only a state arrests at home, rioters who attack people are a mob,
and an attack on a state's forces is a fight with them."""

from __future__ import annotations

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


__all__ = ["FORCES", "as_its_doer_does", "fight_with_forces"]
