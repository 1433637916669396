"""Press names of first-level areas: the names English-language news gives provinces, states and regions
that countrystatecity stores under local or long official names.

countrystatecity names Indonesia's provinces in Indonesian ("Sulawesi Tengah"), Burkina Faso's and
Haiti's regions in French ("Centre-Nord", "Nord-Ouest"), Mexico's states by their full official names
("Michoacán de Ocampo") and many Arab governorates with the article ("Al Anbar"); the press writes
"Central Sulawesi", "Centre-North", "Northwest", "Michoacan", "Anbar". Regular differences are rules
(`rule_names`); the rest is a short table of facts by ISO 3166-2 code (`PRESS_NAMES`). Accents,
case, punctuation and the "y"/"i" folding are left to `name_key`, so the table holds no copies that
differ only by those.

A few regions the press names as places have no single area in the source: historical or
self-governing regions ("Darfur", "Puntland", "Nagorno-Karabakh"). `PRESS_REGIONS`
gives each one a representative point; they become areas with no admin1 code (feature code ADMD,
geo_precision 3), with ids -(PRESS_REGION_ID_BASE + n). See docs/gazetteer.md, "Press names of areas".
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from frontwatch.geo.keys import is_latin_key, name_key
from frontwatch.geo.records import PlaceRow, SourceState

PRESS_REGION_ID_BASE = 7_000_000

# Indonesian compass words, last in a province's name ("Jawa Tengah"), first in English ("Central Java").
ID_COMPASS: dict[str, str] = {
    "Utara": "North",
    "Selatan": "South",
    "Timur": "East",
    "Barat": "West",
    "Tengah": "Central",
    "Tenggara": "Southeast",
    "Barat Daya": "Southwest",
}
# Island and region names that carry Indonesia's compass words, with their English names. The rule
# fires only after one of them, so "Nusa Tenggara" (whose "Tenggara" is part of the name) stays whole.
ID_ISLANDS: dict[str, str] = {
    "Jawa": "Java",
    "Sumatera": "Sumatra",
    "Kalimantan": "Kalimantan",
    "Sulawesi": "Sulawesi",
    "Papua": "Papua",
    "Maluku": "Maluku",
    "Nusa Tenggara": "Nusa Tenggara",
}
_ID_PREFIXES = ("DKI ", "DI ")  # "Daerah Khusus Ibukota", "Daerah Istimewa": special capital, special region

# French compass words of region names, whole words only ("Nord-Ouest", "Centre-Est", "Nord-Kivu").
FRENCH_COMPASS: dict[str, str] = {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West"}
FRENCH_NAMED: frozenset[str] = frozenset(
    {"BF", "BI", "BJ", "CD", "CF", "CG", "CI", "DJ", "GA", "GN", "HT", "ML", "MR", "NE", "SN", "TD", "TG"}
)

# Countries whose area names carry the Arabic article ("Al Anbar", "As-Suwayda"), which the press
# mostly drops ("Anbar", "Suwayda").
ARABIC_NAMED: frozenset[str] = frozenset(
    {"AE", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "OM", "PS", "QA", "SA", "SD", "SY", "YE"}
)
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[\s\-]+(?=\S{3})", re.IGNORECASE)

# Countries whose states keep an honorific in their official name ("Michoacán de Ocampo"): the press
# uses the first part. "Estado de México" and "Ciudad de México" are names of their own (table).
SPANISH_HONORIFIC: frozenset[str] = frozenset({"MX"})
_SPANISH_GENERIC = frozenset({"estado", "ciudad", "distrito", "region", "municipalidad"})

_COMPASS_JOINED = re.compile(r"\b(North|South)(east|west)\b", re.IGNORECASE)
_COMPASS_SPLIT = re.compile(r"\b(North|South)[\s\-]+(East|West)\b", re.IGNORECASE)

# Press names of first-level areas that no rule gives, by ISO 3166-2 code (names only).
PRESS_NAMES: dict[str, tuple[str, ...]] = {
    # Indonesia
    "ID-ML": ("Moluccas", "Maluku Islands"),
    "ID-PE": ("Highland Papua",),
    "ID-BB": ("Bangka Belitung",),
    "ID-YO": ("Special Region of Yogyakarta",),
    # Mexico
    "MX-MEX": ("State of Mexico", "Mexico State"),
    "MX-CMX": ("Mexico City",),
    # Colombia
    "CO-LAG": ("Guajira",),
    "CO-SAP": ("San Andres and Providencia",),
    # Chile
    "CL-AI": ("Aysen",),
    "CL-LI": ("O'Higgins",),
    "CL-MA": ("Magallanes",),
    "CL-RM": ("Santiago Metropolitan Region",),
    # Peru, Ecuador, Guatemala, Venezuela, Brazil
    "PE-CUS": ("Cuzco",),
    "PE-LMA": ("Lima Metropolitan Area",),
    "GT-14": ("El Quiche",),
    # Haiti
    "HT-GA": ("Grand Anse", "Grande-Anse"),
    # Philippines
    "PH-14": ("Bangsamoro", "BARMM", "Bangsamoro Autonomous Region in Muslim Mindanao"),
    "PH-00": ("Metro Manila", "National Capital Region"),
    "PH-15": ("Cordillera Administrative Region",),
    "PH-NCO": ("North Cotabato",),
    "PH-COM": ("Compostela Valley",),
    "PH-WSA": ("Samar",),
    "PH-MGN": ("Maguindanao",),
    "PH-MGS": ("Maguindanao",),
    # Sahel and central Africa
    "ML-6": ("Timbuktu",),
    "ML-10": ("Taoudeni",),
    "CM-EN": ("Extreme North", "Extreme-Nord"),
    "CM-AD": ("Adamaoua",),
    "BF-11": ("Central Plateau",),
    "CD-KC": ("Central Kasai",),
    "CD-KE": ("East Kasai", "Eastern Kasai"),
    "CD-BC": ("Bas-Congo",),
    "NG-FC": ("Federal Capital Territory", "FCT Abuja"),
    "NG-NA": ("Nassarawa",),
    # Sudan, South Sudan, Ethiopia, Somalia
    "SD-GD": ("Gedaref", "Gadarif", "Gadaref"),
    "SD-SI": ("Sinnar",),
    "SS-BN": ("Northern Bahr al-Ghazal",),
    "SS-BW": ("Western Bahr al-Ghazal",),
    "ET-GA": ("Gambella",),
    "ET-BE": ("Benishangul",),
    "ET-SW": ("South West Ethiopia", "Southwest Ethiopia"),
    "SO-BN": ("Banadir", "Benadir"),
    "SO-HI": ("Hiraan", "Hiiraan"),
    "SO-GA": ("Galgadud",),
    "SO-NU": ("Nugaal",),
    "SO-SH": ("Lower Shabelle", "Lower Shabeelle"),
    "SO-SD": ("Middle Shabelle", "Middle Shabeelle"),
    "SO-WO": ("Maroodi Jeex",),
    # North Africa
    "EG-FYM": ("Fayoum",),
    "EG-AST": ("Assiut", "Asyout"),
    "EG-SHR": ("Sharkia",),
    "EG-MNF": ("Menoufia", "Menofia"),
    "EG-BH": ("Buhayrah",),
    "EG-MT": ("Marsa Matrouh",),
    # Middle East
    "IQ-KR": ("Kurdistan", "Kurdistan Region", "Iraqi Kurdistan", "Kurdistan Region of Iraq"),
    "IQ-SD": ("Salahuddin", "Salah al-Din", "Salahaddin", "Salah ad-Din"),
    "IQ-NI": ("Ninawa",),
    "IQ-DA": ("Duhok",),
    "IQ-AR": ("Arbil",),
    "IQ-SU": ("Slemani", "Sulaimani"),
    "IQ-BB": ("Babil",),
    "IQ-MA": ("Missan",),
    "IQ-QA": ("Diwaniyah", "Qadisiya"),
    "IQ-DQ": ("Thi Qar",),
    "SY-HA": ("Hasaka", "Hassakeh", "Hasakeh"),
    "SY-RA": ("Raqqa",),
    "SY-SU": ("Sweida", "Suweida"),
    "SY-DY": ("Deir el-Zour", "Deir Ezzor", "Deir al-Zour"),
    "SY-RD": ("Damascus countryside", "Rural Damascus", "Reef Damascus"),
    "SY-TA": ("Tartous",),
    "SY-LA": ("Lattakia",),
    "SY-DR": ("Deraa",),
    "SY-ID": ("Idleb",),
    "YE-AD": ("Aden",),
    "YE-SA": ("Sanaa City",),
    "YE-TA": ("Taiz",),
    "YE-SD": ("Saadah", "Sa'dah", "Sadah"),
    "YE-DA": ("Dhale", "Al Dhale", "Dhalea", "Dhale'e"),
    "YE-HU": ("Hodeidah", "Hodeida"),
    "YE-LA": ("Lahj",),
    "YE-SH": ("Shabwa",),
    "YE-HD": ("Hadramout", "Hadramawt", "Hadramaut"),
    "YE-BA": ("Al Baydha",),
    "YE-MR": ("Mahra",),
    "YE-HJ": ("Hajja",),
    "LB-AS": ("North Lebanon",),
    "LB-JA": ("South Lebanon",),
    "LB-BI": ("Bekaa",),
    "LB-NA": ("Nabatiye",),
    # Iran, Afghanistan, Pakistan
    "IR-04": ("West Azerbaijan",),
    "IR-11": ("Sistan-Baluchistan", "Sistan and Baluchistan"),
    "IR-09": ("Khorasan Razavi",),
    "IR-12": ("Kordestan",),
    "IR-06": ("Khuzistan",),
    "IR-15": ("Luristan",),
    "IR-01": ("Guilan",),
    "IR-24": ("Ardebil",),
    "AF-URU": ("Uruzgan", "Oruzgan"),
    "AF-WAR": ("Maidan Wardak",),
    "AF-SAR": ("Sar-e-Pul", "Sari Pul", "Sar-i-Pul"),
    "AF-JOW": ("Jawzjan",),
    "AF-NIM": ("Nimroz",),
    "PK-BA": ("Baluchistan",),
    "PK-JK": ("Azad Jammu and Kashmir", "Pakistan-administered Kashmir", "Pakistani Kashmir"),
    "PK-IS": ("Islamabad Capital Territory",),
    # India, Bangladesh, Myanmar, Thailand, Vietnam, Cambodia
    "IN-OD": ("Orissa",),
    "IN-UK": ("Uttaranchal",),
    "IN-PY": ("Pondicherry",),
    "IN-JK": ("Indian-administered Kashmir", "Indian Kashmir"),
    "IN-CG": ("Chattisgarh",),
    "BD-22": ("Jessore",),
    "BD-03": ("Bogra",),
    "BD-08": ("Comilla",),
    "MM-07": ("Irrawaddy",),
    "MM-13": ("Karen State",),
    "MM-12": ("Karenni",),
    "MM-16": ("Arakan",),
    "MM-05": ("Tenasserim",),
    "MM-03": ("Magwe",),
    "MM-02": ("Pegu",),
    "MM-18": ("Nay Pyi Taw",),
    "TH-14": ("Ayutthaya",),
    "TH-39": ("Nong Bua Lamphu",),
    "TH-33": ("Sisaket",),
    "TH-82": ("Phang Nga",),
    "VN-SG": ("Ho Chi Minh City",),
    "VN-HN": ("Hanoi",),
    "VN-DN": ("Danang",),
    "VN-HP": ("Haiphong",),
    "KH-18": ("Preah Sihanouk",),
    "KH-16": ("Ratanakkiri",),
    "KH-11": ("Mondul Kiri",),
    # Russia and the Caucasus
    "RU-CE": ("Chechnya", "Chechen Republic"),
    "RU-CU": ("Chuvashia",),
    "RU-KB": ("Kabardino-Balkaria",),
    "RU-KC": ("Karachay-Cherkessia",),
    "RU-UD": ("Udmurtia",),
    "RU-YEV": ("Jewish Autonomous Oblast",),
    "RU-SE": ("North Ossetia",),
    "RU-SA": ("Yakutia",),
    "RU-ALT": ("Altai Krai",),
    "RU-AL": ("Altai Republic",),
    "RU-KHM": ("Khanty-Mansiysk", "Yugra"),
    "RU-YAN": ("Yamal",),
    "RU-PRI": ("Primorye", "Primorsky Krai"),
    "RU-ZAB": ("Zabaykalsky Krai", "Transbaikal"),
    "RU-KEM": ("Kuzbass",),
    "RU-TY": ("Tyva",),
    "RU-AD": ("Adygeya",),
    "RU-BA": ("Bashkiria",),
    "RU-DA": ("Daghestan",),
    "GE-AJ": ("Ajara", "Adjaria"),
    "GE-SZ": ("Samegrelo",),
    "AZ-XA": ("Stepanakert",),
    "AZ-FUZ": ("Fuzuli",),
    "AZ-AGM": ("Aghdam",),
    "AZ-KAL": ("Kelbajar",),
    "AZ-SUS": ("Shushi",),
    "TR-63": ("Urfa",),
    "TR-46": ("Maras",),
    "TR-03": ("Afyon",),
    # France: the regions' English names
    "FR-BRE": ("Brittany",),
    "FR-NOR": ("Normandy",),
    "FR-20R": ("Corsica",),
    "FR-PAC": ("Provence",),
}


def table_version() -> str:
    """A short digest of the press names and regions: part of the index's source version, so that an
    edited row rebuilds it."""
    text = repr(sorted(PRESS_NAMES.items())) + repr(PRESS_REGIONS)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def rule_names(st: SourceState) -> tuple[str, ...]:
    """The press names the regular rules give for a state of the source, in its own country's patterns."""
    found: list[str] = []
    if st.cc == "ID":
        found += indonesian_names(st.name)
    if st.cc in FRENCH_NAMED:
        found += french_names(st.name)
    if st.cc in ARABIC_NAMED:
        found += arabic_names(st.name)
    if st.cc in SPANISH_HONORIFIC:
        found += spanish_short_names(st.name)
    if st.cc == "TH":
        found += thai_names(st.name)
    found += compass_forms(st.name)
    found += [form for name in found for form in compass_forms(name)]
    found += conjoined_forms(st.name)
    return tuple(found)


