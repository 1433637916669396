"""Military sites and landmarks that war reporting names and no installed package lists.

airportsdata lacks several air bases the press names (Kanatove near Kropyvnytskyi, Millerovo, Kherson's
airport at Chornobaivka, Tiyas or "T4" in Syria), and no package lists islands, bridges, dams, plants or
border crossings where fighting happens (Snake Island, the Crimean Bridge, the Kakhovka dam, Azovstal,
the Rafah crossing). This is our own table of facts about them: the name, the spellings the press uses,
the site's own point, its country and the GeoNames feature code that says what it is. Entries get ids
-(LANDMARK_ID_BASE + n), n fixed per row (`landmark_id`, reversed by `landmark_row`).

Names are matched as the airfields' are (`geo/airfields.py`): an air base through its stem with a
facility word ("Kanatove air base", "Millerovo airfield"), never by the bare town-like stem, so a story
naming the town is not read as naming its base; a name that no town or area bears ("Snake Island",
"Zmiinyi", "Al-Tanf") also alone. A works is found with its facility word ("the Azovstal plant"): a
works is a site, not a place, unless the text says what it is. See docs/gazetteer.md, "Military sites
and landmarks".
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwatch.geo.airfields import HEADS, NearestPlaceGrid
from frontwatch.geo.name_index import KIND_MAIN, KIND_OFFICIAL, NameTable, latin_key
from frontwatch.geo.records import BuildStats, SourcePlace

LANDMARK_ID_BASE = 6_000_000
LANDMARK_ID_SPAN = 1_000_000  # ids -(LANDMARK_ID_BASE + n) for 0 < n < LANDMARK_ID_SPAN

# GeoNames feature codes of the table, with their feature class.
FEATURE_CLASSES: dict[str, str] = {
    "AIRB": "S",  # air base
    "AIRP": "S",  # airport
    "MILB": "S",  # military base
    "INSM": "S",  # military installation
    "PSN": "S",  # nuclear power station
    "DAM": "S",
    "BDG": "S",  # bridge
    "MFG": "S",  # factory, steelworks
    "PSTB": "S",  # border post, crossing
    "ISL": "T",  # island
    "SPIT": "T",
    "AREA": "L",
}
LANDMARK_TABLE_CODES = frozenset(FEATURE_CLASSES)
# the entry's own point is the site (geo_precision 1), except for a spit or an area (2: "near" it)
SPREAD_CODES = frozenset({"SPIT", "AREA"})


@dataclass(frozen=True)
class Landmark:
    n: int  # the id is -(LANDMARK_ID_BASE + n): never renumber a row
    name: str
    alternates: tuple[str, ...]  # other full names ("Kerch Bridge"), matched as written
    stems: tuple[str, ...]  # for an air base or airport: stems taken with the facility words of its code
    bare: tuple[str, ...]  # names matched alone, unless a town or an area bears them
    lat: float
    lon: float
    code: str
    cc: str

    @property
    def id(self) -> int:
        return landmark_id(self.n)


def landmark_id(n: int) -> int:
    """The gazetteer id of row n of the table."""
    if not 0 < n < LANDMARK_ID_SPAN:
        raise ValueError(f"landmark row {n} is outside 1..{LANDMARK_ID_SPAN - 1}")
    return -(LANDMARK_ID_BASE + n)


def landmark_row(geonameid: int | None) -> int | None:
    """The table row behind a landmark id, None for any other id."""
    if geonameid is None:
        return None
    n = -geonameid - LANDMARK_ID_BASE
    return n if 0 < n < LANDMARK_ID_SPAN else None


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


def _l(
    n: int,
    name: str,
    point: tuple[float, float],
    code: str,
    cc: str,
    *,
    alts: str = "",
    stems: str = "",
    bare: str = "",
) -> Landmark:
    return Landmark(n, name, _split(alts), _split(stems), _split(bare), point[0], point[1], code, cc)


LANDMARKS: tuple[Landmark, ...] = (
    # air bases and airports airportsdata lacks: Ukraine and Crimea
    _l(1, "Kanatove Air Base", (48.566, 32.385), "AIRB", "UA", stems="Kanatove; Kanatovo"),
    _l(
        2,
        "Kherson International Airport",
        (46.676, 32.506),
        "AIRP",
        "UA",
        stems="Kherson; Chornobaivka; Chernobaevka; Chernobayevka",
    ),
    _l(3, "Kacha Air Base", (44.781, 33.552), "AIRB", "UA", stems="Kacha"),
    _l(
        4,
        "Starokostiantyniv Air Base",
        (49.750, 27.271),
        "AIRB",
        "UA",
        stems="Starokostiantyniv; Starokostyantyniv; Starokonstantinov",
    ),
    _l(5, "Ozerne Air Base", (50.158, 28.738), "AIRB", "UA", stems="Ozerne; Ozernoye"),
    _l(6, "Vasylkiv Air Base", (50.235, 30.298), "AIRB", "UA", stems="Vasylkiv; Vasilkov"),
    # Russia
    _l(21, "Millerovo Air Base", (48.955, 40.296), "AIRB", "RU", stems="Millerovo"),
    _l(22, "Shaykovka Air Base", (54.226, 34.370), "AIRB", "RU", stems="Shaykovka; Shaikovka"),
    _l(23, "Olenya Air Base", (68.152, 33.464), "AIRB", "RU", stems="Olenya; Olenegorsk"),
    _l(24, "Marinovka Air Base", (48.637, 43.789), "AIRB", "RU", stems="Marinovka"),
    _l(25, "Savasleyka Air Base", (55.440, 42.310), "AIRB", "RU", stems="Savasleyka"),
    _l(26, "Baltimor Air Base", (51.615, 39.130), "AIRB", "RU", stems="Baltimor; Voronezh Baltimor"),
    # Syria, Libya, Yemen, Sudan
    _l(
        41,
        "Tiyas Air Base",
        (34.523, 37.630),
        "AIRB",
        "SY",
        stems="Tiyas; T4; T-4; Tayfur",
    ),
    _l(
        43,
        "Al-Watiya Air Base",
        (32.475, 11.899),
        "AIRB",
        "LY",
        stems="Al-Watiya; Watiya; al-Watiyah",
        bare="Al-Watiya; al-Watiyah",
    ),
    _l(44, "Al-Jufra Air Base", (29.198, 16.000), "AIRB", "LY", stems="Al-Jufra; Jufra"),
    _l(
        45, "Al-Anad Air Base", (13.176, 44.765), "AIRB", "YE", stems="Al-Anad; Al Anad; Anad", bare="Al-Anad"
    ),
    _l(
        46,
        "Wadi Seidna Air Base",
        (15.816, 32.516),
        "AIRB",
        "SD",
        stems="Wadi Seidna; Wadi Sayyidna; Wadi Saeedna",
        bare="Wadi Seidna; Wadi Sayyidna",
    ),
    # islands, spits, bridges, dams, plants
    _l(
        61,
        "Snake Island",
        (45.255, 30.203),
        "ISL",
        "UA",
        alts="Zmiinyi Island; Zmiinyi; Zmeiny Island; Zmiyinyy Island; Serpent Island; Zmiinyi island",
        bare="Zmiinyi; Zmiinyi Island",
    ),
    _l(62, "Kinburn Spit", (46.560, 31.530), "SPIT", "UA", alts="Kinburn Peninsula; Kinburn spit"),
    _l(
        63,
        "Crimean Bridge",
        (45.306, 36.513),
        "BDG",
        "UA",
        alts="Kerch Bridge; Kerch Strait Bridge; Crimea Bridge; Crimean bridge; Kerch bridge",
    ),
    _l(
        64,
        "Antonivskyi Bridge",
        (46.667, 32.710),
        "BDG",
        "UA",
        alts="Antonivsky Bridge; Antonovsky Bridge; Antonivskyi bridge; Antonivsky bridge",
    ),
    _l(
        65,
        "Kakhovka Dam",
        (46.778, 33.370),
        "DAM",
        "UA",
        alts="Kakhovka dam; Nova Kakhovka dam; Kakhovka hydroelectric power plant; Kakhovka HPP",
    ),
    _l(
        66,
        "Zaporizhzhia Nuclear Power Plant",
        (47.512, 34.585),
        "PSN",
        "UA",
        alts="Zaporizhzhia nuclear power plant; Zaporizhia Nuclear Power Plant; Zaporizhia nuclear power "
        "plant; Zaporozhye Nuclear Power Plant; Zaporizhzhia NPP; Zaporizhia NPP; ZNPP; Zaporizhzhia "
        "nuclear plant; Zaporizhia nuclear plant",
    ),
    _l(
        67,
        "Chornobyl Nuclear Power Plant",
        (51.389, 30.099),
        "PSN",
        "UA",
        alts="Chernobyl Nuclear Power Plant; Chernobyl nuclear power plant; Chornobyl nuclear power plant; "
        "Chornobyl NPP; Chernobyl NPP; Chernobyl nuclear plant; Chornobyl nuclear plant",
    ),
    _l(
        68,
        "Azovstal Steel Plant",
        (47.098, 37.600),
        "MFG",
        "UA",
        # found with its facility word only ("the Azovstal steel plant")
        alts="Azovstal steel plant; Azovstal plant; Azovstal Iron and Steel Works",
    ),
    # Syria, Israel and Gaza, Iran
    _l(
        81,
        "Al-Tanf Garrison",
        (33.497, 38.631),
        "MILB",
        "SY",
        alts="al-Tanf garrison; Al-Tanf base; At Tanf garrison",
        bare="Al-Tanf; At-Tanf; al-Tanf",
    ),
    _l(82, "Rafah crossing", (31.247, 34.259), "PSTB", "PS", alts="Rafah Crossing; Rafah border crossing"),
    _l(
        83,
        "Kerem Shalom crossing",
        (31.228, 34.284),
        "PSTB",
        "IL",
        alts="Kerem Shalom Crossing; Kerem Shalom border crossing",
    ),
    _l(84, "Erez crossing", (31.559, 34.553), "PSTB", "IL", alts="Erez Crossing; Beit Hanoun crossing"),
    _l(
        85,
        "Allenby Bridge",
        (31.873, 35.541),
        "PSTB",
        "PS",
        alts="Allenby crossing; King Hussein Bridge; Allenby Bridge crossing",
    ),
    _l(86, "Shebaa Farms", (33.280, 35.720), "AREA", "LB", alts="Shebaa farms; Sheba Farms"),
    _l(
        87,
        "Fordow nuclear facility",
        (34.885, 50.995),
        "INSM",
        "IR",
        alts="Fordo nuclear facility; Fordow enrichment plant; Fordow enrichment facility; Fordow site",
        bare="Fordow; Fordo",
    ),
    _l(
        88,
        "Natanz nuclear facility",
        (33.724, 51.727),
        "INSM",
        "IR",
        alts="Natanz enrichment facility; Natanz enrichment plant; Natanz nuclear site; Natanz site",
    ),
    _l(
        89,
        "Parchin military complex",
        (35.520, 51.770),
        "INSM",
        "IR",
        alts="Parchin military base; Parchin base",
        bare="Parchin",
    ),
)


def landmark_keys(landmark: Landmark, taken: set[str]) -> list[tuple[str, int]]:
    """(key, kind) of every name the entry is found by: its name and alternates as written, each stem
    with each facility word of its code, and its bare names unless a town or an area bears them."""
    keys = [(latin_key(landmark.name), KIND_MAIN)]
    keys += [(latin_key(alt), KIND_OFFICIAL) for alt in landmark.alternates]
    for stem in landmark.stems:
        keys += [(latin_key(f"{stem} {head}"), KIND_OFFICIAL) for head in HEADS.get(landmark.code, ())]
    keys += [(latin_key(bare), KIND_OFFICIAL) for bare in landmark.bare if latin_key(bare) not in taken]
    return [(key, kind) for key, kind in keys if key]


def add_landmarks(
    places: dict[int, SourcePlace], names: NameTable, stats: BuildStats, grid: NearestPlaceGrid | None = None
) -> None:
    """Add the table's sites as places (no population; the admin1 area of the nearest populated place
    of their country, as for airfields) with their names."""
    grid = grid or NearestPlaceGrid.of(places)
    taken = set(names.by_key)  # bare names must not shadow a town or an area
    for landmark in LANDMARKS:
        places[landmark.id] = grid.site(
            landmark.id,
            landmark.name,
            (landmark.lat, landmark.lon),
            landmark.cc,
            FEATURE_CLASSES[landmark.code],
            landmark.code,
        )
        for key, kind in landmark_keys(landmark, taken):
            names.add(key, landmark.id, kind)
        stats.landmarks += 1
