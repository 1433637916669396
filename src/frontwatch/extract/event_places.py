"""Where an event happened, among the places its sentence names, else where the story is datelined or
the place the story last named."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from frontwatch.extract.capitals import named_capital
from frontwatch.extract.container_gaps import says_where
from frontwatch.extract.country_votes import ELSEWHERE_BEFORE
from frontwatch.extract.countrywide import across_the_country, words_for
from frontwatch.extract.dateline_towns import told_from_the_dateline
from frontwatch.extract.datelines import ExtraToponym
from frontwatch.extract.locate import GAZETTEER, STORY_PLACES, LocatedMention, story_places
from frontwatch.extract.place_precision import in_the_source, town_before_its_area
from frontwatch.extract.place_roles import (
    bound_for,
    came_from,
    destination,
    objecting,
    origin_of_fire,
    owns_a_force,
    titles_a_person,
    travelled_to,
)
from frontwatch.extract.place_roles import fire_origin_country as fire_origin_country  # events.py's
from frontwatch.extract.places import PlaceMention, doc_text, modifies_a_noun
from frontwatch.extract.speech_places import where_it_was_said
from frontwatch.geo.keys import name_key
from frontwatch.geo.seats import admin_seat
from frontwatch.geo.waters import WATER_CODES
from frontwatch.model import Document, Resolution

DATELINE_PLACE = "frontwatch.dateline_place"  # sdoc.user_data key, set by `note_dateline`


def choose_places(
    places: list[LocatedMention], sdoc: Any, trigger: Any, focus: str | None = None
) -> list[LocatedMention]:
    """The place of the event: the nearest listed place to the trigger, with the places listed with it.

    A sentence that names no place, or only a country, goes on with the story's place: the place the
    story named last before it (in that country), else the first place the story names after it in that
    country (a lede whose place comes in the next paragraph), else the dateline's town when it lies in
    that country ("KHARTOUM (Reuters) - Sudan's military seized power"): the dateline is where the
    reporter files, so the story's own places come first. When every place before lies outside the
    story's focus country, the dateline in it comes first ("The attack came as the army chief was
    visiting Washington. ...")."""
    return [at_seat(p, sdoc) for p in _event_places(places, sdoc, trigger, focus)]


def at_seat(located: LocatedMention, sdoc: Any) -> LocatedMention:
    """An event known only by its region is put where ACLED puts it: at the region's seat (the area stays
    the place, with geo_precision 3; only the coordinates move from the area's centroid)."""
    area = located.place
    gazetteer = sdoc.user_data.get(GAZETTEER)
    if area is None or gazetteer is None or area.feature_code != "ADM1":
        return located
    seat = admin_seat(gazetteer, area)
    if seat is None:
        return located
    moved = replace(area, latitude=seat.latitude, longitude=seat.longitude)
    return replace(located, resolution=replace(located.resolution, place=moved))


def _event_places(
    places: list[LocatedMention], sdoc: Any, trigger: Any, focus: str | None
) -> list[LocatedMention]:
    coded = _coded_to(sdoc)
    if coded is not None:
        return [coded]
    chosen = _sentence_places(places, sdoc, trigger)
    if chosen and not _only_countries(chosen):
        return told_from_the_dateline(
            chosen, places, dateline_place(sdoc), sdoc.user_data.get(GAZETTEER), trigger.sent
        )
    country = across_the_country(sdoc, trigger, chosen, focus)
    if country is not None:
        return [country]
    capital = _capital_in_sentence(sdoc, trigger, chosen)
    if capital is not None:
        return [capital]
    usable = [
        p
        for p in story_places(sdoc)
        if p.place is not None and not p.mention.government and not owns_a_force(p, sdoc)
    ]
    before = [
        p
        for p in usable
        if p.mention.start < trigger.sent.start_char
        and _fits(p, chosen)
        and p.place not in _countries(chosen)
    ]
    dateline = dateline_place(sdoc)
    home = dateline if dateline is not None and _in(dateline, focus) and _fits(dateline, chosen) else None
    if home is not None and _all_abroad(before, focus):
        return [home]  # "... was visiting Washington. Militants drove a car bomb into ...": at home
    towns = [p for p in before if p.place is not None and p.place.feature_class == "P"]
    if towns or before:
        return (towns or before)[-1:]  # "Olenivka, in the Donetsk region": the town, not its region
    if dateline is not None and _fits(dateline, chosen) and THE_CITY.search(trigger.sent.text):
        return [dateline]  # "WINDHOEK: Police ... the city's central business district": the dateline's city
    # (not "the inquiry into the Beirut refugee camp massacre": another event's place)
    later = [
        p
        for p in usable
        if p.mention.start >= trigger.sent.end_char
        and not where_it_was_said(p, sdoc)
        and not _qualifies_a_noun(p, sdoc)
    ]
    after = [p for p in later if _fits(p, chosen) and not _only_countries([p])][:1]
    if after:
        return after
    if dateline is not None and _fits(dateline, chosen):
        return [dateline]
    if chosen:
        return chosen
    return later[:1]


