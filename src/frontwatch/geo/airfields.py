"""Airports and air bases for the gazetteer, from the airportsdata package (MIT, ICAO-keyed).

War reporting names air bases that are no town (Al Udeid, Shayrat, Hmeimim) and airports that lie
kilometres from the town they are named for (Donetsk, Hostomel, Saky). Each entry becomes a place of
feature class "S" with the GeoNames code that says what it is (AIRB air base, AIRF airfield, AIRP
airport), its country, and the admin1 area of the nearest cities500 place. Its id is made from its ICAO
code (`frontwatch.model.airfield_id`), so outputs show `geonameid` null and `icao`.

Names are indexed only with a facility word ("Al Udeid Air Base", "Donetsk airport", "Saky airfield"),
never as the bare town-like stem, so a story naming the town is not read as naming its airport. A few
bases the press names without the word ("at Al Udeid", "Hmeimim") have curated bare names. See
docs/gazetteer.md, "Airports and air bases".
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from frontwatch.geo.name_index import KIND_MAIN, KIND_OFFICIAL, NameTable, latin_key
from frontwatch.geo.records import BuildStats, SourcePlace
from frontwatch.geo.sources import package_dir
from frontwatch.model import KATOTTG_ID_MAX, airfield_id

AIRFIELD_CODES = frozenset({"AIRB", "AIRF", "AIRP"})

# Countries where the package lists thousands of private strips (ranches, farms): there an entry needs
# an IATA code (scheduled service) or a military name to be kept.
STRIP_COUNTRIES = frozenset({"US", "CA", "AU", "BR"})

_MILITARY = re.compile(
    r"\b(air ?base|air force base|air force station|air station|naval air|army air|military|"
    r"raf|rnas|cfb|afb)\b",
    re.IGNORECASE,
)
_FIELD = re.compile(r"\b(airfield|air field|aerodrome|airstrip|landing strip)\b", re.IGNORECASE)
_SKIP = re.compile(r"\b(heliport|helipad|seaplane|water aerodrome|glider|balloon)\b", re.IGNORECASE)
# Words ending a facility's name, longest first; what is left before them is the stem.
_TAIL = re.compile(
    r"\s*\b(?:international|intl|regional|municipal|national|domestic|civil|military|new)?\s*"
    r"(?:airport|air ?base|air force base|air station|airfield|air field|aerodrome|airstrip|"
    r"naval air station|naval air facility|army airfield|base)\s*$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^(?:raf|rnas|cfb|mod|naf|nas)\s+", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(/].*$")

# The words a story puts after an airfield's name, by feature code.
HEADS: dict[str, tuple[str, ...]] = {
    "AIRB": ("air base", "airbase", "airfield", "military airfield", "air field", "aerodrome"),
    "AIRF": ("airfield", "air field", "airport", "aerodrome", "airstrip", "air base", "airbase"),
    "AIRP": ("airport", "international airport", "airfield", "aerodrome"),
}

ALL_HEADS = tuple(dict.fromkeys(head for heads in HEADS.values() for head in heads))

# Names the press uses that the package does not give: other stems (with the facility words above) ...
STEM_ALIASES: dict[str, tuple[str, ...]] = {
    "OSLK": ("Hmeimim", "Khmeimim", "Hmeymim", "Humaymim"),  # the Russian base shares Latakia's airport
    "ORAA": ("Ain al-Asad", "Ayn al-Asad", "Ain al Assad"),
    "OS65": ("Shairat", "Al Shayrat"),
    "UKKM": ("Antonov", "Gostomel"),
    "UKFI": ("Saky", "Novofedorivka"),
    "XWSG": ("Engels-2",),
    "UKKK": ("Zhuliany", "Kyiv Zhuliany"),
    "UKWW": ("Vinnytsia", "Havryshivka"),
    "UKFG": ("Hvardiiske", "Gvardeyskoye"),
    "UKFY": ("Dzhankoi",),
    "URFB": ("Belbek",),  # Sevastopol's airport is the Belbek air base
    "UKON": ("Kulbakino",),  # Mykolaiv's airport shares the Kulbakino air base's runway
    "OS66": ("Kuweires", "Kweires", "Kuwayris"),  # Rasin El Aboud is the Kuweires air base
    "LCRA": ("Akrotiri",),
}
# ... and names with no facility word, for bases the press names alone ("strikes on Al Udeid").
BARE_NAMES: dict[str, tuple[str, ...]] = {
    "OTBH": ("Al Udeid", "Al-Udeid"),
    "OSLK": ("Hmeimim", "Khmeimim", "Hmeymim"),
    "ORAA": ("Ain al-Asad", "Ayn al-Asad"),
    "OS65": ("Shayrat", "Shairat"),
    "URFB": ("Belbek",),
    "UKON": ("Kulbakino",),
    "OS66": ("Kuweires", "Kweires"),
}


@dataclass(frozen=True)
class Airfield:
    """One entry of the package that the gazetteer keeps."""

    icao: str
    name: str
    lat: float
    lon: float
    cc: str
    code: str  # AIRB, AIRF or AIRP
    has_iata: bool


def read_airfields(path: Path | None = None) -> list[Airfield]:
    """The airports and air bases worth a gazetteer entry, from the package's CSV (read as text, the
    package's own code is not needed)."""
    source = path or package_dir("airportsdata") / "airports.csv"
    with open(source, encoding="utf-8", newline="") as fh:
        return [a for a in (_airfield(row) for row in csv.DictReader(fh)) if a is not None]


