"""The other side of a bomb, a shell or an air strike that the text tells killed people it does not arm, or
that hit a place where people live, pray, shop, study or are treated: civilians ("a bomb exploded in the
crowded market; 12 people were killed", "an air strike destroyed the hospital")."""

from __future__ import annotations

import re
from dataclasses import replace

from frontwatch.extract.actors import resolve_actor
from frontwatch.extract.events import Candidate
from frontwatch.extract.other_side import REMOTE_HARM

# where people go about their lives ("a residential area", "a crowded market", "the synagogue")
PEOPLES_PLACES = re.compile(
    r"\b(?:schools?|markets?|hospitals?|clinics?|mosques?|churches|church|synagogues?|shrines?|temples?|homes?|"
    r"houses?|residential|hotels?|restaurants?|cafes?|crowds?|weddings?|funerals?|buses|bus|airliners?|"
    r"(?:refugee|displacement) camps?|shops?|shopping)\b",
    re.IGNORECASE,
)


def civilians_struck(candidates: list[Candidate], text: str, country_code: str | None) -> list[Candidate]:
    """Each remote act with no other side named, that killed people or hit people's places, befell
    civilians."""
    return [_befell_civilians(c, text, country_code) for c in candidates]


def _befell_civilians(c: Candidate, text: str, country_code: str | None) -> Candidate:
    if c.sub_event_type not in REMOTE_HARM or c.actor2 is not None:
        return c
    if not ((c.fatalities or 0) > 0 or PEOPLES_PLACES.search(text[c.start : c.end])):
        return c
    place = c.place.place if c.place is not None else None
    country = place.country_code if place is not None and place.country_code else country_code
    civilians = resolve_actor("civilians", country_code=country)
    return c if civilians is None else replace(c, actor2=civilians, other_by_default=True)


__all__ = ["civilians_struck"]
