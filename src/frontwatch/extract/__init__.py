"""Extract: a normalised document and its parse in, coded events out (most salient first)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from frontwatch import EXTRACTOR_VERSION
from frontwatch.extract.act_days import dated_by_later_sentences
from frontwatch.extract.actor_periods import dated_name, dated_side
from frontwatch.extract.actors import find_actors, interaction, side_of
from frontwatch.extract.arrested import arrested_doers
from frontwatch.extract.associates import Told, associated_actors
from frontwatch.extract.branches import branch_for
from frontwatch.extract.claims import Attribution
from frontwatch.extract.countrywide import COUNTRY_LEVEL, country_level, words_for
from frontwatch.extract.event_places import dateline_place, note_dateline
from frontwatch.extract.events import (
    FIRM_TYPE,
    OTHER_BY_DEFAULT,
    Candidate,
    SentenceContext,
    sentence_candidates,
)
from frontwatch.extract.fatalities import toll_of
from frontwatch.extract.group_members import NON_STATE
from frontwatch.extract.locate import LocatedMention, read_places
from frontwatch.extract.merge import merge_candidates, salience_order
from frontwatch.extract.mishaps import no_news_of_violence
from frontwatch.extract.other_side import protest_order
from frontwatch.extract.person_names import weekday_in_a_name
from frontwatch.extract.places import doc_text
from frontwatch.extract.proposals import PROPOSER, Proposer, proposed_candidates
from frontwatch.extract.struck_civilians import civilians_struck
from frontwatch.extract.taxonomy import event_type_of, plover_for
from frontwatch.extract.timex import Timex, find_timexes
from frontwatch.extract.tolls import attach_tolls
from frontwatch.model import Actor, Document, Event, Period, Resolution

__all__ = ["event_id", "extract_events"]

FOLLOWING = 2  # sentences after an event where its claim of responsibility or its blame is told


STORY_DAYS = 3  # how long before publication a day named earlier in the story still sets its time


def story_day(timexes: list[Timex], before: int, published: Period | None) -> Period | None:
    """The last day named in the story before a sentence, when it lies just before publication."""
    if published is None:
        return None
    days = [
        day
        for t in timexes
        if t.end <= before
        and (day := t.day) is not None
        and 0 <= (published.start - day.start).days <= STORY_DAYS
    ]
    return days[-1] if days else None


OPENING = 200  # characters of a story's own text in which a label ("COMMENTARY —") may stand


def extract_events(doc: Document, sdoc: Any, gazetteer: Any, propose: Proposer | None = None) -> list[Event]:
    """Code the events of one document. `sdoc` is the spaCy parse of `doc.coded_text` (or a prefix of it).
    `propose`, when given, may propose one event where no trigger rule fires (extract/proposals.py)."""
    places = read_places(doc, sdoc, gazetteer)
    # the dateline's town is the fallback place of placeless events
    located = note_dateline(doc, sdoc, places.dateline, places.located)
    country_code = places.focus[0] if places.focus else _dateline_country(sdoc) or _groups_country(sdoc)
    anchor = doc.published.start if doc.published is not None else None
    timexes = [
        t
        for t in find_timexes(doc.coded_text[: len(doc_text(sdoc))], anchor)
        if not weekday_in_a_name(sdoc, t.start, t.end)
    ]
    candidates: list[Candidate] = []
    previous: Actor | None = None
    speaker: Attribution | None = None
    sources: tuple[Attribution, ...] = ()  # every source quoted so far, latest first
    sentences = list(sdoc.sents)
    if no_news_of_violence([s.text for s in sentences], doc.text[:OPENING]):
        return []  # a disaster or an accident told in the words of war, or an opinion piece
    contexts: list[SentenceContext] = []
    for index, sentence in enumerate(sentences):
        ctx = SentenceContext(
            sdoc=sdoc,
            sentence=sentence,
            index=index,
            places=[m for m in located if m.sentence == index],
            timexes=[t for t in timexes if sentence.start_char <= t.start < sentence.end_char],
            published=doc.published,
            country_code=country_code,
            previous_actor=previous,
            following_text=sentences[index + 1].text if index + 1 < len(sentences) else "",
            previous_attribution=speaker,
            following=tuple(sentences[index + 1 : index + 1 + FOLLOWING]),
            earlier_sources=sources,
            story_day=story_day(timexes, sentence.start_char, doc.published),
        )
        contexts.append(ctx)
        found = sentence_candidates(ctx)
        candidates.extend(found)
        previous = next((c.actor1 for c in found if c.actor1 is not None), previous)
        speaker = next((c.claimant for c in found if c.claimant is not None), speaker)
        sources = tuple(c.claimant for c in found if c.claimant is not None) + sources
    candidates = dated_by_later_sentences(candidates, contexts)
    candidates = arrested_doers(candidates, doc_text(sdoc), country_code)
    coder: str | None = None  # who found the events when the rules' triggers did not
    if not candidates and propose is not None:
        candidates, coder = proposed_candidates(contexts, propose), PROPOSER
    merged = merge_candidates(attach_tolls(candidates, sentences))
    ordered = salience_order(civilians_struck(merged, doc_text(sdoc), country_code))
    country = _story_country(gazetteer, country_code, located)
    events = [_event(doc, c if c.place is not None else replace(c, place=country)) for c in ordered]
    if coder is None:
        return events
    return [replace(e, extra={**e.extra, "type_coder": coder}) for e in events]


def _dateline_country(sdoc: Any) -> str | None:
    """The dateline's country, for a story that names no other ("CHANDIGARH — police said ..."): whose
    police and army the story's unnamed ones are."""
    dateline = dateline_place(sdoc)
    return dateline.place.country_code if dateline is not None and dateline.place is not None else None


