"""Who did it to whom: the actors of an event, from the grammar of its sentence and the actor catalogue."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.claims import Attribution
from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.perpetrators import Culprit
from frontwatch.extract.sources import source_actor
from frontwatch.extract.taxonomy import TERRITORY
from frontwatch.extract.words import SPEECH_LEMMAS
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
    return source_actor(attribution.claimant, country_code)


def _mention_at(actors: list[ActorMention], offset: int, token: Any) -> ActorMention | None:
    position = token.idx - offset
    for mention in actors:
        if mention.start <= position < mention.end and mention.actor is not None:
            return mention
    return None


def _agent_tokens(trigger: Any, sub_event_type: str) -> list[Any]:
    """Tokens that may name who did it: subject, passive agent, or the object of a withdrawal verb."""
    tokens: list[Any] = []
    for child in trigger.children:
        if child.dep_ == "nsubj":
            tokens.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("of", "by", "between")):
            tokens.extend(c for c in child.children if c.dep_ == "pobj")
    # an object pronoun is the one the act befell ("shot him dead"), not its doer
    tokens.extend(c for c in trigger.children if c.dep_ == "dobj" and c.pos_ != "PRON")
    if trigger.pos_ == "NOUN":  # "an Israeli air strike", "Russian missiles", "the army's offensive"
        tokens.extend(c for c in trigger.children if c.dep_ in ("amod", "compound", "poss", "nmod"))
    if trigger.dep_ in ("xcomp", "advcl", "conj", "ccomp") and not _reported_attack(trigger, sub_event_type):
        tokens.extend(c for c in trigger.head.children if c.dep_ == "nsubj")
    return tokens


def _reported_attack(trigger: Any, sub_event_type: str) -> bool:
    """ "A bomb exploded ..., police said": the one who reports an attack is its source, not its doer
    ("the region had been freed, the minister said" is another matter: the speaker's side took it)."""
    if trigger.dep_ != "ccomp" or trigger.head.lemma_ not in SPEECH_LEMMAS:
        return False
    return sub_event_type in VICTIM_TYPES or any(c.dep_ == "nsubj" for c in trigger.children)


# attacks that non-state attackers carry out: the police or army reporting one is not its doer, and an
# attacker the text does not name is an unidentified armed group
UNNAMED_ATTACKER_TYPES = frozenset(
    {
        "Attack",
        "Grenade",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Abduction/forced disappearance",
    }
)


UNNAMED = ("Unidentified Armed Group", "Unidentified Gang")  # "gunmen": a named group blamed or leading wins
LED_BY = re.compile(r"\b(?:led|headed|commanded|spearheaded) by (?:the )?$", re.IGNORECASE)


def _leading_group(trigger: Any, actors: list[ActorMention], offset: int) -> Actor | None:
    """ "Insurgents led by Hayat Tahrir al-Sham swept into Aleppo": the group leading the unnamed fighters."""
    text = trigger.doc.text
    for mention in actors:
        start = offset + mention.start
        if mention.actor is not None and LED_BY.search(text[max(start - 30, 0) : start]):
            return mention.actor
    return None


def first_actor(
    trigger: Any,
    sub_event_type: str,
    actors: list[ActorMention],
    offset: int,
    attribution: Attribution | None,
    claimant_actor: Actor | None,
    country_code: str | None,
    previous_actor: Actor | None,
    culprit: Culprit | None = None,
) -> Actor | None:
    """Who did it: a group claiming the act, the grammatical agent of the trigger, the party blamed,
    else an armed actor named before the trigger, else the claimant if armed and not merely reporting an
    attack, else (for a fight that goes on) the previous sentence's doer."""
    agent = _grammatical_agent(
        trigger, sub_event_type, actors, offset, claimant_actor, country_code, previous_actor
    )
    unnamed = agent is not None and agent.name.startswith(UNNAMED)
    if culprit is not None and (culprit.claimed or agent is None or agent == culprit.blamer or unnamed):
        return _as_force(culprit.actor, country_code)
    leader = _leading_group(trigger, actors, offset) if unnamed or agent is None else None
    if leader is not None:
        return leader
    if agent is not None:
        return agent
    for mention in actors:
        if mention.actor is None or _is_victim(mention.actor):
            continue
        inside_claimant = (
            attribution is not None and attribution.start <= offset + mention.start < attribution.end
        )
        target = sub_event_type in VICTIM_TYPES and _among_targets(trigger, offset + mention.start)
        ousted = sub_event_type == TERRITORY and _ousted(trigger, offset + mention.start)
        if mention.actor.kind in ARMED_KINDS and not inside_claimant and not target and not ousted:
            return mention.actor
    if (
        claimant_actor is not None
        and claimant_actor.kind in ARMED_KINDS
        and _may_be_doer(claimant_actor, sub_event_type)
    ):
        return claimant_actor
    if previous_actor is not None and sub_event_type in CONTINUING_TYPES:
        return previous_actor  # "there was also fighting in ...": the fight the story is about
    if sub_event_type in UNNAMED_ATTACKER_TYPES:
        return resolve_actor("gunmen", country_code=country_code)
    return None


WEAPON_LEMMAS = frozenset(
    {
        "shell",
        "mine",
        "missile",
        "rocket",
        "bomb",
        "bomblet",
        "drone",
        "munition",
        "ammunition",
        "grenade",
        "mortar",
        "artillery",
        "shelling",
        "strike",
        "fire",
        "device",
        "explosive",
        "warplane",
        "jet",
    }
)


def _among_targets(trigger: Any, start: int) -> bool:
    """ "A bomber struck a mosque inside a police compound": an armed actor named after an attack is its
    target, unless it is the doer after all ("mines planted by Russian forces", "a Russian shell")."""
    if start <= trigger.idx:
        return False
    token = _token_at(trigger.doc, start)
    if token is None:
        return False
    for node in (token, *token.ancestors):
        if node.dep_ == "agent" or (node.dep_ == "prep" and node.lower_ == "by"):
            return False
        if node.i != token.i and node.lemma_.lower() in WEAPON_LEMMAS and token.dep_ in ("amod", "compound"):
            return False
        if node.i == trigger.i:
            break
    return True


def _ousted(trigger: Any, start: int) -> bool:
    """ "The village was liberated from Russian forces", "driven out of the city by ...": the side ground
    is taken from is not the side that takes it."""
    token = _token_at(trigger.doc, start)
    for node in (token, *token.ancestors) if token is not None else ():
        if node.i == trigger.i:
            break
        if node.dep_ == "prep" and node.lower_ in ("from", "of") and node.head.i == trigger.i:
            return True
    return False


def _token_at(doc: Any, start: int) -> Any | None:
    return next((t for t in doc if t.idx <= start < t.idx + len(t)), None)


def _may_be_doer(claimant: Actor, sub_event_type: str) -> bool:
    """A force reporting an attack by others ("..., police said") is its witness, not its doer."""
    if sub_event_type in UNNAMED_ATTACKER_TYPES:
        return False
    return not (claimant.kind == "police" and sub_event_type in VICTIM_TYPES)


def _grammatical_agent(
    trigger: Any,
    sub_event_type: str,
    actors: list[ActorMention],
    offset: int,
    claimant_actor: Actor | None,
    country_code: str | None,
    previous_actor: Actor | None,
) -> Actor | None:
    """The actor the trigger's subject, passive agent or modifiers name ("Russian missiles")."""
    for token in _agent_tokens(trigger, sub_event_type):
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
        speaking_state = claimant_actor is not None and claimant_actor.kind in STATE_KINDS
        home = claimant_actor.country_code if claimant_actor is not None and speaking_state else country_code
        nationals = _nationals(token, country_code) or _home_forces(token, actors, offset, home)
        if nationals is not None:
            return nationals
    return None


STATE_KINDS = frozenset({"military", "government", "police"})
HOME_FORCE_WORDS = frozenset(
    {"soldier", "troop", "army", "military", "force", "police", "policeman", "officer", "gendarme", "guard"}
)
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "officer", "officers", "gendarme", "gendarmes"})


def _home_forces(
    token: Any, actors: list[ActorMention], offset: int, country_code: str | None
) -> Actor | None:
    """ "Soldiers opened fire on protesters in Lagos": forces the text does not attribute are those of the
    country where they act, or of the state whose forces or officials tell of them ("the army said
    soldiers fired only at ...")."""
    if country_code is None or token.lemma_.lower() not in HOME_FORCE_WORDS:
        return None
    position = token.idx - offset
    if not any(m.actor is None and m.start <= position < m.end for m in actors):
        return None
    return resolve_actor("police" if token.lower_ in POLICE_WORDS else "military", country_code=country_code)


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
