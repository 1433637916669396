"""Whom an act befell, where the grammar could make it look like its doer: the target named after an
attack, the one hit by a weapon, whoever struck a mine, whom a weapon was aimed at, the side ousted from
ground, and force words that only name a thing ("a police station")."""

from __future__ import annotations

import re
from typing import Any

# verbs whose subject meets a mine or bomb left for it ("the convoy hit a roadside bomb")
STRUCK_BY_A_MINE = frozenset({"strike", "hit", "trigger", "encounter", "touch"})

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


def in_patient(trigger: Any, start: int) -> bool:
    """ "Rizieq Shihab, leader of the Islamic Defenders Front, was detained": whoever the passive subject
    names is the one the act befell."""
    return any(
        c.dep_ == "nsubjpass" and any(t.idx <= start < t.idx + len(t) for t in c.subtree)
        for c in trigger.children
    )


TOLL_LEMMAS = frozenset({"kill", "wound", "injure", "die"})


def among_the_dead(doc: Any, start: int) -> bool:
    """ "The head of the intelligence branch of the Internal Security Forces was among three people killed
    when a car bomb ripped through ...", "an officer of the police was killed": whoever the subject of a
    toll names is a victim, not the doer."""
    token = token_at(doc, start)
    node = token
    while node is not None and node.head.i != node.i and node.dep_ not in ("nsubj", "nsubjpass"):
        node = node.head
    if node is None or node.head.i == node.i:
        return False
    verb = node.head
    if node.dep_ == "nsubjpass":
        return verb.lemma_ in TOLL_LEMMAS
    # "X was among three people killed"
    return verb.lemma_ == "be" and any(
        c.dep_ == "prep" and c.lower_ == "among" and any(t.lemma_ in TOLL_LEMMAS for t in c.subtree)
        for c in verb.children
    )


HURTING = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def hurt_by_the_act(doc: Any, start: int) -> bool:
    """ "..., wounding an Iraqi soldier", "killing two policemen": the object of a participle of hurting is
    whom the act befell, never its doer."""
    token = token_at(doc, start)
    node = token
    while node is not None and node.head.i != node.i and node.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        node = node.head
    if node is None or node.dep_ != "dobj":
        return False
    verb = node.head
    return verb.tag_ == "VBG" and verb.lemma_ in HURTING


def passive_without_agent(trigger: Any) -> bool:
    """ "Several rockets were fired at the Green Zone ..., the Iraqi military said": a passive act no one is
    said to have done, which a force of the country it hit reports as its witness."""
    verb = trigger.head if trigger.dep_ == "nsubjpass" else trigger
    children = list(verb.children)
    passive = any(c.dep_ == "nsubjpass" for c in children)
    return passive and not any(c.dep_ == "agent" for c in children)


AIMING = frozenset({"target", "aim", "toss", "throw", "hurl", "lob", "direct", "fire", "launch"})
# "tossed at security forces", "thrown into an Awami League rally", "hurled onto a police truck"
AIMED_PREPOSITIONS = frozenset({"at", "into", "onto", "towards", "toward"})


def aimed_at(doc: Any, start: int) -> bool:
    """ "a bomb targeting a police vehicle", "a grenade tossed at security forces", "a grenade thrown into
    an Awami League rally": whom a weapon was meant for, in a clause that describes the weapon, is its
    target."""
    token = token_at(doc, start)
    node = token
    while node is not None and node.head.i != node.i:
        head = node.head
        aimed = (node.dep_ == "dobj" and head.lemma_ in ("target", "aim")) or (
            node.dep_ == "pobj" and head.lower_ in AIMED_PREPOSITIONS and head.head.lemma_ in AIMING
        )
        if aimed:
            verb = head if node.dep_ == "dobj" else head.head
            return verb.dep_ in ("acl", "relcl")
        if node.dep_ not in ("compound", "amod", "det", "poss", "nmod"):
            return False
        node = head
    return False


