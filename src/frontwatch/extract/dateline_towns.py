"""The dateline's town as the place of an event whose sentence names only the region around it
("COATZACOALCOS - ..., Veracruz state officials said"): a town other than the region's seat, where no
reporter is based, is where the story was."""

from __future__ import annotations

import re
from typing import Any

from frontwatch.extract.locate import LocatedMention
from frontwatch.geo.seats import admin_seat


def told_from_the_dateline(
    chosen: list[LocatedMention],
    places: list[LocatedMention],
    dateline: LocatedMention | None,
    gazetteer: Any,
    sentence: Any,
) -> list[LocatedMention]:
    """ "COATZACOALCOS - Gunmen set a bar on fire ..., Veracruz state officials said": a sentence that names
    only the region the dateline's town lies in is told from that town, which is the surer place."""
    if dateline is None or dateline.place is None or dateline.place.feature_class != "P" or len(chosen) != 1:
        return chosen
    if _unknown_place_named(places, sentence):
        return chosen  # "at Wieambilla, in Queensland's Western Downs": a place the gazetteer lacks
    region = chosen[0].place
    if region is None or region.feature_code != "ADM1":
        return chosen
    town = dateline.place
    same = town.country_code == region.country_code and town.admin1_code == region.admin1_code
    # a region's seat or a capital is where reporters are based, not a sign of where the act was
    seat = town.feature_code in ("PPLA", "PPLC", "PPLG")
    return [dateline] if same and not seat and not _is_seat(town, region, gazetteer) else chosen


# "at Wieambilla", "near Mapenduma", "the village of Tchoma Bangou": a name told as a place
PLACE_WORD = re.compile(
    r"\b(?:at|in|near|outside|village of|town of|district of|area of) (?P<name>[A-Z][\w'-]+)"
)


def _unknown_place_named(places: list[LocatedMention], sentence: Any) -> bool:
    """Whether the sentence names as a place a word no place was resolved for."""
    known = [
        (p.mention.start, p.mention.end)
        for p in places
        if p.place is not None and sentence.start_char <= p.mention.start < sentence.end_char
    ]
    for match in PLACE_WORD.finditer(sentence.text):
        at = sentence.start_char + match.start("name")
        if not any(start <= at < end for start, end in known):
            return True
    return False


def _is_seat(town: Any, region: Any, gazetteer: Any) -> bool:
    seat = admin_seat(gazetteer, region) if gazetteer is not None else None
    return seat is not None and seat.geonameid == town.geonameid


__all__ = ["told_from_the_dateline"]
