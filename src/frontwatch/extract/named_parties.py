"""Whether a place's name stands for a party ("Moscow said", "Kyiv's forces", "accusing Asmara of
aggression") rather than for where something happened."""

from __future__ import annotations

from typing import Any

from frontwatch.extract.place_features import HEAD_WORDS
from frontwatch.extract.words import (
    ACTOR_NOUNS,
    GOVERNMENT_NOUNS,
    PLACE_FACILITIES,
    PLACE_PARTS,
    SPEECH_LEMMAS,
)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# what a government does, not a place: "Moscow ordered its troops back", "Kyiv insisted"
DECIDING_LEMMAS = _set(
    """order insist vow threaten demand urge refuse retaliate pledge promise decide condemn agree offer
    propose summon expel recognise recognize"""
)


def _plural_possessive(span: Any, nxt: Any) -> bool:
    """ "Ukraines' allies" is rare; "Irpin'" and "Mariupol'" are transliterations with a soft sign."""
    return bool(nxt.text in ("'", "’") and span.text.endswith("s") and not span[-1].whitespace_)


def _named_part(head: Any) -> bool:
    """A proper name, not a person's, that a city's possessive owns: a district, a quarter, a site."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ in ("PERSON", "NORP"):
        return False
    if head.ent_type_ != "ORG":
        return True
    # a name the tagger calls a body is a site when it ends in a place's word ("... Alfred Waterfront")
    entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    return entity is not None and entity[-1].lower_ in PLACE_PARTS | PLACE_FACILITIES


def _joined_hyphen(span: Any, nxt: Any) -> bool:
    """ "Moscow-backed"; not "Kyiv - view from the street"."""
    return bool(nxt.text == "-" and not span[-1].whitespace_)


def stands_for_a_party(sdoc: Any, span: Any) -> bool:
    """ "Moscow said", "Kyiv's forces", "Moscow-backed", "the Kyiv government": a name used for a party.
    An airfield or a sea is no party: "outside Kabul airport's Abbey Gate"."""
    if span[-1].lower_ in HEAD_WORDS:
        return False
    root = span.root
    nxt = sdoc[span.end] if span.end < len(sdoc) else None
    owner = root.head.lemma_.lower() if root.dep_ in ("poss", "compound", "amod", "nmod") else ""
    if owner in PLACE_PARTS or owner in PLACE_FACILITIES:
        return False  # "Moscow's southwestern suburbs", "Zaporizhzhia's power plant": still the place
    if root.dep_ == "poss" and _named_part(root.head):
        return False  # "Cape Town's Victoria and Alfred Waterfront", "Buffalo's East Side": a part named
    if nxt is not None and (
        nxt.text in ("'s", "’s") or _plural_possessive(span, nxt) or _joined_hyphen(span, nxt)
    ):
        return True  # "Moscow's army", "Moscow-backed"; not "Kyiv - view from the street"
    if nxt is not None and nxt.lower_ in GOVERNMENT_NOUNS:
        return True
    if nxt is not None and nxt.lower_ == "police" and owner == "police":
        return False  # "Helsinki police estimate ...": a city's police work where they are
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_LEMMAS | DECIDING_LEMMAS:
        return True
    if root.dep_ == "dobj" and root.head.lemma_ in BLAMING_LEMMAS:
        return True  # "accusing Asmara of aggression": the state blamed, not where it happened
    return root.dep_ == "poss" or owner in ACTOR_NOUNS  # "U.S. strikes", "Israeli jets"


BLAMING_LEMMAS = frozenset(
    {"accuse", "blame", "condemn", "denounce", "criticise", "criticize", "warn", "urge"}
)
