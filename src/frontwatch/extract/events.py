"""From one sentence to event candidates: trigger, attribution, modality, actors, places, date."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from frontwatch.extract.actor_periods import STATE_KINDS
from frontwatch.extract.actors import find_actors, resolve_actor
from frontwatch.extract.agents import (
    EXCESSIVE_FORCE,
    VICTIM_TYPES,
    claimant_actor_of,
    crowd_actor,
    first_actor,
)
from frontwatch.extract.anaphora import group_told_before, refers_back, the_storys_one_group
from frontwatch.extract.background_clauses import act_behind_a_toll, background_hit
from frontwatch.extract.claims import Attribution, clause_modality, find_attribution
from frontwatch.extract.clause_subjects import doers_text
from frontwatch.extract.doer_types import FORCES, as_its_doer_does, fight_with_forces, force_on_a_protest
from frontwatch.extract.event_dates import dated_back, event_timex, is_background, with_weekdays_of_last_week
from frontwatch.extract.event_places import choose_places, fire_origin_country
from frontwatch.extract.fatalities import find_fatalities
from frontwatch.extract.group_members import NON_STATE, UNNAMED
from frontwatch.extract.leaders_hit import whom_it_befell
from frontwatch.extract.local_actors import localised, speaker_here
from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.main_hit import anaphoric, main_hit
from frontwatch.extract.other_side import (
    crowds_other_side,
    defender,
    disappeared_by,
    other_side_by_default,
    second_actor,
    without_co_doers,
)
from frontwatch.extract.people_taken import person_taken
from frontwatch.extract.perpetrators import Culprit, find_culprit
from frontwatch.extract.place_tolls import tolls_by_place
from frontwatch.extract.places import doc_text
from frontwatch.extract.protest_clashes import protest_clash
from frontwatch.extract.state_roles import (
    arresting_force,
    changed_group,
    government_of,
    mutinous,
    mutiny_of,
    policing_the_crowd,
)
from frontwatch.extract.taxonomy import SUB_EVENT_TYPES, TERRITORY
from frontwatch.extract.territory import retaken_from_a_group, territory_type
from frontwatch.extract.timex import Timex
from frontwatch.extract.trigger_rule import DECLARED_TRUCE, GAVE_UP, PASSIVE_KILLING
from frontwatch.extract.triggers import TriggerHit, find_triggers
from frontwatch.extract.unattributed import held_alone
from frontwatch.extract.venues import at_state_level, away_from_the_venue
from frontwatch.extract.war_defaults import (
    bombers_group,
    disrupting_force,
    invading_force,
    unclaimed_fire,
    war_default_doer,
)
from frontwatch.model import Actor, Period

PARTY_KINDS = frozenset({"military", "government", "rebels", "militia", "external", "armed group"})
# outcomes a side has a stake in claiming: ground taken or given up, fights, interceptions, atrocities alleged
OUTCOME_TYPES = frozenset(
    {
        TERRITORY,
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Disrupted weapons use",
    }
    | {"Chemical weapon", "Sexual violence"}
)
ACCUSATION_TYPES = frozenset({"Chemical weapon", "Sexual violence"})
# acts whose doer a claim or blame may name: a fight with men the text calls only "rebels" too
BLAMED_TYPES = VICTIM_TYPES | {"Armed clash"}


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
    aside: bool = False  # told in a clause that sets the scene ("a week after Russia fired missiles")
    toll_only: bool = False  # "X was killed": the toll of the event just told, if there is one
    firm: bool = False  # its type rests on the grammar: a classifier of words may not re-type it
    other_by_default: bool = False  # its other side is the type's default, not a party the text names
    told_after: bool = False  # it came after ("hours later", "have since rounded up", "suspects were held")
    doers: str = ""  # the words of the trigger's subject ("Groups of youths" burned tyres)


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
    previous_attribution: Attribution | None = None  # who spoke last: "it" and "they" refer back to them
    following: tuple[Any, ...] = ()  # the next sentences (spans), where a claim or blame often follows
    earlier_sources: tuple[Attribution, ...] = ()  # the sources quoted before, latest first
    # the day the story's earlier sentences last named, close before publication: a sentence that names no
    # time goes on with it ("... the biggest protest on Saturday night. Police estimated that 300,000 people
    # filled the streets ...")
    story_day: Period | None = None


def sentence_candidates(ctx: SentenceContext) -> list[Candidate]:
    """The events a sentence reports (one per place when it names several places in a list)."""
    following = ctx.following[0].text.lower() if ctx.following else ""
    chosen = main_hit(ctx, find_triggers(ctx.sentence.text.lower(), _blame_text(ctx), following))
    if chosen is None or chosen[1] is None:
        return []
    return hit_candidates(ctx, *chosen)


def hit_candidates(ctx: SentenceContext, hit: TriggerHit, trigger: Any) -> list[Candidate]:
    """The events of the sentence's chosen hit, told by its trigger token."""
    hit = protest_clash(hit, ctx.sentence.text)
    found = find_attribution(trigger, ctx.sentence)
    attribution = _named(found, ctx.previous_attribution, ctx.earlier_sources)
    modality = clause_modality(trigger, attribution)
    if modality is None:
        return []  # a purpose clause ("to liberate Donbas"): no event
    period, since = _event_period(ctx, trigger)
    if is_background(period, since, ctx.published, ctx.sentence.text[hit.start : hit.end + len(" since")]):
        modality = "historical"
    cast = _cast(ctx, trigger, hit, attribution)
    if modality == "claimed" and not _party_claim(cast, hit.sub_event_type):
        modality = "asserted"
    sub_event_type = hit.sub_event_type
    if sub_event_type == TERRITORY and not hit.rule.recapture and person_taken(trigger, ctx.places):
        # "troops captured Ovidio Guzman": a person, not ground; "captured a man" in another country: abducted
        foreign = _foreign_force(cast.actor1, ctx.country_code)
        sub_event_type = "Abduction/forced disappearance" if foreign else "Arrests"
    if hit.rule.priority == GAVE_UP and cast.actor2 is not None and cast.actor2.kind in FORCES:
        cast = replace(cast, actor1=cast.actor2, actor2=cast.actor1)  # "gave themselves up to Cypriot police"
    sub_event_type = as_its_doer_does(sub_event_type, cast.actor1)
    if hit.rule.priority == DECLARED_TRUCE and cast.actor1 is not None and cast.actor1.kind in NON_STATE:
        sub_event_type = "Change to group/activity"  # "ETA declared a permanent ceasefire"
        cast = replace(cast, actor2=None)  # a group's change has no other side
    sub_event_type = fight_with_forces(sub_event_type, cast.actor1, cast.actor2)
    if force_on_a_protest(sub_event_type, cast.actor1, ctx.sentence.text):
        sub_event_type = EXCESSIVE_FORCE  # the crowd first, the force that fired on it its other side
        crowd = resolve_actor("protesters", country_code=ctx.country_code)
        cast = replace(cast, actor1=crowd, actor2=cast.actor1)
    base = _candidate(ctx, trigger, sub_event_type, modality, period, cast, attribution)
    # "police fired tear gas after protesters threw stones": the riot the police answered is the story's
    if background_hit(hit, trigger) and not (
        SUB_EVENT_TYPES.get(sub_event_type) in CROWDS and act_behind_a_toll(trigger)
    ):
        base = replace(base, aside=True)
    base = replace(base, toll_only=hit.rule.priority == PASSIVE_KILLING, firm=hit.firm or hit.rule.firm)
    return _at_each_place(base, ctx, trigger, hit)


