"""Seas, gulfs, straits and lakes that conflict reporting names as the place of an event
("a drone boat attack in the Black Sea", "Houthi missiles on ships in the Gulf of Aden").

No installable package lists them, so this is our own table of facts: the name, the spellings the
press uses, a representative point (as ACLED codes an at-sea event: one point for the water body,
geo_precision 3), the GeoNames feature code and the countries on its shores, the first being the one
its events are most often coded to. Entries get ids -(WATER_ID_BASE + n), n fixed per row. A water
body is a place of the story, never its focus country: it votes for no country (see
`frontwatch.extract.locate`). See docs/gazetteer.md, "Seas, gulfs and straits".
"""

from __future__ import annotations

from dataclasses import dataclass

from frontwatch.geo.name_index import KIND_MAIN, KIND_OFFICIAL, NameTable, latin_key
from frontwatch.geo.records import BuildStats, SourcePlace

WATER_ID_BASE = 5_000_000
WATER_CODES = frozenset({"SEA", "GULF", "BAY", "STRT", "CHN", "CNL", "LK", "RSV"})


@dataclass(frozen=True)
class Water:
    n: int  # the id is -(WATER_ID_BASE + n): never renumber a row
    name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    code: str
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2, the one its events are usually coded to first

    @property
    def id(self) -> int:
        return -(WATER_ID_BASE + self.n)


def _w(n: int, name: str, alts: str, point: tuple[float, float], code: str, countries: str) -> Water:
    alternates = tuple(a.strip() for a in alts.split(";") if a.strip())
    return Water(n, name, alternates, point[0], point[1], code, tuple(countries.split()))


