"""The records a gazetteer build works on: source places and first-level areas, the rows written to
the index, and the build's statistics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

ProgressCallback = Callable[[str], None]

# Row layouts written to the places, admin1 and countries tables.
PlaceRow = tuple[int, str, float, float, str, str, str, str | None, int]
Admin1Row = tuple[str, str, str, str, str, float, float, int]
CountryRow = tuple[str, str, str, int, float, float, str, int, int]


@dataclass
class BuildStats:
    places: int = 0
    admin_areas: int = 0
    countries: int = 0
    names: int = 0
    transliterated: int = 0
    curated_applied: int = 0
    curated_unmatched: list[str] = field(default_factory=list)
    admin_groups_voted: int = 0
    admin_groups_nearest: int = 0
    admin_groups_unmapped: int = 0
    katottg_settlements: int = 0  # cities, settlements and villages of the Ukrainian codifier
    katottg_matched: int = 0  # of them, the ones cities500 already holds
    katottg_added: int = 0  # added at an estimated point
    katottg_unplaced: int = 0  # left out: no known place in their hromada, raion or oblast
    airfields: int = 0  # airports and air bases from airportsdata
    waters: int = 0  # seas, gulfs, straits, lakes and rivers of the curated table
    landmarks: int = 0  # military sites and landmarks of the curated table
    seconds: float = 0.0


@dataclass
class SourcePlace:
    """A populated place from GeoNames (cities500)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    cc: str
    a1: str
    population: int
    alternates: list[str]
    feature_class: str = "P"
    feature_code: str | None = None  # cities500 carries no code; capitals and admin seats are marked


@dataclass
class SourceState:
    """A first-level area from countrystatecity."""

    id: int
    cc: str
    code: str
    name: str
    iso: str
    lat: float
    lon: float
    type: str
    native: str


# GeoNames places grouped by (country code, admin1 code).
Admin1Groups = dict[tuple[str, str], list[SourcePlace]]
