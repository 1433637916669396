"""Which of a sentence's places tells the event's place most precisely: a town named with its region in
apposition ("in Nea Manolada, in the western Peloponnese") is where it happened, not the region; and a
place in the words of the source ("the Ekiti State police command said", "Victoria Police say") is where
the source sits, not where the act was."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.places import doc_text
from frontwatch.extract.words import SPEECH_LEMMAS

# what stands between a town and the area after it that says where the town is: ", in the western"
APPOSITION = re.compile(
    r"^(?:,\s*|,?\s+in\s+)(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+|(?:remote|rural|restive|mountainous)\s+)?$"
)


def town_before_its_area(
    area: LocatedMention, pool: list[LocatedMention], sdoc: Any
) -> LocatedMention | None:
    """The town told just before the chosen area, in the same country, with the area in apposition."""
    place = area.place
    if place is None or place.feature_class != "A" or place.feature_code == "PCLI":
        return None
    text = doc_text(sdoc)
    for other in pool:
        town = other.place
        if town is None or town.feature_class != "P" or town.country_code != place.country_code:
            continue
        if other.mention.end <= area.mention.start and APPOSITION.match(
            text[other.mention.end : area.mention.start]
        ):
            return other
    return None


def in_the_source(located: LocatedMention, sdoc: Any) -> bool:
    """The place sits in the subject of a verb of saying: where the speaker is, not the act."""
    if located.mention.token_start < 0:
        return False
    token = sdoc[located.mention.token_start : located.mention.token_end].root
    return any(a.dep_ == "nsubj" and a.head.lemma_ in SPEECH_LEMMAS for a in (token, *token.ancestors))