# `Event.extra` key: the rules read the type from the grammar, so the type classifier leaves it
FIRM_TYPE = "type_firm"
OTHER_BY_DEFAULT = "actor2_by_default"  # Event.extra: the other side follows from the type alone
CROWDS = frozenset({"Protests", "Riots"})  # a crowd acts as itself, never as a group told before
BLAMING = re.compile(r"\b(?:blam\w*|accus\w*|responsib\w*|claimed|attribut\w*)\b", re.IGNORECASE)


def _blame_text(ctx: SentenceContext) -> str:
    """The next sentence, when it says who was behind the event ("The government blamed Houthi missiles"):
    it names the armed party the sentence itself leaves out."""
    following = ctx.following[0].text if ctx.following else ""
    return following.lower() if BLAMING.search(following) else ""


# "an attack repelled by Ukrainian forces", "attacked two positions but were pushed back by government troops"
REPELLING = re.compile(r"repel|repuls|(?:were|was) (?:pushed|beaten|driven|fought) (?:back|off) by\b")
DISPLACING = re.compile(r"evacuat|deport|displac|forcibly (?:moved|transferred)")
# "Ukraine and Russia traded blame for shelling the plant": the doer is in dispute, so the sentence names
# none; the account of either side, told next, carries its own
MUTUAL_BLAME = re.compile(
    r"\b(?:trad(?:ed|e|ing)|exchang(?:ed|e|ing)) (?:blame|accusations)\b|"
    r"\b(?:blam|accus)(?:ed|e|es|ing) (?:each other|one another)\b"
)
PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def _named(
    attribution: Attribution | None, previous: Attribution | None, earlier: tuple[Attribution, ...] = ()
) -> Attribution | None:
    """ "It said": the claimant is whoever the story last quoted; "the defence ministry said": the
    source the story named in full before ("Russia's defence ministry")."""
    if attribution is None:
        return attribution
    if previous is not None and attribution.claimant.lower() in PRONOUNS:
        return replace(previous, verb=attribution.verb)
    same = next((e for e in earlier if _same_source(attribution.claimant, e.claimant)), None)
    return replace(same, verb=attribution.verb) if same is not None else attribution


