"""Who did it to whom: the actors of an event, from the grammar of its sentence and the actor catalogue."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.actor_catalogue import TEMPLATE_ALIASES
from frontwatch.extract.actor_periods import STATE_KINDS
from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.claims import Attribution
from frontwatch.extract.clause_subjects import joined_subjects, subjects
from frontwatch.extract.group_members import UNNAMED
from frontwatch.extract.local_actors import STATE_ROLES
from frontwatch.extract.perpetrators import Culprit
from frontwatch.extract.places import doc_text
from frontwatch.extract.referents import mention_at, referent
from frontwatch.extract.self_named import self_named_group
from frontwatch.extract.sources import source_actor
from frontwatch.extract.targets import (
    STRUCK_BY_A_MINE,
    aimed_at,
    among_targets,
    among_the_dead,
    hurt_by_the_act,
    in_patient,
    met_the_mine,
    modifies_a_thing,
    names_an_office,
    ousted,
    passive_without_agent,
)
from frontwatch.extract.taxonomy import TERRITORY
from frontwatch.extract.unattributed import (
    ARMED_KINDS,
    counted,
    crowd,
    home_forces,
    lone_doer,
    machines_of,
    members_of,
    nationals,
    unclaimed_fighters,
)
from frontwatch.extract.words import ACTOR_NOUNS, SPEECH_LEMMAS
from frontwatch.model import Actor, ActorMention

# what a party's pronoun may own and send to act ("its forces", "their drones")
OWNED_FORCES = ACTOR_NOUNS | frozenset(
    {"man", "men", "fighter", "unit", "aircraft", "artillery", "rocket", "shell", "officer", "force", "ally"}
    | {"militia", "militiaman", "member", "supporter", "partisan", "sniper", "navy", "troop", "jet", "drone"}
)
TITLES = frozenset(title.lower() for title in TEMPLATE_ALIASES["leader_title"])


# sub-event types whose second actor may be the civilians harmed
VICTIM_TYPES = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}
    | {"Suicide bomb", "Chemical weapon", "Attack", "Sexual violence", "Abduction/forced disappearance"}
    | {"Mob violence", "Looting/property destruction", "Excessive force against protesters"}
)

# acts whose object or passive subject is the one they befell, never their doer
BEFALLING_TYPES = VICTIM_TYPES | {"Arrests"}

CONTINUING_TYPES = frozenset({"Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"})


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
    """The party a source speaks for; "the group's spokesman" speaks for the group the story named."""
    if attribution is None:
        return None
    if attribution.party is not None:
        party = resolve_actor(attribution.party, country_code=country_code)
        if party is not None:
            return party
    source = source_actor(attribution.claimant, country_code)
    return None if source is not None and source.name in STATE_ROLES else source  # a state not yet known


def _agent_tokens(trigger: Any, sub_event_type: str) -> list[Any]:
    """Tokens that may name who did it: subject, passive agent, or the object of a withdrawal verb."""
    tokens: list[Any] = []
    for child in trigger.children:
        if child.dep_ == "nsubj":
            tokens.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("of", "by", "between")):
            tokens.extend(c for c in child.children if c.dep_ == "pobj")
    governing = _governing_agents(trigger, sub_event_type)
    # the subject of the verb the act is coordinated with comes before the act's object ("gunmen raided two
    # shops and then attacked a National Guard base": the gunmen fought the guard)
    joined_first = trigger.dep_ == "conj" and sub_event_type not in BEFALLING_TYPES
    # an object pronoun is the one the act befell ("shot him dead"), not its doer; nor is whoever was
    # arrested, abducted or attacked ("detained 25 members of a far-right network")
    if sub_event_type not in BEFALLING_TYPES:
        tokens.extend(governing if joined_first else [])
        tokens.extend(c for c in trigger.children if c.dep_ == "dobj" and c.pos_ != "PRON")
    if trigger.pos_ == "NOUN":  # "an Israeli air strike", "Russian missiles", "the army's offensive"
        tokens.extend(c for c in trigger.children if c.dep_ in ("amod", "compound", "poss", "nmod"))
        if members_of(trigger):  # "a suicide bomber linked to Islamic State"
            tokens.append(trigger)
    return tokens + ([] if joined_first else governing) + _agents_of_the_moment(trigger)


def _agents_of_the_moment(trigger: Any) -> list[Any]:
    """ "Five people were shot dead when FARC dissidents opened fire on their vehicle": a passive act
    with no agent is done by the subject of the clause that tells when it happened."""
    children = list(trigger.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return []
    # "a boy was stabbed to death and five people were wounded when a man attacked": the clause may hang
    # on the passive joined to the act
    joined = [g for c in children if c.dep_ == "conj" and c.pos_ == "VERB" for g in c.children]
    # "was shot dead as he was leaving for work": a pronoun there is the one the act befell
    return [
        subject
        for clause in children + joined
        if clause.dep_ == "advcl" and any(c.lower_ in ("when", "as") for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.pos_ != "PRON"
    ]


def _governing_agents(trigger: Any, sub_event_type: str) -> list[Any]:
    """Doers named by the verb that governs the trigger: the subject of the clause it completes, of the verb
    whose object it is, or the passive agent of the act it is the scene of."""
    head = trigger.head
    if trigger.dep_ in ("xcomp", "advcl", "conj", "ccomp") and not _reported_attack(trigger, sub_event_type):
        return joined_subjects(trigger) if trigger.dep_ == "conj" else subjects(head)
    if trigger.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ not in SPEECH_LEMMAS | SUSPECTING:
        if sub_event_type == "Remote explosive/landmine/IED" and head.lemma_ in STRUCK_BY_A_MINE:
            return []  # "a MINUSMA convoy struck an improvised explosive device": the convoy is its victim
        # "Santos and FARC leader Londono signed a peace deal": who signs the deal is party to it
        return subjects(head)
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        # "Sinwar was killed by Israeli troops in a firefight": the agent of the act the fight is the scene of
        return [p for c in head.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return []


BLAMING = frozenset({"blame", "accuse", "deny"})
# "officials said they suspected arson": who suspects, fears or looks into an act did not do it
SUSPECTING = frozenset({"suspect", "fear", "investigate", "probe", "condemn", "denounce", "rule", "report"})


def _reported_attack(trigger: Any, sub_event_type: str) -> bool:
    """ "A bomb exploded ..., police said": the one who reports an attack is its source, not its doer
    ("the region had been freed, the minister said" is another matter: the speaker's side took it); nor
    is the one who blames someone for it ("the governor was killed ...; the army blamed the RSF")."""
    if trigger.dep_ != "ccomp" or trigger.head.lemma_ not in SPEECH_LEMMAS | BLAMING:
        return False
    # a clause with a subject of its own, active or passive ("nine soldiers were killed when ...") tells who
    return sub_event_type in VICTIM_TYPES or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)


# attacks that non-state attackers carry out: the police or army reporting one is not its doer, and an
# attacker the text does not name is an unidentified armed group
UNNAMED_ATTACKER_TYPES = frozenset(
    {
        "Attack",
        "Sexual violence",
        "Grenade",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Abduction/forced disappearance",
    }
)


DISRUPTED = "Disrupted weapons use"
# generic groups: "gunmen", "rebels" (a named group blamed or leading wins)
LED_BY = re.compile(r"\b(?:led|headed|commanded|spearheaded) by (?:the )?$", re.IGNORECASE)


def _leading_group(trigger: Any, actors: list[ActorMention], offset: int) -> Actor | None:
    """ "Insurgents led by Hayat Tahrir al-Sham swept into Aleppo": the group leading the unnamed fighters."""
    text = doc_text(trigger.doc)
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
    """Who did it (see `_first_actor`). Ground taken by a state's forces whose state is not known yet is
    left without a doer: whether they regain their own ground or take another's needs their state. The
    side ground is taken from ("declared victory over Islamic State") never took it."""
    if sub_event_type == TERRITORY:
        actors = [m for m in actors if not ousted(trigger, offset + m.start)]
    actor = _first_actor(
        trigger,
        sub_event_type,
        actors,
        offset,
        attribution,
        claimant_actor,
        country_code,
        previous_actor,
        culprit,
    )
    if actor is not None and actor.name in STATE_ROLES and sub_event_type == TERRITORY:
        return None
    return actor


def _first_actor(
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
    # "a gunman shot dead ..., and the government blamed ETA": blame names the man's group
    unnamed = agent is not None and agent.name.startswith((*UNNAMED, "Sole Perpetrator"))
    if culprit is not None and agent is None and _worn_by_named_men(culprit, actors):
        culprit = None  # "Gunmen in military uniforms stormed the college ..., carting off 27 schoolboys"
    if culprit is not None and _culprit_wins(culprit, agent, unnamed):
        return as_force(culprit.actor, country_code)
    leader = _leading_group(trigger, actors, offset) if unnamed or agent is None else None
    if leader is not None:
        return leader
    if agent is not None:
        return agent
    if sub_event_type == DISRUPTED and claimant_actor is not None and claimant_actor.kind in STATE_KINDS:
        return as_force(claimant_actor, country_code)  # "most were intercepted, the Israeli military said"
    named = _armed_mention(trigger, sub_event_type, actors, offset, attribution)
    if named is not None:
        return named
    if (
        claimant_actor is not None
        and claimant_actor.kind in ARMED_KINDS
        and _may_be_doer(claimant_actor, sub_event_type)
        and not _witness_of_an_attack(claimant_actor, sub_event_type, country_code, trigger)
    ):
        return claimant_actor
    if claimant_actor is not None and claimant_actor.kind == "government" and sub_event_type == TERRITORY:
        return as_force(claimant_actor, country_code)  # "the president declared the city freed": its army did
    if previous_actor is not None and sub_event_type in CONTINUING_TYPES:
        return previous_actor  # "there was also fighting in ...": the fight the story is about
    if sub_event_type in UNNAMED_ATTACKER_TYPES:
        return resolve_actor("gunmen", country_code=country_code)
    if sub_event_type == EXCESSIVE_FORCE:  # force used on a crowd, the force unnamed: the state's police
        return resolve_actor("police", country_code=country_code)
    return None


def _armed_mention(
    trigger: Any,
    sub_event_type: str,
    actors: list[ActorMention],
    offset: int,
    attribution: Attribution | None,
) -> Actor | None:
    """The first armed actor the sentence names that is no victim, target, source or later clause's."""
    text = doc_text(trigger.doc)
    for mention in actors:
        if mention.actor is None or _is_victim(mention.actor, sub_event_type):
            continue
        inside_claimant = (
            attribution is not None and attribution.start <= offset + mention.start < attribution.end
        )
        # "Sendic, founder of the Tupamaros, was captured": whom a passive's subject names was taken
        patient = in_patient(trigger, offset + mention.start)
        target = (sub_event_type == TERRITORY and patient) or (
            sub_event_type in BEFALLING_TYPES
            and (
                patient
                or among_targets(trigger, offset + mention.start)
                or met_the_mine(trigger, sub_event_type, offset + mention.start)
                or aimed_at(trigger.doc, offset + mention.start)
                or among_the_dead(trigger.doc, offset + mention.start)
            )
        )
        # "a critic of police violence", "an army camp", "Zimbabwe's Vice President": no actor here; nor is
        # whom the act hurt ("wounding an Iraqi soldier")
        if modifies_a_thing(trigger.doc, offset + mention.end) or names_an_office(text, offset + mention.end):
            continue
        if hurt_by_the_act(trigger.doc, offset + mention.start):
            continue
        # "...; Armenian officials did not confirm the loss": a clause of its own after the act's
        beyond = ";" in text[trigger.idx : offset + mention.start]
        # "Looters ransacked shops": the crowd the trigger word names did it (a riot's crowd is its own actor)
        trigger_named = (
            mention.actor.kind == "rioters"
            and sub_event_type not in CROWD_TYPES
            and offset + mention.start <= trigger.idx < offset + mention.end
        )
        if (
            mention.actor.kind in ARMED_KINDS
            or trigger_named
            or _mob_by(mention.actor, text, offset + mention.start)
        ) and not (inside_claimant or target or beyond):
            return mention.actor
    return None


def _mob_by(actor: Actor, text: str, start: int) -> bool:
    """ "killed in attacks by gangs of youths": a crowd named as the agent of the act did it."""
    return actor.kind == "rioters" and text[max(start - 3, 0) : start].lower() == "by "


GENERIC_STATE = ("Military Forces of ", "Police Forces of ")


def _culprit_wins(culprit: Culprit, agent: Actor | None, unnamed: bool) -> bool:
    """A claim of responsibility always names the doer; blame names it where the text leaves it out, calls
    it gunmen, or names only the blamer. A uniform names it as blame does, and a named group's uniform
    also unmasks generic security forces ("security forces ... wore the uniform of the RSF"); a state's
    generic uniform names men only: gunmen "in military uniforms" stay unidentified."""
    if culprit.claimed or agent is None:
        return True
    if culprit.worn:
        generic_uniform = culprit.actor.name.startswith(GENERIC_STATE)
        return not generic_uniform and (unnamed or agent.name.startswith(GENERIC_STATE))
    return agent == culprit.blamer or unnamed


def _worn_by_named_men(culprit: Culprit, actors: list[ActorMention]) -> bool:
    """A state's generic uniform worn by men the text names as gunmen: they stay gunmen."""
    generic = culprit.worn and culprit.actor.name.startswith(GENERIC_STATE)
    return generic and any(m.actor is not None and m.actor.name.startswith(UNNAMED) for m in actors)


def _witness_of_an_attack(
    claimant: Actor, sub_event_type: str, country_code: str | None, trigger: Any
) -> bool:
    """A force of the country an attack no one is said to have done fell on reports it as its witness."""
    return (
        sub_event_type in VICTIM_TYPES
        and claimant.country_code == country_code
        and passive_without_agent(trigger)
    )


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
        # "its forces" name the party told before; "its driver" (a lorry's) names none
        owner = token.lemma_.lower() in OWNED_FORCES and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children
        )
        if token.pos_ == "PRON" or owner:
            meant = referent(token, actors, offset, claimant_actor, previous_actor, owner)
            if meant is not None:
                return as_force(meant, country_code, sub_event_type)
            continue
        lone = lone_doer(token, sub_event_type, country_code)
        if lone is not None:
            return lone
        if token.pos_ == "NOUN":
            # "a group calling itself the Vanguards of Liberation shot dead ...": the name it gives itself
            phrase = token.doc[token.left_edge.i : token.right_edge.i + 1].text
            coined = self_named_group(phrase, country_code)
            if coined is not None:
                return coined
        body = members_of(token)
        for candidate in [*body, *token.subtree]:
            if candidate not in body and _in_clause_of(candidate, token):
                continue  # "a plane carrying Yemen's cabinet landed": the cabinet did not land
            mention = mention_at(actors, offset, candidate)
            if (
                mention is not None
                and mention.actor is not None
                and not _is_victim(mention.actor, sub_event_type)
            ):
                return as_force(mention.actor, country_code, sub_event_type)
        speaking_state = claimant_actor is not None and claimant_actor.kind in STATE_KINDS
        home = claimant_actor.country_code if claimant_actor is not None and speaking_state else country_code
        unnamed = (
            nationals(token, country_code)
            or machines_of(token, country_code, sub_event_type)
            or home_forces(counted(token), actors, offset, home)
            or crowd(token, sub_event_type, country_code)
            or unclaimed_fighters(token, country_code)
        )
        if unnamed is not None:
            return unnamed
    return None


