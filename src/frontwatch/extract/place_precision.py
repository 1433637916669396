"""Which of a sentence's places tells the event's place most precisely: a town named with its region in
apposition ("in Nea Manolada, in the western Peloponnese") is where it happened, not the region."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.places import doc_text

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
