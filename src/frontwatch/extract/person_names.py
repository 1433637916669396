"""Capitalised words that name a person or a ship, not a place: "Defence Secretary Pete Hegseth",
"Marielle Franco", "the Gran Grif gang", "Abiy" named again, "the destroyer Carney"."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.timex_grammar import WEEKDAYS
from frontwatch.extract.words import (
    AIRFIELD_WORDS,
    COMPASS_WORDS,
    PLACE_FACILITIES,
    PLACE_PARTS,
    REGION_WORDS,
    SETTLEMENT_WORDS,
)

SHIP_WORDS = frozenset(
    {"destroyer", "frigate", "cruiser", "warship", "carrier", "ship", "vessel", "tanker", "freighter"}
    | {"submarine", "corvette", "uss", "hms", "ins", "tug", "ferry", "yacht", "trawler"}
)


# "the reformist newspaper Salam", "the daily Liberation": a paper's title
TITLE_WORDS = frozenset({"newspaper", "daily", "weekly", "magazine", "tabloid", "broadsheet", "journal"})


def ship_name(span: Any) -> bool:
    """ "the U.S. destroyer Carney", "the tanker Golbon", "USS Mason": a vessel's name, whatever town bears
    it; "the reformist newspaper Salam": a paper's title, likewise."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in SHIP_WORDS | TITLE_WORDS


def title_before_a_name(span: Any) -> bool:
    """ "Defence Secretary Pete Hegseth": a title before a person's name, whatever hamlet bears the word
    as its name."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.ent_type_ == "PERSON" and following.ent_iob_ == "B"


# the words of a person's office right before a name ("former prime minister Carlos Gomes Junior")
OFFICE_WORDS = frozenset(
    {"minister", "president", "premier", "governor", "mayor", "senator", "general", "colonel", "commander"}
    | {"leader", "chief", "ambassador", "envoy", "spokesman", "spokeswoman", "secretary", "judge", "bishop"}
)


def after_an_office(span: Any) -> bool:
    """ "former prime minister Carlos Gomes": a name after the lower-case words of an office is a person's,
    whatever town bears it."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    # "the General Santander police academy": a rank, capitalised, before a name
    return (before.is_lower and before.lower_ in OFFICE_WORDS) or before.text in RANKS


RANKS = frozenset({"General", "Colonel", "Marshal", "Admiral", "Brigadier", "Lieutenant", "Sergeant"})


def surname_after_a_name(span: Any) -> bool:
    """ "Marielle Franco": a one-word name right after a capitalised given name, which is no place, no date
    and no people's name, is a surname, whatever Mexican town bears it."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.pos_ != "PROPN" or not before.text[:1].isupper() or not before.text[1:2].islower():
        return False
    if before.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP") or before.lower_ in COMPASS_WORDS:
        return False
    return not (before.i > 0 and span.doc[before.i - 1].text in ("-", "'s", "’s"))


def opens_a_longer_name(span: Any) -> bool:
    """ "the Gran Grif gang": a one-word name followed by another capitalised word that is no place word
    and that a lower-case noun follows is the first word of a longer name, not a place."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    nxt, after = doc[span.end], doc[span.end + 1]
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or not nxt.text[1:2].islower():
        return False
    if nxt.lower_ in REGION_WORDS or nxt.lower_ in SETTLEMENT_WORDS or nxt.lower_ in PLACE_PARTS:
        return False
    return bool(after.is_lower and after.pos_ == "NOUN")


def named_person(span: Any) -> bool:
    """ "Abiy, who was unhurt": a one-word name that is part of a person's full name elsewhere in the story
    ("Prime Minister Abiy Ahmed") is that person again."""
    ranges = person_words(span.doc).get(span.text, ())
    return any(not (start <= span.start < end) for start, end in ranges)


PERSON_WORDS = "frontwatch.person_words"  # sdoc.user_data key: the cache of `person_words`


def person_words(doc: Any) -> dict[str, list[tuple[int, int]]]:
    """The first and last words of the multi-word people's names of the document, with their token
    ranges (computed once per parse)."""
    cached = doc.user_data.get(PERSON_WORDS)
    if isinstance(cached, dict):
        return cached
    words: dict[str, list[tuple[int, int]]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and not any(t.pos_ == "VERB" for t in ent):
            for word in {ent[0].text, ent[-1].text}:
                words.setdefault(word, []).append((ent.start, ent.end))
    doc.user_data[PERSON_WORDS] = words
    return words


def continues_into_a_longer_name(span: Any) -> bool:
    """ "the town of Phan Ri Cua": a word the next capitalised words continue is the first word of the
    place the text names, not the small town abroad that bears this word alone."""
    token, doc = span[0], span.doc
    following = doc[span.end] if span.end < len(doc) else None
    return (
        following is not None
        and token.dep_ == "compound"
        and token.head.i > token.i
        and token.head.pos_ == "PROPN"
        and following.pos_ == "PROPN"
        and following.text[:1].isupper()
        and following.lower_ not in NAME_PART_WORDS
    )


# words that continue a place's name as one of its parts or facilities ("Chuhuiv Airbase", "Tonj East"),
# not as a longer name of its own
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "centre", "center", "upper", "lower"})
NAME_PART_WORDS = REGION_WORDS | SETTLEMENT_WORDS | PLACE_PARTS | AIRFIELD_WORDS | PLACE_FACILITIES
NAME_PART_WORDS |= COMPASS_WORDS | COMPASS_POINTS


WEEKDAY_NAMES = frozenset(day.lower() for day in WEEKDAYS)
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def weekday_in_a_name(sdoc: Any, start: int, end: int) -> bool:
    """ "the separatist activist Sunday Igboho": a bare weekday that begins a longer name the tagger found
    (a person, a place, a body), not a date."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in WEEKDAY_NAMES:
        return False
    return any(
        ent.start == span.start and ent.end > span.end and ent.label_ not in NOT_NAMES for ent in sdoc.ents
    )


__all__ = [
    "continues_into_a_longer_name",
    "named_person",
    "opens_a_longer_name",
    "ship_name",
    "surname_after_a_name",
    "title_before_a_name",
    "weekday_in_a_name",
]