def met_the_mine(trigger: Any, sub_event_type: str, start: int) -> bool:
    """ "A MINUSMA convoy struck an improvised explosive device": whoever hit the mine is its victim."""
    while trigger.dep_ in ("amod", "compound") and trigger.head.i != trigger.i:
        trigger = trigger.head  # "an improvised explosive device": the device
    head = trigger.head
    if sub_event_type != "Remote explosive/landmine/IED" or trigger.dep_ != "dobj":
        return False
    if head.lemma_ not in STRUCK_BY_A_MINE:
        return False
    subjects = [t for c in head.children if c.dep_ == "nsubj" for t in c.subtree]
    return any(t.idx <= start < t.idx + len(t) for t in subjects)


def among_targets(trigger: Any, start: int) -> bool:
    """ "A bomber struck a mosque inside a police compound": an armed actor named after an attack is its
    target, unless it is the doer after all ("mines planted by Russian forces", "a Russian shell")."""
    if start <= trigger.idx:
        return False
    token = token_at(trigger.doc, start)
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


# things (and former members) named after the force they belong to: "police violence", "an army camp", "a
# police station", "a British army veteran"
THING_NOUNS = frozenset(
    {"violence", "brutality", "station", "camp", "base", "compound", "headquarters", "post", "checkpoint"}
    | {"barracks", "building", "office", "academy", "college", "hospital", "report", "statement", "uniform"}
    | {"custody", "cell", "prison", "jail", "reform", "veteran", "veterans"}
)


def modifies_a_thing(doc: Any, end: int) -> bool:
    """ "police violence", "an army camp": an actor word that only qualifies a noun for a thing."""
    token = token_at(doc, end - 1)
    if token is None or token.dep_ != "compound" or token.head.i <= token.i:
        return False
    return token.head.lemma_.lower() in THING_NOUNS


# "Zimbabwe's Vice President Emmerson Mnangagwa": a country's possessive before a person's office names whose
# office it is, not a force that acted
OFFICE_OWNED = re.compile(
    r"^['\u2019]s (?:(?:vice|deputy|former|first|acting|interim|new|then) )*(?:president|prime minister|"
    r"premier|minister|foreign minister|leader|lady|king|queen|ambassador|envoy|"
    r"spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)


def names_an_office(text: str, end: int) -> bool:
    """The mention ending at `end` is a country's possessive before a person's office."""
    return OFFICE_OWNED.match(text[end : end + 60]) is not None


def ousted(trigger: Any, start: int) -> bool:
    """ "The village was liberated from Russian forces", "driven out of the city by ...": the side ground
    is taken from is not the side that takes it."""
    token = token_at(trigger.doc, start)
    for node in (token, *token.ancestors) if token is not None else ():
        if node.i == trigger.i:
            break
        # "declare victory over Islamic State": the prepositions of the trigger or of its object
        head = node.head
        under_trigger = head.i == trigger.i or (head.dep_ == "dobj" and head.head.i == trigger.i)
        if node.dep_ == "prep" and node.lower_ in ("from", "of", "over") and under_trigger:
            return True
    return _killed_by_the_takers(trigger, token)


LOSING = frozenset({"kill", "capture", "wound", "arrest", "eliminate", "neutralise", "neutralize"})


def _killed_by_the_takers(trigger: Any, token: Any | None) -> bool:
    """ "declared Marawi freed, a day after troops killed the city's two top Islamic State-linked
    commanders": those another verb of the sentence killed or took lost, they took nothing."""
    if token is None:
        return False
    node = token
    while node.dep_ not in ("dobj", "nsubjpass", "ROOT") and node.head.i != node.i:
        node = node.head
    verb = node.head
    return node.dep_ in ("dobj", "nsubjpass") and verb.i != trigger.i and verb.lemma_.lower() in LOSING


def token_at(doc: Any, start: int) -> Any | None:
    return next((t for t in doc if t.idx <= start < t.idx + len(t)), None)