def _story_country(
    gazetteer: Any, country_code: str | None, located: list[LocatedMention]
) -> LocatedMention | None:
    """Where an event that names no place of its own happened, as ACLED codes it: the story's country (geo
    precision 3), read from the words that name it ("in Nigeria's southeast"), else from its people's name
    or its dateline, which leave no span of their own."""
    if country_code is None:
        return None
    named = [lm for lm in located if lm.place is not None and lm.place.feature_code == "PCLI"]
    own = next((lm for lm in named if lm.place is not None and lm.place.country_code == country_code), None)
    if own is not None:
        return country_level(own)
    country = gazetteer.country(country_code)
    if country is None:
        return None
    return LocatedMention(words_for(country.name, -1, -1), Resolution(country, 0.0, COUNTRY_LEVEL, 1), -1)


def _groups_country(sdoc: Any) -> str | None:
    """The country of the first armed group the story names, for a story that names no place ("A spokesman
    for the Arakan Army said the military had used chemical munitions"): whose military it is."""
    for mention in find_actors(doc_text(sdoc)):
        actor = mention.actor
        if actor is not None and actor.kind in NON_STATE and actor.country_code is not None:
            return str(actor.country_code)
    return None


def event_id(document_hash: str, start: int, end: int, sub_event_type: str, geonameid: int | None) -> str:
    """Stable across runs: a hash of the document, the evidence span, the sub-event type and the place."""
    raw = f"{document_hash}|{start}|{end}|{sub_event_type}|{geonameid if geonameid is not None else ''}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def _sides(c: Candidate, day: str | None) -> tuple[tuple[str | None, int | None], ...]:
    """The first and second actors' names (dated, with the branch the type implies) and inter codes, in
    ACLED's order."""
    first, second = protest_order(c.sub_event_type, c.actor1, c.actor2)
    name1 = dated_name(first.name if first else None, day)
    name2 = dated_name(second.name if second else None, day)
    return (
        (branch_for(name1, c.sub_event_type), _inter(first, name1)),
        (branch_for(name2, ""), _inter(second, name2)),
    )