def _same_source(claimant: str, previous: str) -> bool:
    """ "Russia's defence ministry said ... The defence ministry said": the same source again."""
    words = claimant.lower().split()
    if len(words) < 2 or words[0] != "the":
        return False
    earlier = previous.lower()
    return earlier != claimant.lower() and earlier.endswith(" " + " ".join(words[1:]))


@dataclass(frozen=True)
class Cast:
    actor1: Actor | None
    actor2: Actor | None
    claimant: Actor | None
    other_by_default: bool = False  # the other side is ACLED's default for the type, not named in the text


def _cast(ctx: SentenceContext, trigger: Any, hit: TriggerHit, attribution: Attribution | None) -> Cast:
    """The doer, the other side and the claimant of the sentence's event."""
    actors = find_actors(ctx.sentence.text, country_code=ctx.country_code)
    offset = ctx.sentence.start_char
    sub = hit.sub_event_type
    claimant = claimant_actor_of(attribution, ctx.country_code)
    blame = MUTUAL_BLAME.search(ctx.sentence.text.lower())
    if blame is not None and blame.end() <= hit.start:  # not "a truce held, both accusing each other"
        return Cast(None, None, claimant)
    culprit = _culprit(ctx, sub)
    actor1 = first_actor(
        trigger, sub, actors, offset, attribution, claimant, ctx.country_code, ctx.previous_actor, culprit
    )
    actor1 = _lone_attacker(ctx, sub, actor1)
    if refers_back(actor1, ctx.sentence.text[: hit.start]) and SUB_EVENT_TYPES.get(sub) not in CROWDS:
        actor1 = group_told_before(list(ctx.sdoc.sents), ctx.index, ctx.country_code) or actor1
    elif SUB_EVENT_TYPES.get(sub) not in CROWDS:
        actor1 = (
            the_storys_one_group(actor1, ctx.sentence.text, list(ctx.following), ctx.country_code) or actor1
        )
    if sub == "Other":
        actor1 = mutiny_of(actor1, ctx.sentence.text[hit.start : hit.end], ctx.country_code)
    elif sub == "Agreement":
        actor1 = government_of(actor1, actors, ctx.sentence.text)
    elif sub == "Arrests":
        actor1 = arresting_force(actor1, actors, ctx.country_code, hit.start)
    elif sub == "Change to group/activity":
        actor1 = changed_group(actor1, actors, hit.start, ctx.sentence.text)
    elif sub == "Disrupted weapons use":
        actor1 = disrupting_force(actor1, ctx.sentence.text[hit.start : hit.end], ctx.country_code)
    if sub != "Other":
        actor1 = mutinous(actor1, ctx.sentence.text, hit.start, ctx.country_code)
    others = without_co_doers(actors, actor1, sub, ctx.sentence.text, hit.start, ctx.country_code)
    actor2 = second_actor(others, actor1, claimant, sub, ctx.country_code, ctx.sentence.text)
    actor2 = whom_it_befell(actor2, sub, ctx.sentence.text, ctx.country_code)
    if sub == "Agreement":
        actor2 = government_of(
            actor2, actors, ctx.sentence.text
        )  # "Armenia and Azerbaijan agreed": both governments
    if actor2 is not None and REPELLING.match(ctx.sentence.text[hit.start : hit.end + len(" by")].lower()):
        actor1, actor2 = actor2, actor1  # "an attack repelled by Ukrainian forces": the attacker comes first
    actor1, actor2 = disappeared_by(sub, ctx.sentence.text[hit.start : hit.end], actor1, actor2)
    crowd = crowd_actor(sub, ctx.country_code)
    if sub == "Other" and DISPLACING.match(ctx.sentence.text[hit.start : hit.end].lower()):
        crowd = resolve_actor("civilians", country_code=ctx.country_code)  # the displaced come first
    # "Hundreds of Israeli settlers rampaged": a militia acting as a mob stays the first actor
    mob_of_militia = sub == "Mob violence" and actor1 is not None and actor1.kind == "militia"
    if crowd is not None and not mob_of_militia and (actor1 is None or actor1.kind != crowd.kind):
        actor1, actor2 = crowd, crowds_other_side(actor1, actor2, ctx.sentence.text, hit.start)
    actor1 = policing_the_crowd(actor1, sub, ctx.sentence.text)
    actor2 = policing_the_crowd(actor2, sub, ctx.sentence.text)
    if sub == "Other" and actor1 is None and actor2 is not None:  # "Mutinous soldiers seized the broadcaster"
        rising = mutiny_of(actor2, ctx.sentence.text, ctx.country_code)
        if rising is not actor2:
            actor1, actor2 = rising, None
    other = other_side_by_default(sub, actor1, actor2, ctx.country_code, ctx.sentence.text)
    return Cast(actor1, other, claimant, other_by_default=actor2 is None and other is not None)


