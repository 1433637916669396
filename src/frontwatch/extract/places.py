"""Place mentions: what the NER tags as a place, plus every token n-gram the gazetteer knows.

The statistical model misses or mislabels many places (Izyum untagged, Lyman as PERSON), so capitalised
token n-grams are looked up in the gazetteer's name index. Names used as governments ("Moscow said",
"Kyiv's army", "Moscow-backed") are kept apart: they say who speaks, not where something happened.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from frontwatch.extract.named_parties import stands_for_a_party
from frontwatch.extract.person_names import (
    after_an_office,
    continues_into_a_longer_name,
    named_person,
    opens_a_longer_name,
    ship_name,
    surname_after_a_name,
    title_before_a_name,
)
from frontwatch.extract.place_features import (
    NameIndex,
    names_a_feature,
    names_a_unit,
    with_head,
)
from frontwatch.extract.words import (
    AIRFIELD_WORDS,
    CIVIC_WORDS,
    COMPASS_WORDS,
    NEAR_CUES,
    NOT_PLACES,
    REGION_WORDS,
    SETTLEMENT_WORDS,
    SITES,
    TOWN_PARTS,
)
from frontwatch.model import Span

MAX_NGRAM = 7  # "Rostov-on-Don" is five tokens, "Saint-Etienne-du-Rouvray" seven
SHORT_NAME = 3  # a one-word name this short counts only where the text says it is a place
# what stands between a place and the place that contains it: "Kupiansk in Kharkiv", "Vodyane, Donetsk"
CONTAINER_GAPS = frozenset({"in", "in the", ",", "in eastern", "in southern", "in northern", "in western"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# people a name can qualify ("Liverpool striker", "Christian students"): the name is then no place
PEOPLE_NOUNS = _set(
    """student students striker strikers player players footballer footballers midfielder defender goalkeeper
    coach fan fans supporter supporters councillor councillors lawmaker lawmakers politician politicians
    activist activists blogger bloggers singer rapper actor actress businessman businessmen tycoon pilgrims
    worshippers believers clergy priest priests cleric clerics community communities sect minority
    archaeologist archaeologists researcher researchers scientist scientists tourist tourists missionary
    missionaries toxicologist toxicologists pathologist pathologists doctor doctors expert experts lawyer
    lawyers diplomat diplomats envoy envoys laboratory laboratories lab labs"""
)


def doc_text(sdoc: Any) -> str:
    """The parsed text, built once per document: spaCy joins every token again on each `Doc.text`."""
    cached = sdoc.user_data.get("frontwatch.text")
    if cached is None:
        cached = sdoc.user_data["frontwatch.text"] = sdoc.text
    return str(cached)


@dataclass(frozen=True)
class PlaceMention:
    text: str
    start: int  # character offsets in the document
    end: int
    token_start: int
    token_end: int
    kind: str  # "settlement", "region" or "any"
    near: bool  # "near X", "outskirts of X": ACLED geo_precision 2
    government: bool  # the name stands for a government or an army, not a location
    from_gazetteer: bool
    tagged: bool  # the statistical NER tagged it as a place
    cued: bool  # "the town of X", "in X", "X region": the words around it say it is a place
    name_like: bool = False  # reads as part of a person's or a longer name ("Marielle Franco", "Gran Grif")
    # "the George compounds", "Soweto township": a town's part, by the word after
    part_of_a_town: bool = False


def find_place_mentions(
    sdoc: Any, names: NameIndex, key: Any, skip: tuple[Span, ...] = ()
) -> list[PlaceMention]:
    """All place mentions in a parsed document, in text order, without overlaps.

    `key` is the gazetteer's name normaliser; `skip` lists spans (the dateline) whose names are not places.
    """
    ner_places = {(ent.start, ent.end) for ent in sdoc.ents if ent.label_ in PLACE_LABELS}
    ner_ends = {start: end for start, end in sorted(ner_places, reverse=True)}
    person_tokens = _multi_token_name_tokens(sdoc) | _surnames(sdoc)
    nicknamed = _nicknamed(sdoc)
    found: list[PlaceMention] = []
    i = 0
    n_tokens = len(sdoc)
    while i < n_tokens:
        end = _gazetteer_match(sdoc, i, names, key, ner_places, person_tokens)
        if end is None and i in ner_ends and sdoc[i].lower_ == "the":
            # "the Bab el-Mandeb" tagged, "strait" left out: the gazetteer's name may cover it all
            inner = _gazetteer_match(sdoc, i + 1, names, key, ner_places, person_tokens)
            if inner is not None and inner >= ner_ends[i]:
                i, end = i + 1, inner
        if end is None and i in ner_ends and _common_word(sdoc[i : ner_ends[i]]):
            i = ner_ends[i]  # "a disputed hacienda in Sagay": a common word the tagger took for a place
            continue
        if end is None and i in ner_ends:
            end = ner_ends[i]
            from_gaz = False
        else:
            from_gaz = True
        if end is None:
            i += 1
            continue
        if any(k in nicknamed for k in range(i, end)):
            i = end  # "loyal to Christopher 'Dudus' Coke": a person, whatever the words around say
            continue
        span = sdoc[i:end]
        if not any(s.start <= span.start_char < s.end for s in skip) and not (
            names_a_feature(span) or ship_name(span) or names_a_unit(span) or _no_place(span)
        ):
            found.append(_mention(sdoc, span, from_gaz, (span.start, span.end) in ner_places))
        i = end
    return _with_listed_names(sdoc, found)


MAX_UNKNOWN_TOKENS = 4


def _common_word(span: Any) -> bool:
    """A name written in lower case, in a text that is not: a common word, not a place's name."""
    return span.text.islower() and not span.doc.text.islower()


