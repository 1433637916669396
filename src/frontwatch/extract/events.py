"""From one sentence to event candidates: trigger, attribution, modality, actors, places, date."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from frontwatch.extract.actors import find_actors, resolve_actor
from frontwatch.extract.claims import Attribution, clause_modality, find_attribution
from frontwatch.extract.fatalities import find_fatalities
from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.places import CONTAINER_GAPS
from frontwatch.extract.taxonomy import TERRITORY
from frontwatch.extract.timex import Timex
from frontwatch.extract.triggers import TriggerHit, choose_trigger, find_triggers
from frontwatch.model import Actor, ActorMention, Period

HISTORICAL_GAP = timedelta(days=7)  # a period ending this long before publication is background
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
PARTY_KINDS = frozenset({"military", "government", "rebels", "militia", "external", "armed group"})
# outcomes a side has a stake in claiming: ground taken or given up, fights, interceptions, atrocities alleged
OUTCOME_TYPES = frozenset(
    {
        TERRITORY,
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
        "Armed clash",
        "Disrupted weapons use",
        "Chemical weapon",
        "Sexual violence",
    }
)
CONTINUING_TYPES = frozenset({"Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"})


@dataclass(frozen=True)
class Candidate:
    """An event before document-level merging and id assignment."""

    sentence: int
    start: int  # evidence offsets in the document
    end: int
    trigger_text: str
    sub_event_type: str
    modality: str
    period: Period | None
    place: LocatedMention | None
    actor1: Actor | None
    actor2: Actor | None
    claimant: Attribution | None
    claimant_actor: Actor | None
    fatalities: int | None
    anaphoric: bool  # "the withdrawal", "the attack": refers back to an event already reported
    follows_from_previous: bool = False  # "As a result, ...": the outcome of the previous sentence's event


@dataclass(frozen=True)
class SentenceContext:
    sdoc: Any
    sentence: Any
    index: int
    places: list[LocatedMention]  # resolved mentions of this sentence
    timexes: list[Timex]  # of this sentence, offsets in the document
    published: Period | None
    country_code: str | None  # the story's focus country
    previous_actor: Actor | None
    following_text: str = ""  # the next sentence, which often says how ground changed hands


def sentence_candidates(ctx: SentenceContext) -> list[Candidate]:
    """The events a sentence reports (one per place when it names several places in a list)."""
    sentence = ctx.sentence
    hit = choose_trigger(find_triggers(sentence.text.lower()))
    if hit is None:
        return []
    trigger = _trigger_token(ctx, hit)
    if trigger is None:
        return []
    attribution = find_attribution(trigger, sentence)
    modality = clause_modality(trigger, attribution)
    if modality is None:
        return []
    period, since = _event_period(ctx, trigger)
    if _is_background(period, since, ctx.published):
        modality = "historical"
    actors = find_actors(sentence.text, country_code=ctx.country_code)
    offset = sentence.start_char
    claimant_actor = _claimant_actor(attribution, ctx.country_code)
    actor1 = _actor1(trigger, hit, actors, offset, attribution, claimant_actor, ctx)
    if modality == "claimed" and not _party_claim(claimant_actor, hit.sub_event_type):
        modality = "asserted"
    actor2 = _actor2(actors, actor1, claimant_actor, hit, ctx.country_code)
    crowd = _crowd(hit.sub_event_type, ctx.country_code)
    if crowd is not None and (actor1 is None or actor1.kind != crowd.kind):
        actor1, actor2 = crowd, (actor1 if actor1 is not None and actor1.kind in ARMED_KINDS else actor2)
    places = _event_places(ctx, trigger)
    sub_event_type = hit.sub_event_type
    if sub_event_type == TERRITORY and not hit.rule.recapture and _person_taken(trigger, ctx.places):
        sub_event_type = "Arrests"  # "troops captured Ovidio Guzman": a person, not ground
    base = Candidate(
        sentence=ctx.index,
        start=sentence.start_char + len(sentence.text) - len(sentence.text.lstrip()),
        end=sentence.start_char + len(sentence.text.rstrip()),
        trigger_text=trigger.text,
        sub_event_type=sub_event_type,
        modality=modality,
        period=period,
        place=None,
        actor1=actor1,
        actor2=actor2,
        claimant=attribution,
        claimant_actor=claimant_actor,
        fatalities=find_fatalities(sentence.text),
        anaphoric=_anaphoric(trigger),
        follows_from_previous=CONSEQUENCE.search(sentence.text.lower()) is not None,
    )
    located: list[LocatedMention | None] = [*places] if places else [None]
    peaceful = PEACEFUL.search(f"{sentence.text} {ctx.following_text}".lower()) is not None
    return [
        replace(
            base,
            place=place,
            sub_event_type=_territory(sub_event_type, hit, actor1, place, peaceful),
            actor1=_localised(actor1, place),
            actor2=_localised(actor2, place),
        )
        for place in located
    ]


LOCAL_KINDS = {"civilians": "civilians", "protesters": "protesters", "rioters": "rioters"}


def _localised(actor: Actor | None, place: LocatedMention | None) -> Actor | None:
    """Civilians, protesters and rioters belong to the country where the event happens."""
    if actor is None or place is None or place.place is None or actor.kind not in LOCAL_KINDS:
        return actor
    if actor.country_code == place.place.country_code:
        return actor
    return resolve_actor(LOCAL_KINDS[actor.kind], country_code=place.place.country_code) or actor


CROWD_TYPES = {
    "Peaceful protest": "protesters",
    "Protest with intervention": "protesters",
    "Violent demonstration": "rioters",
    "Mob violence": "rioters",
}


def _crowd(sub_event_type: str, country_code: str | None) -> Actor | None:
    """Protests are coded with the protesters as first actor, riots with the rioters (ACLED's convention)."""
    word = CROWD_TYPES.get(sub_event_type)
    return resolve_actor(word, country_code=country_code) if word else None


def _party_claim(claimant: Actor | None, sub_event_type: str) -> bool:
    """A claim in ISW's sense: a party to the fighting reporting a military outcome. Witnesses, medics and
    officials describing damage report what happened; the reporter's attribution alone is not a claim."""
    return claimant is not None and claimant.kind in PARTY_KINDS and sub_event_type in OUTCOME_TYPES


def _person_taken(trigger: Any, places: list[LocatedMention]) -> bool:
    """ "Troops captured Ovidio Guzman": the one taken is a person, not a place."""
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.ent_type_ == "PERSON":
            return not any(p.mention.token_start <= child.i < p.mention.token_end for p in places)
    return False


def _trigger_token(ctx: SentenceContext, hit: TriggerHit) -> Any | None:
    start = ctx.sentence.start_char + hit.start
    span = ctx.sdoc.char_span(start, ctx.sentence.start_char + hit.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if span.root.pos_ in ("VERB", "NOUN"):
        return span.root  # "air strike": the head noun, which carries "an Israeli"
    verbs = [t for t in span if t.pos_ in ("VERB", "NOUN")]
    return verbs[0] if verbs else span.root


def _event_period(ctx: SentenceContext, trigger: Any) -> tuple[Period | None, bool]:
    """The period of the timex nearest the trigger; the publication date when the sentence has none."""
    usable = [t for t in ctx.timexes if t.kind in ("point", "since") and t.period is not None]
    if not usable:
        relative_only = any(t.kind == "point" and t.period is None for t in ctx.timexes)
        return (None if relative_only else ctx.published), False
    nearest = min(usable, key=lambda t: abs(t.start - trigger.idx))
    return nearest.period, nearest.kind == "since"


def _is_background(period: Period | None, since: bool, published: Period | None) -> bool:
    if since:
        return True
    if period is None or published is None:
        return False
    return period.end < published.start - HISTORICAL_GAP


def _claimant_actor(attribution: Attribution | None, country_code: str | None) -> Actor | None:
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


def _actor1(
    trigger: Any,
    hit: TriggerHit,
    actors: list[ActorMention],
    offset: int,
    attribution: Attribution | None,
    claimant_actor: Actor | None,
    ctx: SentenceContext,
) -> Actor | None:
    for token in _agent_tokens(trigger):
        if token.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            if claimant_actor is not None:
                return _as_force(claimant_actor, ctx.country_code)
            if ctx.previous_actor is not None:
                return ctx.previous_actor
            continue
        for candidate in token.subtree:
            mention = _mention_at(actors, offset, candidate)
            if mention is not None and mention.actor is not None and not _is_victim(mention.actor):
                return _as_force(mention.actor, ctx.country_code)
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
    if ctx.previous_actor is not None and hit.sub_event_type in CONTINUING_TYPES:
        return ctx.previous_actor  # "there was also fighting in ...": the fight the story is about
    return None


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


def _actor2(
    actors: list[ActorMention],
    actor1: Actor | None,
    claimant: Actor | None,
    hit: TriggerHit,
    country: str | None,
) -> Actor | None:
    for mention in actors:
        actor = _as_force(mention.actor, country) if mention.actor is not None else None
        if actor is None or actor in (actor1, claimant):
            continue
        if actor1 is not None and actor.side is not None and actor.side == actor1.side:
            continue
        if actor.kind in ARMED_KINDS or (actor.kind == "civilians" and hit.sub_event_type in VICTIM_TYPES):
            return actor
    return None


def _event_places(ctx: SentenceContext, trigger: Any) -> list[LocatedMention]:
    """The place of the event: the nearest listed place to the trigger, with the places listed with it."""
    usable = [p for p in ctx.places if not p.mention.government and p.place is not None]
    usable = [p for p in usable if not _in_doubt(p, usable, ctx.sdoc)]
    usable = [p for p in usable if not _is_container(p, usable, ctx.sdoc)]
    if not usable:
        return []
    towns = [p for p in usable if p.place is not None and p.place.feature_code not in ("PCLI",)]
    pool = towns or usable
    after = [p for p in pool if p.mention.start >= trigger.idx]
    first = min(after or pool, key=lambda p: abs(p.mention.start - trigger.idx))
    group = [first]
    for other in sorted(pool, key=lambda p: p.mention.start):
        if other is not first and _listed_with(group, other, ctx.sdoc):
            group.append(other)
    return sorted(group, key=lambda p: p.mention.start)


def _is_container(candidate: LocatedMention, others: list[LocatedMention], sdoc: Any) -> bool:
    """Whether the candidate names where another place is: "Kupiansk in Kharkiv", "Lyman in the Donetsk
    region". Only within one country: when the first resolved elsewhere ("Lido Beach in Mogadishu" found an
    Italian Lido), the first is the one in doubt and the second stays."""
    for other in others:
        if other is candidate or other.mention.end > candidate.mention.start:
            continue
        between = sdoc.text[other.mention.end : candidate.mention.start].strip().lower()
        if between in CONTAINER_GAPS and _same_country(other, candidate):
            return True
    return False


def _in_doubt(candidate: LocatedMention, others: list[LocatedMention], sdoc: Any) -> bool:
    """The first of "X in Y" when X resolved to another country than Y."""
    for other in others:
        if other is candidate or candidate.mention.end > other.mention.start:
            continue
        between = sdoc.text[candidate.mention.end : other.mention.start].strip().lower()
        if between in CONTAINER_GAPS and not _same_country(candidate, other):
            return True
    return False


def _same_country(a: LocatedMention, b: LocatedMention) -> bool:
    return a.place is not None and b.place is not None and a.place.country_code == b.place.country_code


def _listed_with(group: list[LocatedMention], other: LocatedMention, sdoc: Any) -> bool:
    for member in group:
        left, right = sorted((member, other), key=lambda p: p.mention.start)
        between = sdoc.text[left.mention.end : right.mention.start].strip().lower()
        if between in ("and", ",", ", and", "or", "as well as"):
            return True
    return False


CONSEQUENCE = re.compile(
    r"\b(?:as a result|as the result|following (?:the |these )?(?:clash|fighting|battle)|in the end)"
)
PEACEFUL = re.compile(
    r"\b(?:no fighting|without (?:a )?(?:fight|fighting|resistance|battle|a shot being fired)|"
    r"whether fighting|"
    r"no (?:armed )?(?:clashes|resistance)|after (?:\w+ ){0,4}?(?:troops|forces|soldiers|units) (?:had )?"
    r"(?:left|withdrew|retreated|pulled out|abandoned))\b"
)


def _territory(
    sub_event_type: str, hit: TriggerHit, actor1: Actor | None, place: LocatedMention | None, peaceful: bool
) -> str:
    """ACLED's convention: a state retaking its own ground regains territory; anyone else overtakes it;
    ground that changes hands without fighting is a non-violent transfer."""
    if sub_event_type != TERRITORY:
        return sub_event_type
    if peaceful:
        return "Non-violent transfer of territory"
    country = place.place.country_code if place is not None and place.place is not None else None
    if actor1 is not None and actor1.kind in ("military", "government", "police"):
        own = country is None or actor1.country_code == country
        return "Government regains territory" if own else "Non-state actor overtakes territory"
    if actor1 is None and hit.rule.recapture:
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _anaphoric(trigger: Any) -> bool:
    return trigger.pos_ == "NOUN" and any(c.lower_ == "the" for c in trigger.children if c.dep_ == "det")


def publication_day(published: Period | None) -> date | None:
    return published.start if published is not None else None


__all__ = ["Candidate", "SentenceContext", "publication_day", "sentence_candidates"]