# "the city's central business district", "across the capital": the dateline's city ("the city of Kaya" names
# another)
# "the central bus station of this coastal town": the dateline's town too
THE_CITY = re.compile(
    r"\b(?:the (?:city|capital)(?:'s\b|\b(?! of\b))|this (?:[\w-]+ ){0,2}?(?:city|town|port|capital|resort))",
    re.IGNORECASE,
)


def _all_abroad(places: list[LocatedMention], focus: str | None) -> bool:
    return bool(places) and focus is not None and not any(_in(p, focus) for p in places)


def _in(located: LocatedMention, country: str | None) -> bool:
    return located.place is not None and located.place.country_code == country


CODED_TO = re.compile(r"\bcoded to (?:the )?$", re.IGNORECASE)


def _coded_to(sdoc: Any) -> LocatedMention | None:
    """ "(coded to Dnipro)", "[coded to Lutsk]": a note that says where its event is put has the last word."""
    text = doc_text(sdoc)
    for located in story_places(sdoc):
        start = located.mention.start
        if located.place is not None and CODED_TO.search(text[max(0, start - 14) : start]):
            return located
    return None


def _capital_in_sentence(sdoc: Any, trigger: Any, chosen: list[LocatedMention]) -> LocatedMention | None:
    """ "drones over the capital", "in the Ukrainian capital": the capital city, of the country the words
    name, else of the country the sentence names, else of the country the story's places are in most."""
    gazetteer = sdoc.user_data.get(GAZETTEER)
    if gazetteer is None:
        return None
    # (not a country that only qualifies a noun: "United States Marines ... around a hotel on the edge of the
    # capital" in a SANTO DOMINGO story)
    story = Counter(
        p.place.country_code
        for p in story_places(sdoc)
        if p.place is not None and not _qualifies_a_noun(p, sdoc) and not owns_a_force(p, sdoc)
    )
    countries = [p.place.country_code for p in chosen if p.place is not None]
    countries += [code for code, _n in story.most_common()]
    sentence = trigger.sent
    found = named_capital(sentence.text, gazetteer, countries)
    if found is None:
        return None
    place, start, end = found
    at = sentence.start_char
    mention = words_for(sentence.text[start:end], at + start, at + end, "settlement")
    return LocatedMention(mention, Resolution(place, CAPITAL_SCORE, 1, 1), -1)


CAPITAL_SCORE = 0.7  # "the capital" is sure of its country, less of being the event's place


def _fits(candidate: LocatedMention, chosen: list[LocatedMention]) -> bool:
    """Whether a place can stand for the sentence's country (or for no place at all)."""
    town = candidate.place
    return town is not None and all(
        p.place is not None and p.place.country_code == town.country_code for p in chosen
    )


def _countries(chosen: list[LocatedMention]) -> list[Any]:
    return [p.place for p in chosen]


def _only_countries(chosen: list[LocatedMention]) -> bool:
    return all(p.place is not None and p.place.feature_code == "PCLI" for p in chosen)