def _with_listed_names(sdoc: Any, found: list[PlaceMention]) -> list[PlaceMention]:
    """Add the names written as "X, Donetsk" whose X the gazetteer does not know (villages under 500
    people): a capitalised run right before a comma and a known place, after a lower-case word."""
    extra: list[PlaceMention] = []
    for outer in found:
        comma = outer.token_start - 1
        if comma < 1 or sdoc[comma].text != ",":
            continue
        start = comma
        while start > 0 and comma - start < MAX_UNKNOWN_TOKENS and _name_token(sdoc[start - 1]):
            start -= 1
        if start == comma or start == 0 or not sdoc[start - 1].is_lower:
            continue
        span = sdoc[start:comma]
        if len(span) == 1 and span[0].lower_ in NOT_PLACES:
            continue
        linked = any(t.lower_ in NAME_LINKS for t in span)
        # "Damage to Residences Kramatorsk, Donetsk Oblast": the known name, last, is the place; a known
        # word that opens the run is the first word of an unknown name ("Shakhta Trudovskaya, Donetsk")
        if not linked and any(start <= m.token_start and m.token_end == comma for m in found):
            continue
        extra.append(replace(_mention(sdoc, span, False, False), cued=True))
    if not extra:
        return found
    kept = [m for m in found if not any(e.start <= m.start and m.end <= e.end for e in extra)]
    return sorted(kept + extra, key=lambda m: m.start)


def _name_token(token: Any) -> bool:
    text = token.text
    return (
        (text[:1].isupper() and text[1:2].islower() and not token.is_punct)
        or (text == "-" and not token.whitespace_)
        or token.lower_ in NAME_LINKS
    )


NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def _multi_token_name_tokens(sdoc: Any) -> set[int]:
    """Tokens inside multi-word names of people and organisations ("Denis Pushilin", "Rapid Support
    Forces"). A list ("Kharkiv and Kyiv" tagged as a work of art), or a place with its region in brackets
    ("Aleppo (Aleppo", as ACLED's notes write it), is no one's name."""
    tokens: set[int] = set()
    for ent in sdoc.ents:
        if len(ent) == 2 and ent[-1].text in ("'s", "\u2019s"):
            continue  # "Timbuktu's" tagged whole: the name is one word
        if ent.label_ in NAME_LABELS and len(ent) > 1 and not any(t.lower_ in ("and", ",", "(") for t in ent):
            if ent.label_ == "PERSON" and any(t.pos_ in ("VERB", "NOUN") for t in ent):
                continue  # "Shelled Kharkiv School" is no one's name
            tokens.update(range(ent.start, ent.end))
    return tokens


