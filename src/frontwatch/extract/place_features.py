"""What the word after a name says the name is: a river, a sea or a valley ("the Dnipro river"), a
street or a square named after a town ("Kyiv Street"), a unit or a group ("the Azov battalion", "Fano
militiamen"), or a site the gazetteer knows as a whole with its facility word ("Donetsk airport")."""

from __future__ import annotations

from typing import Any, Protocol


class NameIndex(Protocol):
    def is_name(self, key: str) -> bool: ...


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# a town's name before these words names a river, a sea or a mountain: "the Dnipro river", "Swat valley"
WATER_AND_LAND_WORDS = _set(
    "river rivers sea lake canal valley mountains mountain range gulf bay strait desert tunnel tunnels"
)


UNIT_WORDS = frozenset(
    {"battalion", "battalions", "regiment", "regiments", "brigade", "brigades", "fleet", "flotilla"}
    | {"militiamen", "militia", "militias", "gang", "gangs"}  # "Fano militiamen", "the Familia do Norte gang"
)


# Lower-case words after a name that make it the name of an airfield, a water body or a site the
# gazetteer knows as a whole: "the Al-Udeid airbase", "Saky airfield", "Donetsk airport", "the Kerch
# strait", "the Kakhovka dam", "the Rafah crossing", "the Zaporizhzhia nuclear power plant".
HEAD_WORDS = _set(
    """airport airbase airfield aerodrome airstrip strait straits sea lake gulf bay reservoir canal
    dam bridge crossing island spit garrison plant"""
)
HEAD_PAIRS = frozenset(
    {("air", "base"), ("air", "field"), ("military", "airfield"), ("international", "airport")}
    | {("nuclear", "plant"), ("steel", "plant"), ("border", "crossing"), ("nuclear", "facility")}
)
HEAD_TRIPLES = frozenset({("nuclear", "power", "plant")})


def with_head(sdoc: Any, span: Any, names: NameIndex, key: Any) -> int | None:
    """The end of "<name> <facility word>" when the gazetteer knows the whole as one entry's name."""
    end = span.end
    if end >= len(sdoc) or not sdoc[end].is_lower:
        return None
    first = sdoc[end].lower_
    second = sdoc[end + 1].lower_ if end + 1 < len(sdoc) else ""
    third = sdoc[end + 2].lower_ if end + 2 < len(sdoc) else ""
    if (first, second, third) in HEAD_TRIPLES and names.is_name(key(f"{span.text} {first} {second} {third}")):
        return int(end + 3)
    if (first, second) in HEAD_PAIRS and names.is_name(key(f"{span.text} {first} {second}")):
        return int(end + 2)
    if first in HEAD_WORDS and names.is_name(key(f"{span.text} {first}")):
        return int(end + 1)
    return None


def names_a_unit(span: Any) -> bool:
    """ "the Azov battalion", "Fano militiamen": a unit's or a group's name, not where it fights."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in UNIT_WORDS


def _site_of_a_saint(following: Any, after: Any | None) -> bool:
    possessive = following.lower_ in ("'s", "\u2019s")
    return possessive and after is not None and after.text[:1].isupper() and after.lower_ in SITES_NAMED


def names_a_feature(span: Any) -> bool:
    """ "the Dnipro river", "Swat valley", "the Dnipro River": the name of a river or a valley, not of the
    town it shares. A sea's name before a noun qualifies the noun: "the Red Sea port of Hodeidah", "Red
    Sea shipping" are not at sea (its coast and waters are)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in STREETS_BEFORE and before.text[:1].isupper():
        return True  # "Calle Fortaleza", "Avenida Paulista", "Rue de Paris": a street named after a town
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is None:
        return False
    if following.lower_ in RIVER_WORDS:
        return True
    if following.lower_ in STREET_WORDS and following.text[:1].isupper():
        return True  # "Al-Karama Square in Suwayda", "Kyiv Street in Lviv": a street named after a town
    after = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
    if span[0].lower_ in SAINTS and _site_of_a_saint(following, after):
        return True  # "St Peter's Square", "St Mark's Basilica": a site named after a saint
    if after is not None and after.lower_ in RIVER_WORDS and following.text[:1].isupper():
        return True  # "the Siverskyi Donets River": the first word of a river's two-word name
    if following.is_lower and following.lower_ in WATER_AND_LAND_WORDS:
        return True
    if following.lower_ in DEAL_WORDS or (
        following.lower_ == "peace" and after is not None and after.lower_ in DEAL_WORDS
    ):
        return True  # "a violation of the Pretoria peace agreement", "the Minsk agreements": a deal's name
    if _after_the(span) and _named_facility_in(span):
        return True  # "the Argana cafe on Marrakesh's main square", "the Aziz Istanbul restaurant on ..."
    if _business_in_apposition(span):
        return True  # "La Terrasse, a bar-restaurant popular with foreigners in Bamako"
    return (
        following.is_lower
        and following.pos_ == "NOUN"
        and following.lower_ not in SEA_PARTS
        and any(t.lower_ in SEA_WORDS for t in span)
    )


def _after_the(span: Any) -> bool:
    """ "the Argana cafe", "the Aziz Istanbul restaurant": the name follows "the", or a word of a longer
    name that follows it."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].lower_ == "the":
        return True
    # "the crowded Gulshan-e-Iqbal park": a word describing the site between
    return bool(start > 1 and doc[start - 1].pos_ in ("PROPN", "ADJ") and doc[start - 2].lower_ == "the")


def _business_in_apposition(span: Any) -> bool:
    """ "La Terrasse, a bar-restaurant popular with foreigners": a name its apposition calls a business."""
    doc, i = span.doc, span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return False
    words = [t.lower_ for t in doc[i + 2 : i + 6]]
    return any(w in BUSINESS_WORDS for w in words[:4]) and not any(
        w in ("town", "city", "village") for w in words
    )


def _named_facility_in(span: Any) -> bool:
    """A business or a site named after a town, said to be in or at another place: "the Argana cafe on the
    square", "the Giwa military barracks in Maiduguri"."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].lower_ in FACILITY_QUALIFIERS:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in BUSINESS_WORDS | SITE_WORDS:
        return False
    return doc[i + 1].lower_ in ("on", "in", "at", "near")


RIVER_WORDS = frozenset({"river", "rivers"})
DEAL_WORDS = _set(
    "agreement agreements accord accords protocol protocols conventions declaration format process"
)
BUSINESS_WORDS = _set("cafe café restaurant hotel bar nightclub club cinema mall supermarket bakery shop")
SITE_WORDS = _set(
    "barracks prison jail stadium market hospital school university mosque church camp park gardens shrine "
    "temple monument memorial statue mausoleum"
)
FACILITY_QUALIFIERS = _set("military army police central main old new")
STREET_WORDS = _set("square street avenue road boulevard lane")
SAINTS = _set("st st. saint san santa sainte")
SITES_NAMED = STREET_WORDS | _set("basilica cathedral church abbey chapel college hospital school")
STREETS_BEFORE = _set("calle avenida rua rue via viale piazza plaza praça praca boulevard")
SEA_WORDS = _set("sea gulf strait straits bay lake channel canal ocean")
SEA_PARTS = _set("coast coasts coastline shore shores waters")  # "the Black Sea coast" is still the sea


__all__ = ["HEAD_WORDS", "NameIndex", "names_a_feature", "names_a_unit", "with_head"]
