"""Who the dead of a sentence are: armed men ("Fifty-three soldiers and a civilian were killed", "141 people,
most of them soldiers"), members of a state's forces ("five members of the General Intelligence
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


ARMED_DEAD = frozenset(
    {"soldier", "troop", "serviceman", "policeman", "policewoman", "officer", "guard", "militant", "fighter"}
    | {"insurgent", "militiaman", "gendarme", "commando", "paratrooper", "marine", "jihadist", "attacker"}
    | {"rebel", "terrorist", "gunman", "bandit", "assailant"}
    | {"detective", "constable", "trooper", "sergeant", "corporal", "lieutenant", "colonel"}
)


def armed_dead(token: Any | None) -> bool:
    """The killing's victims, its passive subject ("Fifty-three soldiers and a civilian were killed") or
    its object ("shooting dead four police officers, two officials and three civilians"), are armed men
    first."""
    if token is None:
        return False
    # "shot and seriously wounded a police officer": the object of the verb joined to the killing's
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    victims = [c for v in verbs for c in v.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(victims) and (
        _armed_noun(victims[0]) or members_of_forces(victims[0]) or _mostly_armed(victims[0])
    )


# "At least 141 people, most of them soldiers of the army, were killed": the dead were mostly armed
MOSTLY_ARMED = re.compile(
    r"\b(?:most|many|nearly all|almost all|all) of them (?:[\w-]+ )?(?:soldiers|troops|fighters|militants|"
    r"policemen|police officers|rebels|militiamen)\b"
    r"|\bmostly (?:soldiers|troops|fighters|militants|policemen)\b"
)


def mostly_armed_dead(token: Any | None) -> bool:
    """The killing's passive subject is a count of people most of whom were armed."""
    victims = [c for c in token.children if c.dep_ == "nsubjpass"] if token is not None else []
    return bool(victims) and (_mostly_armed(victims[0]) or _armed_on_both_sides(victims[0]))


def _armed_on_both_sides(victim: Any) -> bool:
    """ "A Croatian policeman and a Serb militiaman were shot dead": armed men of two sides, a fight."""
    nouns = [victim, *victim.conjuncts]
    return len(nouns) > 1 and all(_armed_noun(n) for n in nouns)


def _mostly_armed(victim: Any) -> bool:
    return MOSTLY_ARMED.search(" ".join(t.lower_ for t in victim.subtree)) is not None


HIRED_GUARDS = frozenset({"security", "night", "private", "hotel", "bank", "company"})


def _armed_noun(victim: Any) -> bool:
    """ "a soldier", "border guards"; not "a security guard" or "a night guard" a company hired."""
    if victim.lemma_.lower() not in ARMED_DEAD:
        return False
    return victim.lemma_.lower() != "guard" or not any(
        c.dep_ in ("compound", "amod") and c.lower_ in HIRED_GUARDS for c in victim.children
    )