def note_dateline(
    doc: Document, sdoc: Any, toponyms: list[ExtraToponym], located: list[LocatedMention]
) -> list[LocatedMention]:
    """Keep the dateline's town ("KHARTOUM (Reuters) -") with the parse, for the events whose sentence
    names no place of their own. The dateline is blanked before parsing, so it is resolved from the
    document here, in the dateline's own country when it names one.

    A dateline that says where its town is ("BUTLER, Pennsylvania") settles that name for the whole
    story: "the rally in Butler" is then the Pennsylvania town, not the Australian one."""
    found = [t for t in toponyms if t.mention_kind == "settlement"]
    if found and found[0].place is None:
        # "RAMBUKKANA, Sri Lanka —" with a town the gazetteer lacks: the country still says where
        found = [t for t in toponyms if t.mention_kind != "settlement" and t.place is not None][:1]
    if not found or found[0].place is None:
        sdoc.user_data.pop(DATELINE_PLACE, None)
        return located
    town = found[0]
    precision = 1 if town.mention_kind == "settlement" else 3
    mention = PlaceMention(
        text=town.text,
        start=town.start,
        end=town.end,
        token_start=-1,
        token_end=-1,
        kind="settlement" if precision == 1 else "any",
        near=False,
        government=False,
        from_gazetteer=True,
        tagged=False,
        cued=True,
    )
    resolution = Resolution(town.place, town.score, precision, 1)
    sdoc.user_data[DATELINE_PLACE] = LocatedMention(mention, resolution, -1)
    span = doc.dateline_span
    if precision != 1 or span is None or "," not in doc.text[span.start : span.end]:
        return located
    key = name_key(town.text)
    settled = [
        replace(lm, resolution=resolution)
        if name_key(lm.mention.text) == key
        and lm.place is not None
        and lm.place != town.place
        and lm.place.feature_class == "P"
        else lm
        for lm in located
    ]
    sdoc.user_data[STORY_PLACES] = settled
    return settled


def dateline_place(sdoc: Any) -> LocatedMention | None:
    """The dateline's town noted for this parse, if any."""
    found = sdoc.user_data.get(DATELINE_PLACE)
    return found if isinstance(found, LocatedMention) else None


def _sentence_places(places: list[LocatedMention], sdoc: Any, trigger: Any) -> list[LocatedMention]:
    usable = [p for p in places if not p.mention.government and p.place is not None]
    usable = [p for p in usable if not _in_doubt(p, usable, sdoc)]
    usable = [p for p in usable if not _is_container(p, usable, sdoc)]
    if not usable:
        return []
    # "the parents of Liverpool striker Luis Diaz ... in Barrancas": a name that qualifies a noun is not
    # where the event is, when the sentence names another place
    # where a country only qualifies a person ("tests by a U.S. toxicologist"), the sentence names no place
    usable = [p for p in usable if not titles_a_person(p, sdoc) and not bound_for(p, sdoc)]
    usable = [p for p in usable if not owns_a_force(p, sdoc)]
    usable = [p for p in usable if not travelled_to(p, sdoc, trigger)]
    usable = [p for p in usable if not _qualifies_a_noun(p, sdoc)] or [
        p for p in usable if p.place is not None and p.place.feature_code != "PCLI"
    ]
    # "the devastation Russia has inflicted": a country doing something is a party, not a place; "TOKYO -
    # The United States returned the islands": nor the only place, when the story has a dateline
    acting = [p for p in usable if _country_acting(p, sdoc)]
    usable = [p for p in usable if p not in acting] or ([] if dateline_place(sdoc) is not None else usable)
    # "an army camp near the border with Mali", "a man from Ivory Coast": a country named as elsewhere
    usable = [p for p in usable if not _named_elsewhere(p, sdoc)]
    usable = [p for p in usable if not came_from(p, sdoc) and not objecting(p, sdoc)]
    # "the Ekiti State police command said": where the source sits, when the act has a place of its own
    kept = [p for p in usable if not in_the_source(p, sdoc)]
    usable = kept if any(p.place is not None and p.place.feature_code != "PCLI" for p in kept) else usable
    if not usable:
        return []
    # "strike targets in Yemen after Red Sea shipping attacks", "in retaliation for attacks on shipping
    # in the Red Sea": a sea that qualifies a noun, or hangs from other nouns, is not where it happened
    usable = [p for p in usable if not _water_aside(p, sdoc, trigger)] or usable
    towns = [p for p in usable if p.place is not None and p.place.feature_code not in ("PCLI",)]
    pool = towns or usable
    # "naval artillery in the Black Sea on the Odesa region": the land the fire falls on, when named
    pool = [p for p in pool if p.place is not None and p.place.feature_code not in WATER_CODES] or pool
    # "people from Huliaipole were evacuated to Zaporizhia": a flight happens where people flee from
    pool = [p for p in pool if not destination(p, sdoc, trigger)] or pool
    # "a rocket fired from Gaza hit a car in Lod": fire lands where it hits, not where it was fired from
    pool = [p for p in pool if not origin_of_fire(p, sdoc)] or pool
    # "... ordered to withdraw, as fears grow that Lysychansk could fall": a place told in a side clause
    # of its own is another matter, when the trigger's clause names one
    pool = [p for p in pool if not _in_another_clause(p, sdoc, trigger)] or pool
    after = [p for p in pool if p.mention.start >= trigger.idx]
    first = _town_inside(min(after or pool, key=lambda p: abs(p.mention.start - trigger.idx)), pool)
    first = town_before_its_area(first, pool, sdoc) or first
    group = [first]
    for other in sorted(pool, key=lambda p: p.mention.start):
        if other is not first and _listed_with(group, other, sdoc):
            group.append(other)
    return sorted(group, key=lambda p: p.mention.start)


