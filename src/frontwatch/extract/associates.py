"""Associated actors: who acts with, or is hit beside, an event's main actors.

ACLED names an associated actor where the text tells who the crowd or the victims are ("Farmers (India)"
with "Protesters (India)", "Journalists (Ukraine)" with "Civilians (Ukraine)"), which unit of a
coalition fought ("Donbass People's Militia" with the NAF) or which named force fought alongside the
first actor ("Wagner Group" with Russia's forces). Nothing is guessed: the evidence sentence must say so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from frontwatch.extract.actors import find_actors
from frontwatch.extract.branches import SEPARATE_AIR_FORCE

# the identity of a crowd or of the victims, by the words that name it; "(X)" is the actor's country
IDENTITIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE))
    for name, words in (
        ("Women", r"women(?! and (?:children|girls))|female protesters"),
        ("Farmers", r"farmers|farm workers|peasants"),
        ("Students", r"students|schoolchildren|pupils"),
        ("Teachers", r"teachers"),
        ("Health Workers", r"doctors|nurses|medics|paramedics|health workers|ambulance (?:crews?|workers)"),
        ("Aid Workers", r"aid workers|humanitarian workers"),
        ("Journalists", r"journalists|reporters|cameram[ae]n"),
        ("Lawyers", r"lawyers"),
        (
            "Refugees/IDPs",
            r"refugees|internally displaced|displaced (?:people|persons|families)|evacuees|idps",
        ),
        (
            "Labour Group",
            r"(?<!aid )(?<!health )(?<!farm )(?<!humanitarian )(?<!ambulance )workers|"
            r"miners|dockers|trade unions?|unionists|union members|strikers",
        ),
        ("Christian Group", r"christians|churchgoers"),
        ("Muslim Group", r"muslims"),
        ("Hindu Group", r"hindus"),
        ("Jewish Group", r"jews"),
    )
)
# the actors whose identity ACLED tells in an associated actor
CROWDS = ("Protesters (", "Rioters (", "Civilians (")
# the units of the Novorossiya forces, by what the text calls them, else by the area
NAF = "NAF: United Armed Forces of Novorossiya"
NAF_UNITS = (
    (
        "Donbass People's Militia",
        re.compile(r"\b(?:DPR|DNR|Donetsk People's|Donbass People's)", re.IGNORECASE),
    ),
    (
        "Luhansk People's Militia",
        re.compile(r"\b(?:LPR|LNR|Luhansk People's|Lugansk People's)", re.IGNORECASE),
    ),
)
NAF_BY_AREA = {"Donetsk": "Donbass People's Militia", "Luhansk": "Luhansk People's Militia"}
# a named force fighting beside the first actor: "Russian forces, backed by Wagner fighters, ..."
ALONGSIDE = re.compile(
    r"(?:backed by|alongside|together with|supported by|with the support of|joined by|aided by|assisted by|"
    r"and (?:their|its) allies(?: from| in)?|and allied)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Told:
    """What the associated actors are read from: the event's type, its evidence sentence and its area."""

    sub_event_type: str
    evidence: str
    admin1: str | None
    country_code: str | None
    named: Callable[[str], str]  # a catalogue name in its dated form


def associated_actors(actor1: str | None, actor2: str | None, told: Told) -> tuple[str | None, str | None]:
    """The associated actors of an event's first and second actors (None where the text names none)."""
    return _associate(actor1, actor2, told, first=True), _associate(actor2, actor1, told, first=False)


def _associate(actor: str | None, other: str | None, told: Told, *, first: bool) -> str | None:
    if actor is None:
        return None
    if actor.startswith(CROWDS) and actor.endswith(")"):
        if first and actor.startswith("Civilians (") and told.sub_event_type == "Other":
            return "Refugees/IDPs" + actor[actor.index(" (") :]  # civilians on the move: displaced
        return _identity(actor, told.evidence)
    beside = _alongside(actor, other, told)
    if beside is not None:
        return beside
    if actor == NAF:
        return _naf_unit(told.evidence, None if first else told.admin1)
    return _branch(actor, told) if first else None


def _identity(actor: str, evidence: str) -> str | None:
    country = actor[actor.index("(") + 1 : -1]
    found = [name for name, words in IDENTITIES if words.search(evidence)]
    return f"{found[0]} ({country})" if len(found) == 1 else None


def _naf_unit(evidence: str, admin1: str | None) -> str | None:
    """The DPR's or the LPR's militia: as the text names it, else (for the side attacked) by the area."""
    named = [unit for unit, words in NAF_UNITS if words.search(evidence)]
    if len(named) == 1:
        return named[0]
    return NAF_BY_AREA.get(admin1 or "")


# "Russian forces shelled and launched an air strike": the air force strikes, with the army beside it
SHELLING_WORDS = re.compile(
    r"\b(?:shell\w*|artillery|mortars?|rockets?|missiles?|grad|mlrs)\b", re.IGNORECASE
)
AIR_WORDS = re.compile(
    r"\b(?:air ?strikes?|aviation|aircraft|helicopters?|jets?|warplanes?|air force|"
    r"(?:aerial|guided|glide|air-dropped) bombs?)\b",
    re.IGNORECASE,
)
AIR_BRANCH = " Air Force"


def _branch(actor: str, told: Told) -> str | None:
    """The other branch of the same state's forces that the sentence shows at work beside the first."""
    if actor.endswith(AIR_BRANCH) and SHELLING_WORDS.search(told.evidence):
        return actor[: -len(AIR_BRANCH)]
    # only where ACLED names the air force as an actor of its own (`branches`): elsewhere the forces are one
    army = actor.startswith(SEPARATE_AIR_FORCE) and actor.endswith(")")
    if army and told.sub_event_type == "Armed clash" and AIR_WORDS.search(told.evidence):
        return actor + AIR_BRANCH
    return None


def _alongside(actor: str, other: str | None, told: Told) -> str | None:
    """A named force the sentence says fought beside the actor ("NAF forces supported by Russian forces")."""
    for mention in find_actors(told.evidence, country_code=told.country_code):
        before = told.evidence[max(mention.start - 40, 0) : mention.start]
        if mention.actor is None or not ALONGSIDE.search(before):
            continue
        name = told.named(mention.actor.name)
        if name not in (actor, other) and mention.actor.kind not in ("civilians", "protesters", "rioters"):
            return name
    return None


__all__ = ["Told", "associated_actors"]
