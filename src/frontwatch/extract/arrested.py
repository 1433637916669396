"""Whom an arrest took: the doers of the act the story tells, not civilians.

"Unknown persons threw incendiary bottles at the synagogue ... officers detained a young man on suspicion of
involvement": the man detained is held as one of the attackers, so ACLED names him as they are named
(an unidentified armed group, a sole perpetrator, a named group). People arrested in a story of a riot are
its rioters, and people arrested for plotting an attack are an unidentified armed group.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.events import Candidate
from frontwatch.extract.group_members import NON_STATE
from frontwatch.extract.taxonomy import event_type_of
from frontwatch.extract.unattributed import SOLE
from frontwatch.model import Actor

# the arrested are held as the doers ("on suspicion of involvement", "the suspected attacker")
SUSPECTED = re.compile(
    r"\b(?:suspicion|suspects?|suspected|involvement|responsible|attackers?|assailants?|gunm[ae]n|bombers?|"
    r"perpetrators?|culprits?)\b",
    re.IGNORECASE,
)
# held for an attack they planned ("on suspicion of planning a large-scale attack")
PLOTTING = re.compile(
    r"\b(?:plann(?:ed|ing)|plott(?:ed|ing)|plots?|preparing|to carry out) (?:[\w-]+ ){0,3}?"
    r"(?:attacks?|bombings?|assaults?|massacres?)\b",
    re.IGNORECASE,
)
# the arrested named by what they did in a riot ("arrested 40 rioters", "dozens of looters"), or in a protest
RIOTING = re.compile(r"\b(?:rioters|looters|rioting|looting)\b", re.IGNORECASE)
PROTESTING = re.compile(r"\b(?:protesters|demonstrators|marchers|protesting)\b", re.IGNORECASE)
# a crowd counted, not named leaders ("several people were arrested", "hundreds were detained")
COUNTED = re.compile(
    r"\b(?:people|dozens|hundreds|scores|thousands|several|\d+ (?:people|others|students|youths))\b"
)
PROTEST_TYPES = frozenset(
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
)
RIOTS = "Riots"
VIOLENCE = frozenset({"Violence against civilians", "Explosions/Remote violence", "Battles"})


def arrested_doers(candidates: list[Candidate], text: str, country_code: str | None) -> list[Candidate]:
    """The candidates with each arrest's other side named as the doers it was held as."""
    return [_held_as(c, candidates, text, country_code) for c in candidates]


def _held_as(
    arrest: Candidate, candidates: list[Candidate], text: str, country_code: str | None
) -> Candidate:
    if arrest.sub_event_type != "Arrests" or (
        arrest.actor2 is not None and arrest.actor2.kind != "civilians"
    ):
        return arrest
    sentence = text[arrest.start : arrest.end]
    country = arrest.actor1.country_code if arrest.actor1 is not None else country_code
    told = [c for c in candidates if c.sentence <= arrest.sentence and c is not arrest]
    held: Actor | None = None
    if PLOTTING.search(sentence) or any(c.sub_event_type == "Disrupted weapons use" for c in told):
        held = resolve_actor("unidentified armed group", country_code=country)
    elif SUSPECTED.search(sentence) or _one_man_did_it(told):
        held = _doer_of_the_act(arrest, candidates)
    if held is None and (RIOTING.search(sentence) or _story_of_a_riot(told)):
        held = resolve_actor("rioters", country_code=country)
    protest_told = COUNTED.search(sentence) is not None and any(
        c.sub_event_type in PROTEST_TYPES for c in told
    )
    if held is None and (PROTESTING.search(sentence) or protest_told):
        held = resolve_actor("protesters", country_code=country)
    return arrest if held is None else replace(arrest, actor2=held, other_by_default=False)


def _one_man_did_it(told: list[Candidate]) -> bool:
    """The story's act was one man's: whoever is arrested after it is held as him."""
    return any(c.actor1 is not None and c.actor1.name.startswith(SOLE) for c in told)


def _doer_of_the_act(arrest: Candidate, candidates: list[Candidate]) -> Actor | None:
    """The doer of the violent act told before the arrest: an armed group, unnamed or named, or one man."""
    for act in candidates:
        if act.sentence >= arrest.sentence or event_type_of(act.sub_event_type) not in VIOLENCE:
            continue
        doer = act.actor1
        if doer is not None and (doer.kind in NON_STATE or doer.name.startswith(SOLE)):
            return doer
    return None


def _story_of_a_riot(told: list[Candidate]) -> bool:
    """The story tells a riot before the arrest, and no protest (whose crowd are protesters)."""
    return any(event_type_of(c.sub_event_type) == RIOTS for c in told) and not any(
        c.sub_event_type in ("Peaceful protest", "Protest with intervention") for c in told
    )


__all__ = ["arrested_doers"]
