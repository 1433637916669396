"""Which place name says where the one before it lies: "X, Y", "X (Y)", "X in the Y region", "Pisky district,
Donetsk", "the Kirov and Levoberezhny neighbourhoods of Mariupol" (text between names only)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from frontwatch.extract.places import CONTAINER_GAPS, PlaceMention, doc_text


def container_pairs(sdoc: Any, mentions: list[PlaceMention]) -> dict[int, int]:
    """Mention index -> index of the next mention that says where it is ("X, Y", "X in the Y region")."""
    text = doc_text(sdoc)
    gaps = [_bare_gap(text[a.end : b.start]) for a, b in pairwise(mentions)]
    pairs: dict[int, int] = {}
    for i, gap in enumerate(gaps):
        if _near_a_part_of(text, mentions[i], mentions[i + 1]):
            continue  # "San Lorenzo, near Ecuador's border with Colombia": near a part, not in a place
        if gap == "(":
            pairs[i] = i + 1  # "Taxco (Guerrero)", "Mafa (Tarmuwa, Yobe)": a place and its areas
            continue
        if gap in CONTAINER_GAPS and not (gap == "," and _in_a_list(gaps, i)):
            if gap == "," and mentions[i + 1].government:
                continue  # "fighting in Gaza, Qatar's foreign ministry said": a party, not where Gaza is
            pairs[i] = i + 1
    return pairs


def city_parts(sdoc: Any, mentions: list[PlaceMention]) -> dict[int, int]:
    """Mention index -> index of the city whose possessive names it: "Buffalo's East Side", "Cape Town's
    Victoria and Alfred Waterfront" (a part of the city, whatever namesakes abroad its name has)."""
    text = doc_text(sdoc)
    return {
        i + 1: i
        for i, (outer, inner) in enumerate(pairwise(mentions))
        if text[outer.end : inner.start] in ("'s ", "’s ") and not outer.government
    }


LIST_ENDS = frozenset({"and", "or", ", and", ", or"})
# "Pisky district, Donetsk", "Kirov microdistrict in Sumy", "neighbourhoods of Mariupol": the word
# naming what the first place is, before the words that say where it lies
AREA_WORD = re.compile(
    r"^(?:districts?|raion|rayon|areas?|neighbou?rhoods?|microdistricts?|quarters?|village|settlement)\b\s*"
)
TOWN_WORD = re.compile(r"^(?:town|city)\b\s*")
OF_WORDS = frozenset({"of", "of the"})
# "Arroyito, in the northern department of Concepcion", "X in the southern province of Y": an "in"
IN_AREA_OF = re.compile(
    r"^,?\s*in (?:the )?(?:(?:far[- ])?(?:north|south|east|west|central)\w*(?:[- ]\w+)? )?"
    r"(?:department|province|region|state|district|county|governorate|prefecture|oblast|municipality|"
    # "Redeyef, in the phosphate basin of Gafsa"
    r"(?:[\w-]+ )?(?:basin|valley))"
    r"(?: of)?$"
)


def gap_words(text: str, inner: PlaceMention, outer: PlaceMention) -> str:
    """The words between a place name and the next, trimmed and lower-cased: "," or "in the northern
    department of"."""
    return text[inner.end : outer.start].strip().lower()


def designates_area(gap: str) -> bool:
    """Whether the words before a name say it is an area ("in the western state of Michoacan")."""
    return IN_AREA_OF.match(gap) is not None


# "Phoenix, north of Durban", "Lawat, near Muzaffarabad": the second name places the first in its area
NEAR_OF = re.compile(
    r"^,\s*(?:just |some |about |around |\d+ (?:km|kilometres|kilometers|miles) )?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|near|outside|close to)$"
)


def _bare_gap(gap: str) -> str:
    """The words between two names as they bear on containment: "district," is a comma, "neighbourhoods
    of" an "in", ", north of" a comma."""
    bare = gap.strip().lower()
    if designates_area(TOWN_WORD.sub("", bare)):
        return "in"  # "Ampatuan town, in the southern province of Maguindanao"
    if NEAR_OF.match(bare):
        return ","
    stripped = AREA_WORD.sub("", bare)
    if stripped == bare:
        return bare
    if stripped in OF_WORDS:
        return "in"
    return stripped if stripped == "," or stripped in CONTAINER_GAPS else bare


def says_where(gap: str) -> bool:
    """Whether the words between two names make the second say where the first is, as written out: "in the",
    ",", "town, in the southern province of" ("the settlement of" and ", near" leave it open)."""
    bare = gap.strip().lower()
    return bare in CONTAINER_GAPS or designates_area(TOWN_WORD.sub("", bare))


def _near_a_part_of(text: str, inner: PlaceMention, outer: PlaceMention) -> bool:
    near = NEAR_OF.match(gap_words(text, inner, outer)) is not None
    return near and text[outer.end : outer.end + 2] in ("'s", "’s")


def _in_a_list(gaps: list[str], i: int) -> bool:
    """Whether the names joined by commas from gap i on end in "and"/"or": "Kyiv, Kharkiv and Odesa" is a
    list of three cities, not Kyiv in the Kharkiv region ("Kramatorsk, Donetsk Oblast, Ukraine" is)."""
    j = i
    while j < len(gaps) and gaps[j] == ",":
        j += 1
    return j < len(gaps) and gaps[j] in LIST_ENDS


__all__ = ["container_pairs", "designates_area", "gap_words", "says_where"]