def _culprit(ctx: SentenceContext, sub_event_type: str) -> Culprit | None:
    """The party claiming or blamed for the act. A state blamed for a fight with gunmen is only blamed
    ("Pristina blamed Belgrade"): the men who fought stay unidentified."""
    if sub_event_type not in BLAMED_TYPES:
        return None
    culprit = find_culprit((ctx.sentence, *ctx.following), ctx.country_code)
    if (culprit is None or not culprit.claimed) and ctx.index > 0:
        # "Islamic State said the attack was retaliation ... A suicide bomber drove a lorry ...": a claim
        # told just before the act
        before = find_culprit((list(ctx.sdoc.sents)[ctx.index - 1],), ctx.country_code)
        culprit = before if before is not None and before.claimed else culprit
    if culprit is not None and sub_event_type == "Armed clash" and not culprit.claimed:
        return None if culprit.actor.kind in STATE_KINDS else culprit
    return culprit


def _lone_attacker(ctx: SentenceContext, sub_event_type: str, actor1: Actor | None) -> Actor | None:
    """An attack with no named doer whose story gives one person as the attacker ("A man armed with a knife
    ...", "... A 71-year-old man was detained at the scene") is ACLED's sole perpetrator."""
    if actor1 is not None and not actor1.name.startswith(UNNAMED):
        return actor1
    if not held_alone(ctx.sentence.text, [s.text for s in ctx.following], sub_event_type):
        return actor1
    return resolve_actor("lone attacker", country_code=ctx.country_code) or actor1


def _candidate(
    ctx: SentenceContext,
    trigger: Any,
    sub_event_type: str,
    modality: str,
    period: Period | None,
    cast: Cast,
    attribution: Attribution | None,
) -> Candidate:
    text = ctx.sentence.text
    return Candidate(
        sentence=ctx.index,
        start=ctx.sentence.start_char + len(text) - len(text.lstrip()),
        end=ctx.sentence.start_char + len(text.rstrip()),
        trigger_text=trigger.text,
        sub_event_type=sub_event_type,
        modality=modality,
        period=period,
        place=None,
        actor1=cast.actor1,
        actor2=cast.actor2,
        claimant=attribution,
        claimant_actor=cast.claimant,
        fatalities=find_fatalities(text),
        anaphoric=anaphoric(trigger),
        follows_from_previous=CONSEQUENCE.search(text.lower()) is not None,
        other_by_default=cast.other_by_default,
        told_after=AFTERWARDS.search(text) is not None,
        doers=doers_text(trigger),
    )


