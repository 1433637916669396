"""The men a generic word names when a group's name follows it: "Rebels of the Coalition of Patriots for
Change", "gunmen from the Zetas drug cartel"."""

from __future__ import annotations

import re
from itertools import pairwise

from frontwatch.model import ActorMention

NON_STATE = frozenset({"rebels", "militia", "armed group"})
MEMBERS_OF = re.compile(
    r"(?:^\s+|,\s+(?:the\s+)?(?:head|leader|chief|commander|founder)\s+)(?:of|from|belonging to)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# the actors the text does not name: gunmen, gangs, Syria's unnamed rebel factions
UNNAMED = ("Unidentified Armed Group", "Unidentified Gang", "Opposition Rebels")


def members_of_groups(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Rebels of the Coalition of Patriots for Change", "gunmen from the Zetas drug cartel", "rebel
    commander Abdelaziz al-Hilu, head of the SPLM-North": the generic word names the group's men (only
    what stands between them: "Troops stormed the compound of the Boko Haram sect" names no member)."""
    if len(mentions) < 2:
        return mentions
    out = list(mentions)
    for i, (first, group) in enumerate(pairwise(mentions)):
        unnamed = first.actor is None or first.actor.name.startswith(UNNAMED)
        named = group.actor is not None and group.actor.kind in NON_STATE
        if unnamed and named and MEMBERS_OF.search(text[first.end : group.start]):
            out[i] = ActorMention(first.text, first.start, first.end, group.actor)
    return out


__all__ = ["NON_STATE", "UNNAMED", "members_of_groups"]