def indonesian_names(name: str) -> list[str]:
    """ "Sulawesi Tengah" -> "Central Sulawesi", "Jawa Barat" -> "West Java", "Papua Barat Daya" ->
    "Southwest Papua", "Kepulauan Riau" -> "Riau Islands", "DKI Jakarta" -> "Jakarta", "Jawa" -> "Java"."""
    if name in ID_ISLANDS:
        return [ID_ISLANDS[name]] if ID_ISLANDS[name] != name else []
    for prefix in _ID_PREFIXES:
        if name.startswith(prefix):
            return [name[len(prefix) :]]
    if name.startswith("Kepulauan "):  # not the bare rest: "Riau" is a province of its own
        return [name[len("Kepulauan ") :] + " Islands"]
    for word in sorted(ID_COMPASS, key=len, reverse=True):  # "Barat Daya" before "Barat"
        island = name[: -len(word) - 1] if name.endswith(" " + word) else ""
        if island in ID_ISLANDS:
            return [f"{ID_COMPASS[word]} {ID_ISLANDS[island]}"]
    return []


def french_names(name: str) -> list[str]:
    """ "Centre-Nord" -> "Centre-North", "Center-North"; "Nord-Ouest" -> "North-West"; "Est" -> "East";
    "Nord-Kivu" -> "North-Kivu". Compass words are translated in place, whole words only."""
    parts = re.split(r"([\s\-]+)", name)
    if not any(part in FRENCH_COMPASS for part in parts):
        return []
    english = "".join(FRENCH_COMPASS.get(part, part) for part in parts)
    names = [english]
    if "Centre" in parts:
        names.append(english.replace("Centre", "Center"))
    return names