def _water_aside(located: LocatedMention, sdoc: Any, trigger: Any) -> bool:
    """A sea named before a noun, or hanging from two nouns or more below the trigger's line."""
    place = located.place
    root = _root(located, sdoc)
    if place is None or place.feature_code not in WATER_CODES or root is None:
        return False
    if root.dep_ == "compound":
        return True
    line = _trigger_line(trigger)
    nouns = 0
    for ancestor in root.ancestors:
        if ancestor.i in line:
            break
        nouns += ancestor.pos_ == "NOUN"
    return nouns >= 2


UNDERGOING = frozenset({"be", "come", "remain", "become", "face", "suffer", "see", "experience", "endure"})


ACROSS = re.compile(
    r"\b(?:borders? (?:with|of)|frontiers? (?:with|of)|border into)\s+(?:the\s+)?$", re.IGNORECASE
)


# people named by where they come from, not where the event was
COMING_FROM = re.compile(
    r"\b(?:tourists?|pilgrims?|visitors|holidaymakers|travell?ers|workers?|migrants?|traders?|students?|"
    r"worshippers|labourers|laborers|fishermen|nationals|families|refugees|"
    # "the suspect, a 30-year-old man from Chicago": where someone comes from
    r"\d+-year-old (?:[\w-]+ )?(?:man|woman|men|women)|"
    # "as a flight from Amsterdam came in to land at Detroit": where a flight took off
    r"flights?|airliners?) from (?:the )?(?:(?:island|province|region|state|district|village|town) of )?$"
    # "over the use of state funds for a private visit to London": a trip's end, told as its purpose
    r"|\b(?:(?:private|official|state|family|foreign) )?(?:visit|trip|journey) to $"
    # "aboard Flight 63 from Paris to Miami": where a flight was bound
    r"|\bflights?(?: \d+)? from (?:[\w-]+ ){1,3}?to $|\bflights? \d+ from $",
    re.IGNORECASE,
)


def _named_elsewhere(located: LocatedMention, sdoc: Any) -> bool:
    """A country named across a border, as someone's origin, as the other party to a deal or as a route's
    other end (`country_votes.ELSEWHERE_BEFORE`): not where the event happened."""
    place = located.place
    if place is None or located.mention.start < 0:
        return False
    before = doc_text(sdoc)[max(0, located.mention.start - 60) : located.mention.start]
    if place.feature_code != "PCLI":
        # "a bus carrying tourists from Gujarat"; not "students from Dembi Dolo University"
        after = doc_text(sdoc)[located.mention.end : located.mention.end + 2]
        return COMING_FROM.search(before) is not None and not after[1:2].isupper()
    return ACROSS.search(before) is not None or ELSEWHERE_BEFORE.search(before) is not None


def _country_acting(located: LocatedMention, sdoc: Any) -> bool:
    """A country named as the subject of an active verb ("Russia has inflicted"), unless the verb says
    what the country went through ("Ukraine came under fire", "Sudan has seen fighting")."""
    place = located.place
    root = _root(located, sdoc)
    if place is None or place.feature_code != "PCLI" or root is None:
        return False
    return bool(root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ not in UNDERGOING)


SIDE_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "parataxis"})


def _in_another_clause(located: LocatedMention, sdoc: Any, trigger: Any) -> bool:
    """The place sits in a clause that hangs off the sentence and does not hold the trigger."""
    root = _root(located, sdoc)
    if root is None:
        return False
    line = _trigger_line(trigger)
    for ancestor in (root, *root.ancestors):
        if ancestor.i in line:
            return False
        if ancestor.dep_ in SIDE_CLAUSES:
            return not (_where_they_were(ancestor) or _what_they_did_there(ancestor, line))
    return False