def _surnames(sdoc: Any) -> set[int]:
    """A name whose first names the tagger took for a person's and its last name not ("Rafael Leonidas
    *Trujillo*"): the last name is the person's, whatever town bears it."""
    tokens: set[int] = set()
    for t in sdoc:
        if t.pos_ != "PROPN" or t.ent_type_:
            continue
        given = [c for c in t.children if c.dep_ == "compound" and c.i < t.i and c.ent_type_ == "PERSON"]
        if given and all(sdoc[j].pos_ == "PROPN" for j in range(given[0].i, t.i)):
            tokens.add(t.i)
    return tokens


QUOTES = frozenset({"'", "‘", "’", '"', "“", "”", "`", "``", "''"})


def _nicknamed(sdoc: Any) -> set[int]:
    """ "Christopher 'Dudus' Coke", "Joaquin 'El Chapo' Guzman": a name around a quoted nickname is a
    person's, whatever town shares its first word."""
    tokens: set[int] = set()
    for t in sdoc[:-4]:
        opening = sdoc[t.i + 1]
        if not (_is_candidate_token(t) and opening.text in QUOTES):
            continue
        closing = next((u for u in sdoc[t.i + 2 : t.i + 6] if u.text in QUOTES), None)
        if closing is not None and closing.i + 1 < len(sdoc) and _is_candidate_token(sdoc[closing.i + 1]):
            tokens.update(range(t.i, closing.i + 2))
    return tokens


def _is_candidate_token(token: Any) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and text[0].isalpha() and not token.is_punct


def _gazetteer_match(
    sdoc: Any, i: int, names: NameIndex, key: Any, ner_places: set[tuple[int, int]], person_tokens: set[int]
) -> int | None:
    """The end of the longest gazetteer name starting at token i, if it is plausibly a place."""
    if not _is_candidate_token(sdoc[i]) or _inside_hyphenated_word(sdoc, i) or sdoc[i].lower_ == "the":
        return None  # "The Kharkiv regional administration": the name starts after the article
    last = min(len(sdoc), i + MAX_NGRAM)
    for end in range(last, i, -1):
        span = sdoc[i:end]
        if not _is_candidate_token(sdoc[end - 1]) or any(t.is_sent_start for t in span[1:]):
            continue
        if any(t.is_punct and t.text not in ("-", "'") for t in span) or _hyphen_follows(sdoc, end):
            continue
        headed = with_head(sdoc, span, names, key)
        if headed is not None and not names_a_feature(sdoc[i:headed]):
            return headed  # "Ain al-Asad air base": the facility word says it is a place, not a person
        if names.is_name(key(span.text)) and _plausible(span, ner_places, person_tokens):
            return int(end)
    return None


def _hyphen_follows(sdoc: Any, end: int) -> bool:
    """ "Al-Karama", "Al-Shifuniyah": the first half of a hyphenated name is not a place of its own."""
    return (
        end + 1 < len(sdoc)
        and sdoc[end].text == "-"
        and not sdoc[end - 1].whitespace_
        and not sdoc[end].whitespace_
    )


def _inside_hyphenated_word(sdoc: Any, i: int) -> bool:
    """ "Canape-Vert": the second half of a hyphenated name is not a place of its own."""
    return i >= 2 and sdoc[i - 1].text == "-" and not sdoc[i - 2].whitespace_ and not sdoc[i - 1].whitespace_


