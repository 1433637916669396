"""Whom a word stands for: the actor a token of the parse names, and the party a pronoun refers to ("the army
said they had ...", "his forces", "Tigrayan forces killed 107 people when they shelled a health centre")."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.actor_periods import STATE_KINDS
from frontwatch.extract.clause_subjects import subjects
from frontwatch.extract.unattributed import ARMED_KINDS
from frontwatch.model import Actor, ActorMention

PARTY_KINDS = ARMED_KINDS | STATE_KINDS


def mention_at(actors: list[ActorMention], offset: int, token: Any) -> ActorMention | None:
    position = token.idx - offset
    for mention in actors:
        if mention.start <= position < mention.end and mention.actor is not None:
            return mention
    return None


def referent(
    token: Any,
    actors: list[ActorMention],
    offset: int,
    claimant_actor: Actor | None,
    previous_actor: Actor | None,
    owner: bool,
) -> Actor | None:
    """Whom a pronoun stands for. "They" is the party quoted ("the army said they had ..."); "his forces"
    are those of the party named last before them in the sentence ("Haftar ordered his army to march ...,
    and his forces took Gharyan"). A source that is no party (residents, medics) is no referent."""
    if owner:
        led = _group_of_the_leader(token, actors, offset)
        if led is not None:
            return led  # "Grivas, the leader of EOKA, ... after telling his fighters": the leader's group
        position = token.idx - offset
        before = [m.actor for m in actors if m.end <= position and m.actor is not None]
        armed = [a for a in before if a.kind in ARMED_KINDS] or [a for a in before if a.kind in PARTY_KINDS]
        if armed:
            return armed[-1]  # a force before a government: "ordered his army to march on Tripoli"
    main = _main_clause_doer(token, actors, offset)
    if main is not None:
        return main
    if claimant_actor is not None and claimant_actor.kind in PARTY_KINDS:
        return claimant_actor
    return previous_actor


def _group_of_the_leader(token: Any, actors: list[ActorMention], offset: int) -> Actor | None:
    """The armed group a clause's subject leads, named in the subject ("George Grivas, the leader of the
    EOKA underground"), for "his" or "their" in that clause or one hung on it."""
    for verb in token.ancestors:
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if not any(t.lower_ in LEADING for t in subject.subtree):
                continue
            for candidate in subject.subtree:
                mention = mention_at(actors, offset, candidate)
                if mention is not None and mention.actor is not None and mention.actor.kind in ARMED_KINDS:
                    return mention.actor
    return None


LEADING = frozenset({"leader", "commander", "chief", "founder", "head"})


def _main_clause_doer(token: Any, actors: list[ActorMention], offset: int) -> Actor | None:
    """ "Tigrayan forces killed 107 people when they shelled a health centre": "they" in a clause hung on
    another stands for that clause's subject."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ not in ("advcl", "conj") or clause.head.i == clause.i:
        return None
    for subject in subjects(clause.head):
        for candidate in subject.subtree:
            mention = mention_at(actors, offset, candidate)
            if mention is not None and mention.actor is not None and mention.actor.kind in ARMED_KINDS:
                return mention.actor
    return None


__all__ = ["PARTY_KINDS", "mention_at", "referent"]
