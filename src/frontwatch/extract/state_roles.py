"""Which face of a state an event names: its government signs agreements, its mutinous army stages coups,
its police make arrests.

ACLED codes a ceasefire or peace deal to the governments that agree to it ("Government of Israel
(2022-)"), even where the text says "Israel" and the catalogue would read it as the army; and a coup to
the army in revolt against its government ("Mutiny of Military Forces of Niger (2021-2023)"); an arrest
that the text does not give to soldiers ("Duterte was arrested at Manila's airport", "Turkey detained the
mayor") to the police.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.group_members import UNNAMED
from frontwatch.model import Actor, ActorMention

COUP = re.compile(
    r"\b(?:coup|seiz(?:ed|ing) power|t(?:ook|aken|aking) power|overthr\w+|ousted|toppled|deposed|removed|"
    r"detained|captured|seized|"
    r"stormed|(?:being )?held|into exile|t(?:ook|aken|aking) over|"
    r"(?:took|taken|taking|seized|seizing) (?:full )?control of (?:the )?(?:government|country|state)|"
    r"mutin\w+|rose up|revolted|rebelled|putsch|back pay|pay arrears|"
    r"unpaid (?:wages|salaries|bonuses|allowances))\b"
)
MUTINY = "Mutiny of "


def mutiny_of(actor: Actor | None, trigger_text: str, country_code: str | None) -> Actor | None:
    """The army (or police) that seizes power or rises against it, as a mutiny (the country's army when the
    text names only soldiers, or only the government it seized)."""
    if not COUP.search(trigger_text.lower()):
        return actor
    if actor is not None and actor.kind == "government":
        # "announced that he had taken over the government": the government is what was seized
        actor = resolve_actor("military", country_code=actor.country_code or country_code)
    elif actor is None and country_code is not None:
        actor = resolve_actor("military", country_code=country_code)
    return as_mutiny(actor)


# soldiers told as mutinous before the act ("government soldiers who mutinied over unpaid wages raped ...")
MUTINOUS = re.compile(
    r"\b(?:(?:soldiers|troops|servicemen|policemen|officers|guards|guardsmen) (?:who )?(?:had )?mutinied|"
    r"mutinous (?:[\w-]+ )?(?:soldiers|troops|units|policemen)|mutineers|"
    # "Rebel soldiers took control of Goma after a mutiny against President Kabila"
    r"(?:rebel|renegade|rogue|dissident) soldiers|(?:renegade|rogue) troops)\b",
    re.IGNORECASE,
)


def mutinous(actor: Actor | None, text: str, start: int, country_code: str | None = None) -> Actor | None:
    """The state's forces as a mutiny when the words before the act (at `start` in `text`) say they had
    mutinied, or the act is told as done by them ("women were raped ... by mutinous soldiers"); soldiers
    told as rebels that no one names are the country's army in mutiny."""
    if MUTINOUS.search(text[:start]) is None and BY_MUTINOUS.search(text[start:]) is None:
        return actor
    if (actor is None or actor.name.startswith(UNNAMED)) and country_code is not None:
        actor = resolve_actor("military", country_code=country_code) or actor
    return as_mutiny(actor)


# the doers of an act told in the passive, in mutiny ("raped and their husbands beaten by mutinous soldiers")
BY_MUTINOUS = re.compile(r"^[^.;]{0,120}?\bby (?:the )?" + MUTINOUS.pattern, re.IGNORECASE)


def as_mutiny(actor: Actor | None) -> Actor | None:
    """A state's army or police, named as its mutiny (ACLED's "Mutiny of ...", a rebel's inter code)."""
    if actor is None or actor.kind not in ("military", "police") or actor.name.startswith(MUTINY):
        return actor
    return replace(actor, name=MUTINY + actor.name, inter=2)


# the words that name a state's soldiers ("security forces" who arrest are its police)
FORCES = re.compile(
    r"\b(?:army|armies|(?<!security )forces|military|troops|soldiers|commanders?|generals?)\b", re.IGNORECASE
)


