"""Who a phrase of the sentence says did it: the uniform the attackers wore, the group they are "believed to
be", the group a caller spoke for, the group that holds the captives; and the words of claiming and
blaming (the acts claimed, the verbs of blame). `perpetrators` reads the grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.group_members import NON_STATE
from frontwatch.model import Actor


@dataclass(frozen=True)
class Culprit:
    """The party the text holds responsible, and whether it claimed the act itself."""

    actor: Actor
    claimed: bool  # the group's own claim of responsibility
    blamer: Actor | None  # who blames it (None for a claim)
    worn: bool = False  # known by the uniform its men wore ("gunmen in RSF uniforms")


# what a group claims when it claims an attack ("claimed responsibility", "claimed the bombing")
CLAIMED_ACTS = frozenset(
    {
        "responsibility",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "blast",
        "blasts",
        "shooting",
        "shootings",
        "killing",
        "killings",
        "strike",
        "strikes",
        "assault",
        "raid",
        "ambush",
        "abduction",
        "kidnapping",
        "massacre",
        "explosion",
        "explosions",
        "operation",
        "hijacking",
        "bomb",
        "device",
    }
)
# nouns for the act itself in "blamed the attack on X"
BLAMED_ACTS = CLAIMED_ACTS - {"responsibility"}
BLAME_LEMMAS = frozenset({"blame", "accuse", "suspect", "attribute"})
# "the attack bore the hallmarks of Boko Haram": the party whose mark the act bears is suspected
HALLMARKS = frozenset({"hallmark", "hallmarks", "signature", "trademarks"})

# what a sentence says its doer did to own the act ("was behind the attack", "had planted the bomb")
OWNED_ACT = re.compile(
    r"\b(?:(?:was|were|is|are|had been) (?:behind|responsible for)|carried out|staged|perpetrated|planted|"
    r"detonated|set off)\b"
)


# "gunmen in RSF uniforms", "men in army uniforms", "wore the uniform of the Rapid Support Forces"
UNIFORM = re.compile(
    r"\b(?:in|wearing|wore|wear|dressed in|clad in)(?: the)? (?:uniforms? of (?:the )?(?P<of>[\w' -]{2,60}?)"
    r"(?=[,.;]|$| and | who | as )|(?P<before>[\w'-]+(?: [\w'-]+)?) (?:uniforms?|fatigues))"
)
GENERIC_STATE = ("Military Forces of ", "Police Forces of ")


def uniformed(text: str, country_code: str | None) -> Culprit | None:
    """The force whose uniform the attackers wore. A named group's uniform ("RSF uniforms") names the
    doer even where the text calls them gunmen or security forces; a state's generic uniform ("army
    uniforms") names the doer only of men the text does not otherwise name (`first_actor` decides)."""
    for match in UNIFORM.finditer(text):
        words = match.group("of") or match.group("before") or ""
        actor = resolve_actor(words, country_code=country_code)
        if actor is not None and actor.kind not in ("civilians", "protesters", "rioters"):
            return Culprit(actor, False, None, worn=True)
    return None


# "a republican splinter group ..., believed to be the self-styled Real IRA, had planted the bomb"
BELIEVED_TO_BE = re.compile(
    r"\b(?:believed|thought|suspected|said) to (?:be|have been) (?:the |an? )?(?:self-styled |so-called )?"
    r"(?P<name>[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|al|el)){0,5})"
)


def believed_to_be(text: str, country_code: str | None) -> Culprit | None:
    """The armed group a doer is believed to be, where the sentence says it did the act; or the one the
    witnesses identified the doers as ("armed men whom survivors identified as Dozo hunters attacked")."""
    identified = _named_group(IDENTIFIED_AS, text, country_code, claimed=False)
    if identified is not None or OWNED_ACT.search(text) is None:
        return identified
    return _named_group(BELIEVED_TO_BE, text, country_code, claimed=False)


IDENTIFIED_AS = re.compile(
    r"\b(?:men|gunmen|attackers|assailants|fighters|raiders) (?:whom|who) (?:[\w-]+ ){0,3}?(?:identified|"
    r"described) as (?:the |an? )?(?P<name>[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|al|el|hunters|militiamen|"
    r"fighters)){0,5})"
)


# "an hour after a caller claiming to speak for ETA gave a warning": the group claims the act through its
# caller
SPOKEN_FOR = re.compile(
    r"\b(?:caller|callers|statement|message|letter|e-?mail|video|man|woman) (?:[\w-]+ ){0,2}?(?:claiming|"
    r"purporting|saying|said) to (?:speak for|speak on behalf of|represent|be from|come from) "
    r"(?P<name>[^,.;]{2,80})"
)
# "President Hollande said they were being held by Boko Haram": whoever holds the captives took them
HELD_BY = re.compile(
    r"\b(?:they|he|she|them|him|her|who|hostages?|captives?|people|men|women|children) (?:[\w-]+ ){0,3}?"
    r"(?:held|kept) (?:captive |hostage )?by (?P<name>[^,.;]{2,60})"
)


def spoken_for(text: str, country_code: str | None) -> Culprit | None:
    return _named_group(SPOKEN_FOR, text, country_code, claimed=True)


def held_by(text: str, country_code: str | None) -> Culprit | None:
    return _named_group(HELD_BY, text, country_code, claimed=False)


def _named_group(
    pattern: re.Pattern[str], text: str, country_code: str | None, *, claimed: bool
) -> Culprit | None:
    """The armed group the pattern's name resolves to, when it is a named non-state group."""
    for match in pattern.finditer(text):
        actor = resolve_actor(match.group("name"), country_code=country_code)
        if actor is not None and actor.kind in NON_STATE and not actor.name.startswith("Unidentified"):
            return Culprit(actor, claimed, None)
    return None