# "was arrested at his home hours later", "security forces have since rounded up dozens"
AFTERWARDS = re.compile(r"\b(?:later|since|afterwards|subsequently|aftermath|suspects)\b(?! than\b)", re.I)


def _from_where_fired(actor: Actor | None, ctx: SentenceContext) -> Actor | None:
    """An unidentified group that fired from another country is that country's ("rockets fired from
    southern Lebanon hit northern Israel": Unidentified Armed Group (Lebanon))."""
    if actor is None or not actor.name.startswith("Unidentified Armed Group"):
        return actor
    origin = fire_origin_country(ctx.places, ctx.sdoc)
    if origin is None or origin == actor.country_code:
        return actor
    return resolve_actor("unidentified armed group", country_code=origin) or actor


def _at_each_place(base: Candidate, ctx: SentenceContext, trigger: Any, hit: TriggerHit) -> list[Candidate]:
    """One event per place the sentence lists, with the territory and actors that place implies."""
    places = choose_places(ctx.places, ctx.sdoc, trigger, ctx.country_code)
    parties = [a.country_code for a in (base.actor1, base.actor2) if a is not None]
    if base.sub_event_type == "Agreement" and parties and None not in parties:
        places = away_from_the_venue(places, {c for c in parties if c is not None}, ctx.sdoc, trigger)
        if any(a is not None and a.kind in NON_STATE for a in (base.actor1, base.actor2)):
            places = at_state_level(places, {c for c in parties if c is not None}, ctx.sdoc)
    located: list[LocatedMention | None] = [*places] if places else [None]
    peaceful = PEACEFUL.search(f"{ctx.sentence.text} {ctx.following_text}".lower()) is not None
    forced = FORCED_OUT.search(ctx.sentence.text.lower()) is not None
    tolls = tolls_by_place(base.fatalities, places, ctx.places, ctx.sentence)
    events = []
    for place, fatalities in zip(located, tolls, strict=True):
        event = replace(base, place=place, fatalities=fatalities)
        if event.actor1 is None:
            doer = war_default_doer(event.sub_event_type, place, event.period)
            if doer is None and not MUTUAL_BLAME.search(ctx.sentence.text.lower()):
                doer = unclaimed_fire(event.sub_event_type, place)  # a doer in dispute stays open
            # the sentence's only force was the doer all along, not the other side
            other = None if doer is not None and event.actor2 == doer else event.actor2
            event = replace(event, actor1=doer, actor2=other)
        event = replace(event, actor1=bombers_group(event.sub_event_type, event.actor1, place, event.period))
        if base.sub_event_type == "Non-violent transfer of territory" and forced:
            event = _taken_by_the_other_side(event)
            if event.actor1 is None and event.sub_event_type == "Non-state actor overtakes territory":
                event = replace(event, actor1=invading_force(place, event.period))
        sub_event_type = territory_type(
            event.sub_event_type,
            hit,
            event.actor1,
            place,
            peaceful,
            ctx.sentence.text[hit.start : hit.end],
            ctx.sentence.text,
            event.period.start.isoformat() if event.period is not None else None,
        )
        country = place.place.country_code if place is not None and place.place is not None else None
        held_by = event.actor2 or defender(sub_event_type, event.actor1, country)
        events.append(
            replace(
                event,
                sub_event_type=sub_event_type,
                actor1=_from_where_fired(localised(event.actor1, place, ctx.country_code), ctx),
                actor2=localised(held_by, place, ctx.country_code),
                # the army holding the ground, added here, is the type's default too
                other_by_default=event.other_by_default or (event.actor2 is None and held_by is not None),
                firm=event.firm or retaken_from_a_group(sub_event_type, event.actor1, held_by, trigger),
                claimant_actor=speaker_here(_source_words(event), event.claimant_actor, place),
            )
        )
    return events


def _source_words(event: Candidate) -> str | None:
    return event.claimant.claimant if event.claimant is not None else None


