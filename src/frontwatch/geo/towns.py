"""Populated places that news of wars, crises and unrest names and cities500 lacks.

GeoNames' cities500 leaves out many towns, villages, camps and city districts where conflict happens:
El Alto (a city of 900,000), Heglig, Pibor, Palma, Kibera, Dahiyeh, Shujaiya, Cité Soleil, Husby. A
story naming one was placed at a namesake elsewhere in the world, or only at its region. This is our
own table of facts about them: the name, the spellings the English press uses, the place's point, its
country, the GeoNames feature code (PPL a town, village or camp; PPLX a district of a city) and a
rough population (its order of magnitude, used to rank namesakes as cities500's is). Entries get ids
-(TOWN_ID_BASE + n), n fixed per row (`town_id`, reversed by `town_row`); their admin1 area is that of
the nearest cities500 place of their country, as for airfields.

A row is a place cities500 does not hold under any of its names in its country: where it does, the
existing entry is kept and the row left out (tests/geo/test_towns.py checks every row). Inhabited
islands are towns here (PPL, class P), not ISL entries: the index gives class T a region's precision
and leaves it out of `near`. See docs/gazetteer.md, "Towns and districts cities500 lacks".
"""

from __future__ import annotations

import hashlib

from frontwatch.geo.airfields import NearestPlaceGrid
from frontwatch.geo.name_index import (
    ARABIC_NAMES,
    KIND_ALTERNATE,
    KIND_MAIN,
    KIND_OFFICIAL,
    NameTable,
    latin_key,
    press_spellings,
)
from frontwatch.geo.records import SourcePlace
from frontwatch.geo.town_rows import (
    AFRICA_AND_MIDDLE_EAST,
    TOWN_CODES,
    TOWN_ID_BASE,
    TOWN_ID_SPAN,
    Town,
    town_id,
    town_row,
)
from frontwatch.geo.town_rows_fifth import SMALL_PLACES_FIFTH
from frontwatch.geo.town_rows_fourth import SMALL_PLACES_OF_ASIA_AMERICAS_AND_EUROPE
from frontwatch.geo.town_rows_more import ASIA_AMERICAS_AND_EUROPE
from frontwatch.geo.town_rows_third import SMALL_PLACES_OF_AFRICA_AND_THE_MIDDLE_EAST

TOWNS: tuple[Town, ...] = (
    AFRICA_AND_MIDDLE_EAST
    + ASIA_AMERICAS_AND_EUROPE
    + SMALL_PLACES_OF_AFRICA_AND_THE_MIDDLE_EAST
    + SMALL_PLACES_OF_ASIA_AMERICAS_AND_EUROPE
    + SMALL_PLACES_FIFTH
)


def town_keys(town: Town) -> dict[str, int]:
    """Every key the entry is found by, with its kind: its name (main), its alternates (official
    spellings), and, in countries whose names the press writes in Arabic romanisations, each of them
    without the article or a final "h" as cities500's places are (`name_index.press_spellings`)."""
    keys = {latin_key(alt): KIND_OFFICIAL for alt in town.alternates}
    keys[latin_key(town.name)] = KIND_MAIN
    if town.cc in ARABIC_NAMES:
        for spelling in {spelling for key in list(keys) for spelling in press_spellings(key)}:
            keys.setdefault(spelling, KIND_ALTERNATE)
    keys.pop("", None)
    return keys


def add_towns(places: dict[int, SourcePlace], names: NameTable, grid: NearestPlaceGrid | None = None) -> int:
    """Add the table's places as populated places (class P, the admin1 area of the nearest cities500
    place of their country) with their names; the number added."""
    grid = grid or NearestPlaceGrid.of(places)
    for town in TOWNS:
        place = grid.site(town.id, town.name, (town.lat, town.lon), town.cc, "P", town.code)
        place.population = town.population
        places[town.id] = place
        for key, kind in town_keys(town).items():
            names.add(key, town.id, kind)
    return len(TOWNS)


def table_version() -> str:
    """A short digest of the table: part of the index's source version, so that an edited row rebuilds it."""
    text = "\n".join(repr(town) for town in TOWNS)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


__all__ = [
    "TOWNS",
    "TOWN_CODES",
    "TOWN_ID_BASE",
    "TOWN_ID_SPAN",
    "Town",
    "add_towns",
    "table_version",
    "town_id",
    "town_keys",
    "town_row",
]
