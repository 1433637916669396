"""Who did it to whom: the actors of an event, from the grammar of its sentence and the actor catalogue."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.claims import Attribution
from frontwatch.extract.locate import LocatedMention
from frontwatch.model import Actor, ActorMention

ARMED_KINDS = frozenset({"military", "rebels", "militia", "police", "armed group", "external"})


# sub-event types whose second actor may be the civilians harmed
VICTIM_TYPES = frozenset(
    {
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Suicide bomb",
        "Chemical weapon",
        "Attack",
        "Sexual violence",
        "Abduction/forced disappearance",
        "Mob violence",
        "Looting/property destruction",
        "Excessive force against protesters",
    }
)


CONTINUING_TYPES = frozenset({"Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"})


LOCAL_KINDS = {"civilians": "civilians", "protesters": "protesters", "rioters": "rioters"}


def localised(actor: Actor | None, place: LocatedMention | None) -> Actor | None:
    """Civilians, protesters and rioters belong to the country where the event happens."""
    if actor is None or place is None or place.place is None or actor.kind not in LOCAL_KINDS:
        return actor
    country = place.place
    if actor.country_code == country.country_code and actor.name.endswith(")"):
        return actor
    local = resolve_actor(LOCAL_KINDS[actor.kind], country_code=country.country_code)
    if local is not None and local.country_code == country.country_code and local.name.endswith(")"):
        return local
    # a country the catalogue does not list: ACLED's pattern, "Rioters (Sri Lanka)"
    return replace(
        actor, name=f"{actor.kind.capitalize()} ({country.country})", country_code=country.country_code
    )


CROWD_TYPES = {
    "Peaceful protest": "protesters",
    "Protest with intervention": "protesters",
    "Violent demonstration": "rioters",
    "Mob violence": "rioters",
}


def crowd_actor(sub_event_type: str, country_code: str | None) -> Actor | None:
    """Protests are coded with the protesters as first actor, riots with the rioters (ACLED's convention)."""
    word = CROWD_TYPES.get(sub_event_type)
    return resolve_actor(word, country_code=country_code) if word else None


def claimant_actor_of(attribution: Attribution | None, country_code: str | None) -> Actor | None:
    if attribution is None:
        return None
    return resolve_actor(attribution.claimant, country_code=country_code)


def _mention_at(actors: list[ActorMention], offset: int, token: Any) -> ActorMention | None:
    position = token.idx - offset
    for mention in actors:
        if mention.start <= position < mention.end and mention.actor is not None:
            return mention
    return None


def _agent_tokens(trigger: Any) -> list[Any]:
    """Tokens that may name who did it: subject, passive agent, or the object of a withdrawal verb."""
    tokens: list[Any] = []
    for child in trigger.children:
        if child.dep_ == "nsubj":
            tokens.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("of", "by", "between")):
            tokens.extend(c for c in child.children if c.dep_ == "pobj")
    tokens.extend(c for c in trigger.children if c.dep_ == "dobj")
    if trigger.pos_ == "NOUN":  # "an Israeli air strike", "Russian missiles", "the army's offensive"
        tokens.extend(c for c in trigger.children if c.dep_ in ("amod", "compound", "poss", "nmod"))
    if trigger.dep_ in ("xcomp", "advcl", "conj", "ccomp"):
        tokens.extend(c for c in trigger.head.children if c.dep_ == "nsubj")
    return tokens


def first_actor(
    trigger: Any,
    sub_event_type: str,
    actors: list[ActorMention],
    offset: int,
    attribution: Attribution | None,
    claimant_actor: Actor | None,
    country_code: str | None,
    previous_actor: Actor | None,
) -> Actor | None:
    """Who did it: the grammatical agent of the trigger, else an armed actor of the sentence, else the
    claimant if armed, else (for a fight that goes on) the previous sentence's doer."""
    for token in _agent_tokens(trigger):
        if token.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            if claimant_actor is not None:
                return _as_force(claimant_actor, country_code)
            if previous_actor is not None:
                return previous_actor
            continue
        for candidate in token.subtree:
            mention = _mention_at(actors, offset, candidate)
            if mention is not None and mention.actor is not None and not _is_victim(mention.actor):
                return _as_force(mention.actor, country_code)
        nationals = _nationals(token, country_code)
        if nationals is not None:
            return nationals
    for mention in actors:
        if mention.actor is None or _is_victim(mention.actor):
            continue
        inside_claimant = (
            attribution is not None and attribution.start <= offset + mention.start < attribution.end
        )
        if mention.actor.kind in ARMED_KINDS and not inside_claimant:
            return mention.actor
    if claimant_actor is not None and claimant_actor.kind in ARMED_KINDS:
        return claimant_actor
    if previous_actor is not None and sub_event_type in CONTINUING_TYPES:
        return previous_actor  # "there was also fighting in ...": the fight the story is about
    return None


def _nationals(token: Any, country_code: str | None) -> Actor | None:
    """ "Russian shelled ...", "Israelis fired ...": a nationality as the doer stands for its forces."""
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return None
    stem = token.text[:-1] if token.text.endswith("s") else token.text
    actor = resolve_actor(f"{stem} forces", country_code=country_code)
    return actor if actor is not None and actor.kind in ARMED_KINDS else None


def _as_force(actor: Actor, country_code: str | None) -> Actor:
    """A government named as the doer of a military act ("Moscow is withdrawing forces") acts by its army."""
    if actor.kind != "government" or actor.country_code is None:
        return actor
    # by the country's name in the story's country, so a foreign army gets ACLED's external inter code
    force = resolve_actor(actor.side, country_code=country_code) if actor.side else None
    if force is not None and force.kind == "military" and force.country_code == actor.country_code:
        return force
    return resolve_actor("military", country_code=actor.country_code) or actor


def _is_victim(actor: Actor) -> bool:
    return actor.kind == "civilians"


def second_actor(
    actors: list[ActorMention],
    actor1: Actor | None,
    claimant: Actor | None,
    sub_event_type: str,
    country: str | None,
) -> Actor | None:
    """The other side: an armed actor of another side, or the civilians harmed."""
    for mention in actors:
        actor = _as_force(mention.actor, country) if mention.actor is not None else None
        if actor is None or actor in (actor1, claimant):
            continue
        if actor1 is not None and actor.side is not None and actor.side == actor1.side:
            continue
        if actor.kind in ARMED_KINDS or (actor.kind == "civilians" and sub_event_type in VICTIM_TYPES):
            return actor
    return None