def _in_clause_of(candidate: Any, head: Any) -> bool:
    """Whether `candidate` lies in a clause that only describes `head` ("troops *who fled from Russia*")."""
    node = candidate
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl"):
            return True
        if node.dep_ == "prep" and node.lower_ in PLACE_PREPOSITIONS:
            return True  # "its driver near the German embassy": where the doer was, not who
        node = node.head
    return False


PLACE_PREPOSITIONS = frozenset({"near", "outside", "inside", "at", "in", "behind", "beside", "opposite"})


GOVERNMENT_ACTS = frozenset({"Agreement"})  # what a government does itself, not by its army


def as_force(actor: Actor, country_code: str | None, sub_event_type: str = "") -> Actor:
    """A government named as the doer of a military act ("Moscow is withdrawing forces") acts by its army.
    A government that is no state's (the separatist government of Nagorno-Karabakh: no side) acts itself,
    as does one that signs a deal ("Mozambique's president signed an agreement")."""
    if actor.kind != "government" or actor.country_code is None or actor.side is None:
        return actor
    if sub_event_type in GOVERNMENT_ACTS or not actor.name.startswith("Government of"):  # a shadow government
        return actor
    # by the country's name in the story's country, so a foreign army gets ACLED's external inter code
    force = resolve_actor(actor.side, country_code=country_code) if actor.side else None
    if force is not None and force.kind == "military" and force.country_code == actor.country_code:
        return force
    return resolve_actor("military", country_code=actor.country_code) or actor


def _is_victim(actor: Actor, sub_event_type: str) -> bool:
    """Civilians suffer acts; protesters suffer the force used on them ("killing eight demonstrators")."""
    return actor.kind == "civilians" or (actor.kind == "protesters" and sub_event_type == EXCESSIVE_FORCE)


EXCESSIVE_FORCE = "Excessive force against protesters"
