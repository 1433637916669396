"""Who the dead of a sentence are: members of a state's forces ("five members of the General Intelligence
Department"), or civilians who died of a crowd's act ("three bank employees died when protesters hurled
petrol bombs"). `main_hit` reads them to tell a fight from an attack, and a mob from a riot."""

from __future__ import annotations

import re
from typing import Any

FORCES_BODY = re.compile(r"\b(?:army|police|military|security|intelligence|armed forces|gendarmerie|guard)\b")


def members_of_forces(victim: Any) -> bool:
    """ "killed five members of the General Intelligence Department", "agents of the security service"."""
    if victim.lemma_.lower() not in ("member", "agent", "personnel", "employee"):
        return False
    return FORCES_BODY.search(" ".join(t.lower_ for t in victim.subtree)) is not None


DYING = frozenset({"die", "kill"})
CIVILIAN_DEAD = frozenset(
    {"employee", "worker", "civilian", "bystander", "passer-by", "shopkeeper", "resident", "villager"}
    | {"customer", "passenger", "tourist", "child", "pupil"}
)


def civilians_killed_by(sentence: Any, token: Any | None) -> bool:
    """Civilians died of the crowd's act ("three bank employees died when protesters hurled petrol bombs")."""
    if token is None:
        return False
    for verb in (t for t in sentence if t.lemma_ in DYING and t.pos_ == "VERB"):
        subjects = [c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0] in CIVILIAN_DEAD and verb.i in {a.i for a in token.ancestors}:
            return True
    return False