def _what_they_did_there(clause: Any, line: set[int]) -> bool:
    """ "opened fire on protesters who set fire to party offices in the town of Ranya": what the people the
    act befell were doing, where it befell them."""
    if clause.dep_ != "relcl" or clause.head.dep_ not in ("dobj", "pobj"):
        return False
    word = clause.head  # up through "against thousands of people who ..." to the act's verb
    while word.dep_ in ("dobj", "pobj", "prep") and word.i not in line:
        word = word.head
    return word.i in line


def _where_they_were(clause: Any) -> bool:
    """ "shot dead four tourists as they picnicked near the town of Aleg": what the victims were doing at the
    time, where the act befell them."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in clause.children)
    pronoun = any(c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she") for c in clause.children)
    return marked and pronoun and clause.tag_ == "VBD"


def _root(located: LocatedMention, sdoc: Any) -> Any | None:
    """The head token of a mention found in the parse (None for the dateline or a made-up mention)."""
    if located.mention.token_start < 0:
        return None
    return sdoc[located.mention.token_start : located.mention.token_end].root


def _trigger_line(trigger: Any) -> set[int]:
    """The trigger and the words it hangs from, up to the sentence's root."""
    return {trigger.i, *(a.i for a in trigger.ancestors)}


def _qualifies_a_noun(located: LocatedMention, sdoc: Any) -> bool:
    span = sdoc[located.mention.token_start : located.mention.token_end]
    return modifies_a_noun(span) or _names_another_event(span)


# "accountability for the Novi Sad railway station disaster", "the Pahalgam massacre": a place that
# names an incident told about is that incident's place, not the place of the sentence's event
INCIDENT_NOUNS = frozenset(
    {"disaster", "tragedy", "massacre", "killings", "collapse", "crash", "stampede", "uprising", "accords"}
)


def _names_another_event(span: Any) -> bool:
    if len(span) == 0 or span[-1].dep_ != "compound":
        return False
    head = span[-1].head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.i > span[-1].i and head.lemma_.lower() in INCIDENT_NOUNS


def _town_inside(chosen: LocatedMention, pool: list[LocatedMention]) -> LocatedMention:
    """A town the sentence names inside the chosen admin area ("in Sagaing region's Kanbalu township"):
    the event is coded at the most precise place the sentence gives."""
    area = chosen.place
    if area is None or area.feature_class != "A" or area.feature_code == "PCLI":
        return chosen
    inside = [
        p
        for p in pool
        if p.place is not None
        and p.place.feature_class == "P"
        and (p.place.country_code, p.place.admin1_code) == (area.country_code, area.admin1_code)
    ]
    return inside[0] if len(inside) == 1 else chosen


def _is_container(candidate: LocatedMention, others: list[LocatedMention], sdoc: Any) -> bool:
    """Whether the candidate names where another place is: "Kupiansk in Kharkiv", "Lyman in the Donetsk
    region". Only within one country: when the first resolved elsewhere ("Lido Beach in Mogadishu" found an
    Italian Lido), the first is the one in doubt and the second stays."""
    for other in others:
        if other is candidate or other.mention.end > candidate.mention.start:
            continue
        between = doc_text(sdoc)[other.mention.end : candidate.mention.start]
        if says_where(between) and _same_country(other, candidate):
            return True
    return False


def _in_doubt(candidate: LocatedMention, others: list[LocatedMention], sdoc: Any) -> bool:
    """The first of "X in Y" when X resolved to another country than Y."""
    for other in others:
        if other is candidate or candidate.mention.end > other.mention.start:
            continue
        between = doc_text(sdoc)[candidate.mention.end : other.mention.start]
        if says_where(between) and not _same_country(candidate, other):
            return True
    return False


def _same_country(a: LocatedMention, b: LocatedMention) -> bool:
    return a.place is not None and b.place is not None and a.place.country_code == b.place.country_code


def _listed_with(group: list[LocatedMention], other: LocatedMention, sdoc: Any) -> bool:
    for member in group:
        left, right = sorted((member, other), key=lambda p: p.mention.start)
        between = doc_text(sdoc)[left.mention.end : right.mention.start].strip().lower()
        if between in ("and", ",", ", and", "or", "as well as"):
            return True
    return False