WATERS: tuple[Water, ...] = (
    # seas
    _w(1, "Black Sea", "", (44.8, 32.0), "SEA", "UA RU TR RO BG GE"),  # its north-west, off Crimea
    _w(2, "Sea of Azov", "Azov Sea", (46.1, 36.6), "SEA", "UA RU"),
    _w(3, "Red Sea", "", (15.5, 41.8), "SEA", "YE SA ER SD EG DJ"),  # its south, off Yemen
    _w(4, "Mediterranean Sea", "Mediterranean", (35.0, 18.0), "SEA", "LY IT GR EG IL LB SY TR CY MT TN DZ"),
    _w(5, "Caspian Sea", "", (41.7, 50.6), "SEA", "RU KZ TM IR AZ"),
    _w(6, "Baltic Sea", "", (58.5, 19.5), "SEA", "RU SE FI EE LV LT PL DE DK"),
    _w(7, "Arabian Sea", "", (15.0, 65.0), "SEA", "IN PK OM YE"),
    _w(8, "South China Sea", "", (12.0, 114.0), "SEA", "CN VN PH MY BN"),
    _w(9, "East China Sea", "", (29.0, 125.0), "SEA", "CN JP TW KR"),
    _w(10, "Yellow Sea", "West Sea", (35.5, 123.5), "SEA", "CN KR KP"),
    _w(11, "Sea of Japan", "East Sea", (40.0, 135.0), "SEA", "JP KR KP RU"),
    _w(12, "Philippine Sea", "", (20.0, 130.0), "SEA", "PH JP TW"),
    _w(13, "North Sea", "", (56.0, 3.0), "SEA", "GB NO DK DE NL BE"),
    _w(14, "Aegean Sea", "Aegean", (39.0, 25.0), "SEA", "GR TR"),
    _w(15, "Adriatic Sea", "Adriatic", (43.0, 15.5), "SEA", "IT HR AL ME SI"),
    _w(16, "Ionian Sea", "", (38.0, 19.0), "SEA", "GR IT AL"),
    _w(17, "Sea of Marmara", "Marmara Sea", (40.7, 28.2), "SEA", "TR"),
    _w(18, "Barents Sea", "", (73.0, 40.0), "SEA", "RU NO"),
    _w(19, "Caribbean Sea", "", (15.0, -75.0), "SEA", "VE CO CU HT DO JM"),
    _w(20, "Sulu Sea", "", (8.0, 120.0), "SEA", "PH MY"),
    _w(21, "Andaman Sea", "", (10.0, 96.0), "SEA", "MM TH IN"),
    _w(22, "Celebes Sea", "Sulawesi Sea", (3.0, 122.0), "SEA", "PH ID MY"),
    _w(23, "Java Sea", "", (-5.0, 110.0), "SEA", "ID"),
    _w(24, "Norwegian Sea", "", (69.0, 5.0), "SEA", "NO"),
    _w(25, "Dead Sea", "", (31.5, 35.5), "LK", "IL JO PS"),
    # gulfs and bays
    _w(31, "Gulf of Aden", "", (12.5, 45.5), "GULF", "YE SO DJ"),  # its west, off Aden
    _w(32, "Persian Gulf", "Arabian Gulf", (27.0, 51.5), "GULF", "IR SA AE QA BH KW IQ OM"),
    _w(33, "Gulf of Oman", "Sea of Oman", (24.5, 58.5), "GULF", "OM IR AE"),
    _w(34, "Gulf of Guinea", "", (2.0, 4.0), "GULF", "NG CM GQ GA GH TG BJ CI"),
    _w(35, "Gulf of Mexico", "Gulf of America", (25.0, -90.0), "GULF", "US MX CU"),
    _w(36, "Gulf of Finland", "", (60.0, 26.0), "GULF", "FI RU EE"),
    _w(37, "Gulf of Suez", "", (28.8, 33.0), "GULF", "EG"),
    _w(38, "Gulf of Aqaba", "Gulf of Eilat", (28.75, 34.75), "GULF", "EG SA IL JO"),
    _w(39, "Gulf of Sidra", "Gulf of Sirte; Gulf of Sirt", (31.5, 18.5), "GULF", "LY"),
    _w(40, "Gulf of Tonkin", "", (20.0, 107.5), "GULF", "VN CN"),
    _w(41, "Gulf of Thailand", "Gulf of Siam", (9.5, 102.0), "GULF", "TH KH VN MY"),
    _w(42, "Bay of Bengal", "", (15.0, 88.0), "BAY", "BD IN MM LK"),
    _w(43, "Gulf of Bothnia", "", (63.0, 20.5), "GULF", "SE FI"),
    _w(44, "Gulf of Riga", "", (57.6, 23.5), "GULF", "LV EE"),
    _w(45, "Gulf of Kutch", "", (22.6, 69.5), "GULF", "IN"),
    _w(46, "Karkinit Bay", "Karkinitskyi Bay", (45.9, 33.2), "BAY", "UA"),
    _w(47, "Sevastopol Bay", "", (44.62, 33.55), "BAY", "UA"),
    # straits, channels and canals
    _w(51, "Strait of Hormuz", "Hormuz Strait; Straits of Hormuz", (26.57, 56.25), "STRT", "IR OM AE"),
    _w(
        52,
        "Bab el-Mandeb",
        "Bab al-Mandab; Bab el-Mandeb Strait; Bab al-Mandab Strait; Bab-el-Mandeb",
        (12.58, 43.33),
        "STRT",
        "YE DJ ER",
    ),
    _w(53, "Kerch Strait", "Strait of Kerch", (45.25, 36.5), "STRT", "UA RU"),
    _w(54, "Taiwan Strait", "Formosa Strait", (24.0, 119.5), "STRT", "TW CN"),
    _w(55, "Bosphorus", "Bosporus; Bosphorus Strait; Istanbul Strait", (41.12, 29.07), "STRT", "TR"),
    _w(56, "Dardanelles", "Dardanelles Strait; Canakkale Strait", (40.2, 26.4), "STRT", "TR"),
    _w(57, "Strait of Gibraltar", "Gibraltar Strait", (35.97, -5.5), "STRT", "ES MA GB"),
    _w(58, "Strait of Malacca", "Malacca Strait", (4.0, 100.0), "STRT", "MY ID SG"),
    _w(59, "Korea Strait", "Tsushima Strait", (34.5, 129.5), "STRT", "KR JP"),
    _w(60, "English Channel", "", (50.2, -1.0), "CHN", "GB FR"),
    _w(61, "Suez Canal", "", (30.6, 32.33), "CNL", "EG"),
    _w(62, "Strait of Otranto", "", (40.2, 18.9), "STRT", "IT AL"),
    _w(63, "Strait of Sicily", "Sicilian Channel", (37.2, 11.2), "STRT", "IT TN"),
    _w(64, "Luzon Strait", "", (20.5, 121.0), "STRT", "PH TW"),
    _w(65, "Danish Straits", "", (55.5, 11.0), "STRT", "DK SE"),
    # lakes and reservoirs
    _w(71, "Lake Chad", "", (13.0, 14.0), "LK", "TD NG NE CM"),
    _w(72, "Lake Victoria", "", (-1.0, 33.0), "LK", "UG KE TZ"),
    _w(73, "Lake Tanganyika", "", (-6.0, 29.5), "LK", "CD TZ BI ZM"),
    _w(74, "Lake Kivu", "", (-2.0, 29.2), "LK", "CD RW"),
    _w(75, "Lake Albert", "", (1.7, 30.9), "LK", "UG CD"),
    _w(76, "Lake Edward", "", (-0.35, 29.6), "LK", "CD UG"),
    _w(77, "Sea of Galilee", "Lake Tiberias; Lake Kinneret", (32.82, 35.59), "LK", "IL"),
    _w(78, "Kakhovka Reservoir", "Kakhovka reservoir", (47.4, 34.3), "RSV", "UA"),
    _w(79, "Lake Tana", "", (12.0, 37.3), "LK", "ET"),
    _w(80, "Lake Turkana", "", (3.6, 36.1), "LK", "KE ET"),
)


def add_waters(places: dict[int, SourcePlace], names: NameTable, stats: BuildStats) -> None:
    """Add the table's water bodies as places (feature class "H", no admin1 area) with their names."""
    for w in WATERS:
        places[w.id] = SourcePlace(
            geonameid=w.id,
            name=w.name,
            lat=w.lat,
            lon=w.lon,
            cc=w.countries[0],
            a1="",
            population=0,
            alternates=[],
            feature_class="H",
            feature_code=w.code,
        )
        names.add(latin_key(w.name), w.id, KIND_MAIN)
        for alt in w.alternates:
            names.add(latin_key(alt), w.id, KIND_OFFICIAL)
        stats.waters += 1