def arabic_names(name: str) -> list[str]:
    """ "Al Anbar" -> "Anbar", "As-Suwayda" -> "Suwayda": the name without its leading article."""
    stripped = _ARABIC_ARTICLE.sub("", name, count=1)
    return [stripped] if stripped != name else []


def spanish_short_names(name: str) -> list[str]:
    """ "Michoacán de Ocampo" -> "Michoacán", "Veracruz de Ignacio de la Llave" -> "Veracruz"."""
    head, sep, _rest = name.partition(" de ")
    if not sep or head.split()[0].lower() in _SPANISH_GENERIC:
        return []
    return [head]


def thai_names(name: str) -> list[str]:
    """ "Chon Buri" -> "Chonburi", "Lop Buri" -> "Lopburi": the press joins the two words of "-buri"."""
    words = name.split()
    if len(words) == 2 and words[1] == "Buri":
        return [words[0] + words[1].lower()]
    return []


def compass_forms(name: str) -> list[str]:
    """ "Northwest" <-> "North-West": compound compass words written joined or apart."""
    joined = _COMPASS_SPLIT.sub(lambda m: m.group(1) + m.group(2).lower(), name)
    split = _COMPASS_JOINED.sub(lambda m: f"{m.group(1)}-{m.group(2).capitalize()}", name)
    return [form for form in (joined, split) if form != name]