def _airfield(row: dict[str, str]) -> Airfield | None:
    name, cc, iata = row.get("name", "").strip(), row.get("country", "").strip(), row.get("iata", "").strip()
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not name or len(cc) != 2 or _SKIP.search(name):
        return None
    military = bool(_MILITARY.search(name))
    if cc in STRIP_COUNTRIES and not iata and not military:
        return None  # a private strip: "Aero B Ranch Airport"
    code = "AIRB" if military else "AIRF" if _FIELD.search(name) else "AIRP"
    return Airfield(row.get("icao", "").strip(), name, lat, lon, cc, code, bool(iata))


def stem(name: str) -> str:
    """The name without its facility words: "Al Udeid Air Base" -> "Al Udeid", "RAF Akrotiri" ->
    "Akrotiri", "Donetsk International Airport" -> "Donetsk"."""
    base = _BRACKETS.sub("", name).strip()
    base = _PREFIX.sub("", base)
    return _TAIL.sub("", base).strip(" -,")


def airfield_keys(airfield: Airfield) -> Iterator[tuple[str, int]]:
    """(key, kind) of every name the entry is found by: its own name, and each stem with each facility
    word of its kind."""
    own = latin_key(_BRACKETS.sub("", airfield.name))
    if own and own != latin_key(stem(airfield.name)):
        yield own, KIND_MAIN
    own_stem = stem(airfield.name)
    if latin_key(own_stem):
        for head in HEADS[airfield.code]:
            yield latin_key(f"{own_stem} {head}"), KIND_OFFICIAL
    for alias in STEM_ALIASES.get(
        airfield.icao, ()
    ):  # the press calls Hmeimim an air base, Antonov an airport
        for head in ALL_HEADS:
            yield latin_key(f"{alias} {head}"), KIND_OFFICIAL


def add_airfields(
    airfields: Iterable[Airfield],
    places: dict[int, SourcePlace],
    names: NameTable,
    stats: BuildStats,
    grid: NearestPlaceGrid | None = None,
) -> None:
    """Add the airfields as places (feature class "S"), with the admin1 area of the nearest populated
    place of their country, and their names."""
    grid = grid or NearestPlaceGrid.of(places)
    taken = set(names.by_key)  # bare names must not shadow a town or an area
    for a in airfields:
        gid = airfield_id(a.icao)
        places[gid] = grid.site(gid, a.name, (a.lat, a.lon), a.cc, "S", a.code)
        for key, kind in airfield_keys(a):
            names.add(key, gid, kind)
        for bare in BARE_NAMES.get(a.icao, ()):
            key = latin_key(bare)
            if key and key not in taken:
                names.add(key, gid, KIND_OFFICIAL)
        stats.airfields += 1


class NearestPlaceGrid:
    """Populated places in half-degree cells per country, for the nearest place of a country (whose
    admin1 area a site takes)."""

    CELLS_PER_DEGREE = 2
    MAX_RING = 4  # about two degrees: further than that, no admin1 area is derived

    def __init__(self, places: Iterable[SourcePlace]) -> None:
        self.cells: dict[tuple[str, int, int], list[SourcePlace]] = defaultdict(list)
        for p in places:
            self.cells[(p.cc, *self._cell(p.lat, p.lon))].append(p)

    @classmethod
    def of(cls, places: dict[int, SourcePlace]) -> NearestPlaceGrid:
        """The grid of the populated places with a real point (no codifier estimates)."""
        return cls(p for p in places.values() if p.feature_class == "P" and p.geonameid > KATOTTG_ID_MAX)

    def site(
        self, gid: int, name: str, point: tuple[float, float], cc: str, feature_class: str, code: str
    ) -> SourcePlace:
        """A site of our own tables as a gazetteer place: no population, and the admin1 area of the
        nearest populated place of its country."""
        lat, lon = point
        nearest = self.nearest(lat, lon, cc)
        return SourcePlace(
            geonameid=gid,
            name=name,
            lat=lat,
            lon=lon,
            cc=cc,
            a1=nearest.a1 if nearest is not None else "",
            population=0,
            alternates=[],
            feature_class=feature_class,
            feature_code=code,
        )

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat * self.CELLS_PER_DEGREE), math.floor(lon * self.CELLS_PER_DEGREE)

    def nearest(self, lat: float, lon: float, cc: str) -> SourcePlace | None:
        """The nearest place of country `cc` among the cells around the point (the first ring of cells
        that holds any, and the next one), else None."""
        row, col = self._cell(lat, lon)
        scale = math.cos(math.radians(lat))
        best: tuple[float, SourcePlace] | None = None
        found_at = None
        for ring in range(self.MAX_RING + 1):
            if found_at is not None and ring > found_at + 1:
                break
            for dr in range(-ring, ring + 1):
                for dc in range(-ring, ring + 1):
                    if max(abs(dr), abs(dc)) != ring:
                        continue
                    for p in self.cells.get((cc, row + dr, col + dc), ()):
                        d = (p.lat - lat) ** 2 + ((p.lon - lon) * scale) ** 2
                        if best is None or d < best[0]:
                            best = (d, p)
            if best is not None and found_at is None:
                found_at = ring
        return best[1] if best is not None else None