def _plausible(span: Any, ner_places: set[tuple[int, int]], person_tokens: set[int]) -> bool:
    """Reject gazetteer hits that are common words or parts of a person's name."""
    if names_a_feature(span) or ship_name(span):
        return False
    if names_a_unit(span):
        return False
    if after_an_office(span) and not _has_place_cue(span):
        return False
    if (span.start, span.end) in ner_places:
        return True
    if any(t.i in person_tokens for t in span) and not _has_place_cue(span) and not _whole_name(span):
        return False
    if len(span) == 1 and not _has_place_cue(span) and title_before_a_name(span):
        return False
    if _links_a_longer_name(span):
        return False
    if len(span) == 1 and span.end < len(span.doc) and span.doc[span.end].like_num:
        return False  # "Sector 10 of Chandigarh", "Camp 7": a numbered part, whatever village bears the word
    if len(span) == 1:
        token = span[0]
        if token.lower_ in NOT_PLACES or token.lower_ in COMPASS_WORDS or token.is_stop:
            return False
        if len(token.text) <= SHORT_NAME and not _has_place_cue(span):
            return False  # "Al", "Wad": pieces of longer names far more often than places
        if token.pos_ not in ("PROPN", "NOUN", "ADJ") and not _has_place_cue(span):
            return False
        if token.is_sent_start and token.pos_ != "PROPN" and not _has_place_cue(span):
            return False
        if token.ent_type_ == "NORP" and token.pos_ == "ADJ" and not _has_place_cue(span):
            return False  # "the Roman amphitheatre": a people's or an age's adjective, not the Romanian town
        if (
            token.ent_type_ == "ORG"
            and span.start > 0
            and span.doc[span.start - 1].lower_ == "the"
            and not _has_place_cue(span)
            and not (span.end < len(span.doc) and span.doc[span.end].lower_ in SITES)
        ):
            # "the Congress": an institution, whatever towns share its name ("the Sumy region" is one)
            return False
    return True


def _no_place(span: Any) -> bool:
    """What the gazetteer or the tagger may take for a place and is none: a continent, a holy book, or a
    person's surname told again ("Soro escaped unhurt" after "Prime Minister Guillaume Soro")."""
    if span.text.lower() in CONTINENTS | HOLY_BOOKS:
        return True
    return len(span) == 1 and not _has_place_cue(span) and named_person(span)


# "burning pages of the Koran": a book, not the Bosnian village
HOLY_BOOKS = frozenset({"koran", "quran", "qur'an", "bible", "torah", "talmud"})
# "Radio France Internationale, Africa service": a continent, not the Mexican village named Africa
CONTINENTS = frozenset({"africa", "europe", "asia", "oceania", "north america", "south america"})


def _whole_name(span: Any) -> bool:
    """A multi-word name the tagger took for a person or an organisation but that is, all of it and
    nothing more, a place's name ("Khan Younis", "Wad Madani", "El Fasher")."""
    if len(span) < 2:
        return False
    return any(ent.start == span.start and ent.end == span.end for ent in span.doc.ents)


PLACE_CUES = frozenset({"in", "near", "outside", "around", "to", "from"})
AREA_WORDS = frozenset({"area", "areas"})


def _has_place_cue(span: Any) -> bool:
    sdoc = span.doc
    before = sdoc[max(0, span.start - 3) : span.start].text.lower()
    after = sdoc[span.end].lower_ if span.end < len(sdoc) else ""
    return (
        after in REGION_WORDS
        or (after in AREA_WORDS and before.endswith("the"))  # "in the Pishin area of Sistan-Baluchestan"
        or after in AIRFIELD_WORDS  # "Chuhuiv Airbase", "Vinnytsia Airport": the town's own airfield
        or _city_then_district(span)
        or _settlement_in_apposition(span)
        or any(f" {before}".endswith(f" {w} of") for w in SETTLEMENT_WORDS | CIVIC_WORDS)
        # whole words: "Defence Secretary Delfin Lorenzana" has no "in" before the surname
        or (before.rsplit(" ", 1)[-1] in PLACE_CUES and not modifies_a_noun(span))
        or _is_dateline(span)
    )


APPOSITION_GAP = 4  # "El Bur, a town in ...", "Harardhere, a small coastal town ...": words before the noun