def conjoined_forms(name: str) -> list[str]:
    """ "Sistan and Baluchestan" -> "Sistan-Baluchestan" (the key of "Sistan & Baluchestan" too)."""
    return [name.replace(" and ", "-")] if " and " in name else []


def press_names(st: SourceState) -> tuple[str, ...]:
    """Every press name of a state: the rules' and the table's."""
    return (*rule_names(st), *PRESS_NAMES.get(st.iso, ()))


def press_name_keys(st: SourceState) -> set[str]:
    """The name keys the state's press names add to the index. A name written with a generic word
    ("Kurdistan Region province") is still found: lookups retry areas without those words."""
    return {key for key in map(name_key, press_names(st)) if is_latin_key(key)}


@dataclass(frozen=True)
class PressRegion:
    """A region the press names as a place that the source has no single area for."""

    n: int  # the id is -(PRESS_REGION_ID_BASE + n): never renumber a row
    name: str
    cc: str
    lat: float  # a representative point, near the middle of the region
    lon: float
    aliases: tuple[str, ...] = ()

    @property
    def area_id(self) -> int:
        return -(PRESS_REGION_ID_BASE + self.n)

    def row(self) -> PlaceRow:
        """Its row of the places table: an area of no admin1 code, like the source's unmapped states."""
        return (self.area_id, self.name, self.lat, self.lon, self.cc, "", "A", "ADMD", 0)

    def alias_keys(self) -> set[str]:
        return {key for key in map(name_key, self.aliases) if is_latin_key(key)}