FORCED_OUT = re.compile(
    r"\b(?:(?:after|following|amid) (?:[\w-]+ ){0,4}?(?:fighting|battles?|offensive|assaults?|siege|"
    r"encirclement|clashes|shelling|bombardment)|under (?:heavy )?(?:fire|pressure)|to avoid (?:being )?"
    r"encircle\w*|claimed control|(?:took|taken|seized|captured) control)\b"
)


def _taken_by_the_other_side(event: Candidate) -> Candidate:
    """A withdrawal forced by fighting is ground taken by the other side (ACLED codes the taker): a state
    leaving its own ground loses it to a non-state or foreign force; a foreign force leaving gives it back."""
    place = event.place.place if event.place is not None else None
    withdrawer, taker = event.actor1, event.actor2
    own = place is None or withdrawer is None or withdrawer.country_code == place.country_code
    if withdrawer is not None and withdrawer.kind not in STATE_KINDS:
        # "the militia pulled its fighters out of Mindat after days of assault by the army": the state's
        # forces took their own ground back
        home = taker is not None and (place is None or taker.country_code == place.country_code)
        own = not (home and taker is not None and taker.kind in STATE_KINDS)
    sub_event_type = "Non-state actor overtakes territory" if own else "Government regains territory"
    return replace(event, sub_event_type=sub_event_type, actor1=taker, actor2=withdrawer)


def _party_claim(cast: Cast, sub_event_type: str) -> bool:
    """A claim in ISW's sense: a party to the fighting reporting a military outcome in its favour, or
    accusing the other side of an atrocity. Witnesses, medics and officials describing damage report what
    happened, and so does a side that admits a loss; the reporter's attribution alone is not a claim."""
    claimant = cast.claimant
    if claimant is None or claimant.kind not in PARTY_KINDS or sub_event_type not in OUTCOME_TYPES:
        return False
    doer = cast.actor1.side if cast.actor1 is not None else None
    if sub_event_type in ACCUSATION_TYPES:
        return doer is None or claimant.side != doer
    return doer is not None and claimant.side == doer


def _foreign_force(actor: Actor | None, country_code: str | None) -> bool:
    """A state's forces outside their own country: "Russian forces captured a journalist" in a story about
    Ukraine is an abduction, not an arrest."""
    if actor is None or country_code is None or actor.kind not in ("military", "police"):
        return False
    return actor.country_code not in (None, country_code)


def _event_period(ctx: SentenceContext, trigger: Any) -> tuple[Period | None, bool]:
    """The period of the timex nearest the trigger; the publication date when the sentence has none."""
    usable = [t for t in ctx.timexes if t.kind in ("point", "since") and t.period is not None]
    if not usable:
        relative_only = any(t.kind == "point" and t.period is None for t in ctx.timexes)
        return dated_back(None if relative_only else ctx.story_day or ctx.published, trigger, None), False
    nearest = event_timex(with_weekdays_of_last_week(usable, doc_text(ctx.sdoc)), trigger)
    if nearest is None:
        return dated_back(ctx.published, trigger, None), False
    # "from Friday night into Saturday": a span with its end, not a state going on since then
    bounded = nearest.text.lower().startswith("from") and any(t.start > nearest.end for t in ctx.timexes)
    # "between 16 and 21 February": days with their end, not a state going on since the first
    span = nearest.period
    bounded = bounded or (span is not None and span.granularity == "day" and span.end > span.start)
    return dated_back(nearest.period, trigger, nearest.start), nearest.kind == "since" and not bounded


CONSEQUENCE = re.compile(
    r"\b(?:as a result|as the result|following (?:the |these )?(?:clash|fighting|battle)|in the end)"
)
PEACEFUL = re.compile(
    r"\b(?:no fighting|without (?:a )?(?:fight|fighting|resistance|battle|a shot being fired)|"
    r"without firing a (?:single )?shot|"
    r"surrendered to them|"
    r"whether fighting|"
    r"no (?:armed )?(?:clashes|resistance))\b(?! (?:[\w-]+ ){0,4}?under (?:attack|fire|pressure))"
    # "after troops pulled out following a night of heavy fighting": ground taken in a fight
    r"(?! (?:[\w-]+ ){0,6}?(?:fighting|clashes|battles?|assaults?|attacks?)\b)"
)


__all__ = ["Candidate", "SentenceContext", "sentence_candidates"]
