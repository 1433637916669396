"""Whose toll it is when one sentence lists several places: "Russian forces shelled Kharkiv and Izium,
killing three in Izium" is one event per place, and the three deaths are Izium's alone.

The deaths belong to the place named with them; the other places' tolls are not told. When no place is
named with the deaths, the first place carries them, so the sentence's toll is counted once.
"""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.locate import LocatedMention

# the deaths, then a few words, then the preposition that introduces their place
TOLL_PLACE = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|slain|lives)\b[^.;]{0,60}?\b(?:in|at|near|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def tolls_by_place(
    fatalities: int | None, places: list[LocatedMention], mentions: list[LocatedMention], sentence: Any
) -> list[int | None]:
    """The toll of each of the event's `places`, given every place `mentions` of the `sentence` (a span)."""
    if len(places) < 2 or not fatalities:
        return [fatalities] * max(1, len(places))
    offset = sentence.start_char
    text = sentence.text
    owners = [
        i
        for i, chosen in enumerate(places)
        if any(TOLL_PLACE.search(text[: m.mention.start - offset]) for m in _same_place(chosen, mentions))
    ]
    owner = owners[0] if len(owners) == 1 else 0
    return [fatalities if i == owner else None for i in range(len(places))]


def _same_place(chosen: LocatedMention, mentions: list[LocatedMention]) -> list[LocatedMention]:
    """Every mention of the sentence that names the chosen place ("Izium ... killing three in Izium")."""
    key = chosen.place.geonameid if chosen.place is not None else None
    return [
        m
        for m in mentions
        if m is chosen or (key is not None and m.place is not None and m.place.geonameid == key)
    ] or [chosen]


__all__ = ["tolls_by_place"]