# Island groups are left out: "Mindanao" is in the names of the universities and military commands
# Philippine news cites ("Mindanao State University", "Western Mindanao Command"), and an area with no
# admin1 code cannot give way to a town the same sentence names inside it ("in Marawi"), so the island's
# middle would replace the town; the autonomous region is found as "Bangsamoro" or "BARMM" instead.
# Row 1 was Mindanao: its number is not reused.
PRESS_REGIONS: tuple[PressRegion, ...] = (
    PressRegion(2, "Darfur", "SD", 13.0, 24.5, ("Greater Darfur",)),
    PressRegion(3, "Kordofan", "SD", 12.4, 29.5, ("Greater Kordofan",)),
    PressRegion(4, "Nagorno-Karabakh", "AZ", 39.85, 46.75, ("Karabakh", "Artsakh")),
    PressRegion(5, "South Ossetia", "GE", 42.3, 44.0, ("Tskhinvali Region",)),
    PressRegion(6, "Sinai", "EG", 29.5, 33.8, ("Sinai Peninsula",)),
    PressRegion(7, "Puntland", "SO", 9.0, 49.0),
    PressRegion(8, "Somaliland", "SO", 9.7, 45.5),
    PressRegion(9, "Jubaland", "SO", 1.5, 42.0),
    PressRegion(10, "Galmudug", "SO", 5.5, 47.0),
    PressRegion(11, "Hirshabelle", "SO", 3.8, 45.5),
    PressRegion(12, "North Waziristan", "PK", 32.95, 70.05),
    PressRegion(13, "South Waziristan", "PK", 32.3, 69.7),
    # held by Israel since 1967 and coded under it, with no admin1 of its own
    PressRegion(14, "Golan Heights", "IL", 33.0, 35.78),
)