def _settlement_in_apposition(span: Any) -> bool:
    """ "El Bur, a town in central Galgaduud region": the words after the name say what it is."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in ("a", "an"):
        return False
    words = doc[span.end + 2 : span.end + 2 + APPOSITION_GAP]
    for token in words:
        if token.lower_ in SETTLEMENT_WORDS:
            return True
        if token.is_punct:
            return False
    return False


DATELINE_MARKS = frozenset({"—", "–", "-", "(", ","})


def _is_dateline(span: Any) -> bool:
    """ "BISSAU — Soldiers took over ...": a name opening a line, then a dash, is where the story was
    filed."""
    doc = span.doc
    opens_a_line = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return opens_a_line and span.end < len(doc) and doc[span.end].text in DATELINE_MARKS


def _city_then_district(span: Any) -> bool:
    """ "Donetsk - Petrovskyi", "Kyiv - Darnytskyi": a city and its district, as ACLED writes them."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "-" or not span[-1].whitespace_:
        return False
    return bool(doc[span.end].whitespace_ and doc[span.end + 1].text[:1].isupper())


def _links_a_longer_name(span: Any) -> bool:
    """ "Shakhta imeni Gagarina" (the mine named after Gagarin), "the Dera Sach Khand sect": the first word
    of a longer name, of a group the common noun after it tells."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in NAME_LINKS:
        return True
    rest = doc[span.end : span.end + 3]
    names = [t for t in rest if t.text[:1].isupper() and t.pos_ == "PROPN"]
    return len(names) == 2 == len(rest) - 1 and rest[-1].lower_ in GROUP_NOUNS


# the common nouns after a group's name: "the Dera Sach Khand sect"
GROUP_NOUNS = frozenset({"sect", "movement", "order", "cult", "brotherhood", "community", "clan", "tribe"})


NAME_LINKS = frozenset({"imeni", "im."})


def modifies_a_noun(span: Any) -> bool:
    """ "from Christian students", "Liverpool striker Luis Diaz": the word qualifies a noun for people
    after it, so the preposition before it says nothing of a place ("the Jabalia refugee camp", "Kanbalu
    township" and "the Kharkiv region" are still places)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return bool(nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ in PEOPLE_NOUNS)


def _mention(sdoc: Any, span: Any, from_gaz: bool, tagged: bool) -> PlaceMention:
    return PlaceMention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        token_start=span.start,
        token_end=span.end,
        kind=_kind(sdoc, span),
        near=_near(sdoc, span),
        government=stands_for_a_party(sdoc, span),
        from_gazetteer=from_gaz,
        tagged=tagged,
        cued=_has_place_cue(span),
        name_like=_name_like(span),
        part_of_a_town=span.end < len(sdoc) and sdoc[span.end].lower_ in TOWN_PARTS,
    )


def _name_like(span: Any) -> bool:
    """One word that reads as part of a longer name: a surname after a given name, or the first word of a
    group's name. Only small places are refused for it (`confirm_mentions`): "Mariupol Drama Theatre"
    stays."""
    if len(span) != 1:
        return False
    if _has_place_cue(span):
        return continues_into_a_longer_name(span)
    return surname_after_a_name(span) or opens_a_longer_name(span)


def _kind(sdoc: Any, span: Any) -> str:
    following = list(sdoc[span.end : span.end + 4])
    # "the Donetsk region"; "the Balakliya and Izyum regions": a list that ends in a plural region word.
    # A singular one after another name is that name's: "Kharkiv, Kharkiv Oblast", "Kharkiv, Saltivka
    # district" name the city.
    for n, token in enumerate(following):
        if token.lower_ in REGION_WORDS:
            return "region" if n == 0 or token.lower_.endswith("s") else "any"
        if token.lower_ not in ("and", ",", "or") and not token.text[:1].isupper():
            break
    before = sdoc[max(0, span.start - 2) : span.start].text.lower()
    if any(before.endswith(w + " of") for w in SETTLEMENT_WORDS):
        return "settlement"
    return "any"


def _near(sdoc: Any, span: Any) -> bool:
    before = sdoc[max(0, span.start - 4) : span.start].text.lower()
    before = before.removesuffix(" the").rstrip()
    for word in SETTLEMENT_WORDS:
        before = before.removesuffix(f" {word} of").rstrip()
    return bool(before.endswith(NEAR_CUES))