def government_of(actor: Actor | None, mentions: list[ActorMention], text: str = "") -> Actor | None:
    """A state named as a party to an agreement ("Israel and Hamas agreed") stands for its government;
    its forces named as such ("Sudan's army and the RSF signed") stay its forces, but not the leader of
    its forces who signs as its ruler ("Sudan's military leader Abdel Fattah al-Burhan")."""
    if actor is None or actor.kind != "military" or actor.country_code is None:
        return actor
    named = [m for m in mentions if not RULER_AFTER.match(text, m.end)] if text else mentions
    if _forces_named(actor, named):
        return actor
    government = resolve_actor("government", country_code=actor.country_code)
    if government is None or government.country_code != actor.country_code:
        return actor
    return replace(government, inter=actor.inter)


def arresting_force(
    actor: Actor | None, mentions: list[ActorMention], country_code: str | None, act: int
) -> Actor | None:
    """The police of the state that arrests, unless the text names its soldiers (as such, or bare before
    the act at `act`: "Soldiers detained ...", not "arrested dozens of soldiers") or another party."""
    doers = [m for m in mentions if m.actor is not None or m.end <= act]
    if actor is not None and (
        actor.kind not in ("military", "government") or _forces_named(actor, doers, bare=True)
    ):
        return actor
    return _police_of(actor.country_code if actor is not None else country_code) or actor


PROTEST_TYPES = frozenset(
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
    | {"Violent demonstration"}
)
SOLDIERS = re.compile(
    r"\b(?:army|armies|military|troops|soldiers|servicemen|paratroopers|marines)\b", re.IGNORECASE
)


def policing_the_crowd(actor: Actor | None, sub_event_type: str, sentence: str) -> Actor | None:
    """ "Security forces opened fire on protesters": at a protest, a state's forces that the text names no
    soldiers are its police."""
    if (
        actor is None
        or sub_event_type not in PROTEST_TYPES
        or actor.kind != "military"
        or "security forces" not in sentence.lower()
        or SOLDIERS.search(sentence)
    ):
        return actor
    return _police_of(actor.country_code) or actor


def _police_of(country_code: str | None) -> Actor | None:
    """The police of a country, where the catalogue names them for it."""
    police = resolve_actor("police", country_code=country_code) if country_code is not None else None
    return police if police is not None and police.country_code == country_code else None


GROUP_KINDS = frozenset({"rebels", "militia"})


# "formed a militia to fight Boko Haram", "an alliance against the Islamic State": the group fought
AGAINST = re.compile(
    r"\b(?:to (?:fight|combat|counter|defeat|take on)|against)\s+(?:the\s+)?$", re.IGNORECASE
)


def changed_group(
    actor: Actor | None, mentions: list[ActorMention], trigger_start: int, text: str = ""
) -> Actor | None:
    """The group a change befalls: "was elected leader of the former rebel movement RENAMO" names the group
    after the act, where only a bare "rebel" came first (a state that acts on a group stays the doer); not
    the group it is set up to fight."""
    if actor is not None and not actor.name.startswith(UNNAMED):
        return actor
    named = [
        m.actor
        for m in mentions
        if m.start >= trigger_start
        and m.actor is not None
        and m.actor.kind in GROUP_KINDS
        and not m.actor.name.startswith(UNNAMED)
        and AGAINST.search(text, max(0, m.start - 30), m.start) is None
    ]
    return named[0] if named else actor


RULER_AFTER = re.compile(r"\s+(?:leader|ruler|strongman|chief|head)\b")


def _forces_named(actor: Actor, mentions: list[ActorMention], bare: bool = False) -> bool:
    """Whether the text names the actor's soldiers by words that resolved to it, or (`bare`) by bare
    words for soldiers that the story's country makes its army ("Soldiers detained ...")."""
    soldiers = [m for m in mentions if FORCES.search(m.text)]
    return any(m.actor == actor or (bare and m.actor is None and actor.kind == "military") for m in soldiers)


__all__ = [
    "arresting_force",
    "as_mutiny",
    "changed_group",
    "government_of",
    "mutiny_of",
    "policing_the_crowd",
]