def _inter(actor: Actor | None, dated: str | None) -> int | None:
    """The actor's inter code; a group that became a state's army is coded as one ("SPLA" after 2011)."""
    if actor is None:
        return None
    renamed = actor.kind != "military" and dated is not None and dated.startswith("Military Forces of ")
    return 1 if renamed else actor.inter


def _event(doc: Document, c: Candidate) -> Event:
    place = c.place.place if c.place is not None else None
    geonameid = place.geonameid if place is not None else None
    plover_type, plover_mode = plover_for(c.sub_event_type, c.modality)
    day = c.period.start.isoformat() if c.period is not None else None
    (actor1, inter1), (actor2, inter2) = _sides(c, day)
    admin1 = place.admin1 if place is not None and place.admin1 else None
    evidence = doc.text[c.start : c.end]

    def named(name: str) -> str:
        return dated_name(name, day) or name

    country = place.country_code if place is not None else None
    assoc1, assoc2 = associated_actors(
        actor1, actor2, Told(c.sub_event_type, evidence, admin1, country, named)
    )
    return Event(
        doc_id=doc.doc_id,
        document_hash=doc.document_hash,
        event_id=event_id(doc.document_hash, c.start, c.end, c.sub_event_type, geonameid),
        event_date=c.period.start.isoformat() if c.period is not None else None,
        date_start=c.period.start.isoformat() if c.period is not None else None,
        date_end=c.period.end.isoformat() if c.period is not None else None,
        time_precision=c.period.time_precision if c.period is not None else None,
        event_type=event_type_of(c.sub_event_type),
        sub_event_type=c.sub_event_type,
        plover_type=plover_type,
        plover_mode=plover_mode,
        actor1=actor1,
        assoc_actor_1=assoc1,
        inter1=inter1,
        actor2=actor2,
        assoc_actor_2=assoc2,
        inter2=inter2,
        interaction=interaction(inter1, inter2),
        claimant=c.claimant.claimant if c.claimant is not None else None,
        claimant_actor=dated_name(c.claimant_actor.name if c.claimant_actor is not None else None, day),
        claimant_side=dated_side(
            side_of(c.claimant_actor), c.claimant_actor.kind if c.claimant_actor is not None else None, day
        ),
        modality=c.modality,
        location=place.name if place is not None else None,
        geonameid=geonameid,
        admin1=admin1,
        country=place.country if place is not None else None,
        country_code=place.country_code if place is not None else None,
        latitude=place.latitude if place is not None else None,
        longitude=place.longitude if place is not None else None,
        geo_precision=_geo_precision(c.place),
        fatalities=toll_of(c.sub_event_type, c.fatalities),
        evidence=evidence,
        evidence_start=c.start,
        evidence_end=c.end,
        confidence=_confidence(c),
        trigger=c.trigger_text,
        location_start=c.place.mention.start if c.place is not None and c.place.mention.end > 0 else None,
        location_end=c.place.mention.end if c.place is not None and c.place.mention.end > 0 else None,
        extractor_version=EXTRACTOR_VERSION,
        extra=_marks(c),
    )


def _marks(c: Candidate) -> dict[str, bool]:
    """What the rules tell the type classifier about an event: its type read from the grammar, its other
    side given by the type alone."""
    return {
        **({FIRM_TYPE: True} if c.firm else {}),
        **({OTHER_BY_DEFAULT: True} if c.other_by_default else {}),
    }


def _geo_precision(located: LocatedMention | None) -> int | None:
    if located is None or located.place is None:
        return None
    if located.mention.near and located.resolution.geo_precision == 1:
        return 2
    return located.resolution.geo_precision


def _confidence(c: Candidate) -> float:
    score = 0.35
    score += 0.2 if c.actor1 is not None else 0.0
    score += 0.25 * c.place.resolution.score if c.place is not None else 0.0
    score += 0.1 if c.period is not None else 0.0
    score += 0.05 if c.modality in ("asserted", "claimed") else 0.0
    return round(min(score, 0.95), 3)
