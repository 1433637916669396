"""The names table of the gazetteer index: which name keys find which entries, and how
authoritatively.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from frontwatch.geo import curated
from frontwatch.geo.area_aliases import press_name_keys
from frontwatch.geo.keys import (
    SLAVIC_COUNTRIES,
    admin_key,
    is_latin_key,
    may_be_latin,
    name_key,
    slavic_key,
)
from frontwatch.geo.records import BuildStats, SourcePlace, SourceState

# Name kinds stored with each key: the lower, the more authoritative.
KIND_MAIN = 0  # the place's own (display) name
KIND_OFFICIAL = 1  # official romanisation, curated press spelling, source's full admin/country names
KIND_ALTERNATE = 2  # any other Latin-script alternate name

# Alternate names that are everyday English words make every sentence look full of places.
_ALTERNATE_STOPLIST: frozenset[str] = frozenset(
    """
    a an the and or but if of in on at to for by with from as is are was were be been it its he she
    they we you i me my our your his her their them this that these those who whom what which when where
    why how all any some no not nor so than too very can will just do does did done has have had having
    up down out over under again further then once here there both each few more most other such only own
    same also new old big small city town village capital north south east west central upper lower great
    little saint st san santa fort port mount lake river bay island beach hill hills valley park station
    airport camp base road street bridge center centre district region state province people war army police
    air sea land home house man men women day night may june july march august april good best last first
    second third one two three four five six seven eight nine ten peace hope victory liberty union unity
    freedom independence
    """.split()  # noqa: SIM905
)

_RUSSIAN_ONLY = frozenset("ыэёъЫЭЁЪ")


class NameTable:
    """(key, id) -> best kind, filled from many sources."""

    def __init__(self) -> None:
        self.best: dict[tuple[str, int], int] = {}
        self.by_key: dict[str, list[int]] = defaultdict(list)

    def add(self, key: str, gid: int, kind: int) -> None:
        if not key:
            return
        pair = (key, gid)
        old = self.best.get(pair)
        if old is None:
            self.best[pair] = kind
            self.by_key[key].append(gid)
        elif kind < old:
            self.best[pair] = kind

    def rows(self) -> Iterator[tuple[str, int, int]]:
        for (key, gid), kind in self.best.items():
            yield key, gid, kind


def latin_key(name: str) -> str:
    """The name key of `name` when it is in Latin script, else ""."""
    if not may_be_latin(name):
        return ""
    key = name_key(name)
    return key if is_latin_key(key) else ""


def transliterate(name: str) -> str:
    """Official Ukrainian romanisation of a Cyrillic name ("" when the name is not Ukrainian-looking)."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in name) or any(ch in _RUSSIAN_ONLY for ch in name):
        return ""
    from translitua import translit

    return str(translit(name))


# countries whose place names the press writes in Arabic romanisations: without the article ("Hawija" for
# Al Hawijah, "Qusayr" for Al Qusayr) and without a final "h" ("Falluja", "Hawija")
ARABIC_NAMES = frozenset(
    {
        "AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY", "MA",
        "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE",
    }
)  # fmt: skip
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es)\s+(?=\w{3})")
SHORT_KEY = 4  # a key this short, once shorn, names too many things
LONG_KEY = 9  # a name of several words this long keeps its meaning with its doubled letters single


# "jisr ash shughur" -> "jisr al shughur": the article the press writes unassimilated
SUN_ARTICLE = re.compile(r"(?<=\w) (?:an|ash|as|at|ad|ar|az|adh|ath|en|esh|es|et|ed|er|ez) (?=\w)")
DOUBLED = re.compile(r"([bcdfghjklmnpqrstvwxz])\1")  # "maarrat" -> "maarat"
# an ayn before a vowel, which the press writes as that vowel doubled: "Rif‘at" -> "Rifaat"
AYN = re.compile(r"(?<=[b-df-hj-np-tv-z])[‘’ʿʻ'`](?=([aeiou]))", re.IGNORECASE)
# an ayn that ends a word after a vowel, which the press writes by doubling that vowel: "Radā‘" -> "Radaa"
# (not the hamza "’", which the press drops: "Şan‘ā’" is "Sanaa")
FINAL_AYN = re.compile(r"(?<=([aeiou]))[‘ʿʻ`](?=[\s-]|$)", re.IGNORECASE)


def press_spellings(key: str) -> set[str]:
    """The keys the press writes an Arabic place name under: "al hawijah" -> "hawijah", "hawija",
    "al hawija"; "tall rifat" -> "tal rifat", "tel rifat"; "jisr ash shughur" -> "jisr al shughur";
    "maarrat an numan" -> "maarat al numan"."""
    bare = ARTICLE.sub("", key)
    forms = {key, bare}
    forms |= {f[:-1] for f in forms if f.endswith("ah") and len(f) > SHORT_KEY}
    forms |= {SUN_ARTICLE.sub(" al ", f) for f in forms}
    # single letters for doubled ones only in names of several words: "sabbah" alone would become "sabah"
    forms |= {DOUBLED.sub(r"\1", f) for f in forms if " " in f and len(f) >= LONG_KEY}
    forms |= {word + f[len("tall ") :] for f in forms if f.startswith("tall ") for word in ("tal ", "tel ")}
    return {f for f in forms if f != key and len(f) >= SHORT_KEY and f not in _ALTERNATE_STOPLIST}


def ayn_as_vowel(name: str) -> str:
    """The name with each ayn before a vowel written as that vowel ("Tall Rif‘at" -> "Tall Rifaat"), and each
    ayn ending a word after a vowel as that vowel ("Radā‘" -> "Rada"+"a"), or "" when it has none."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    doubled = FINAL_AYN.sub(lambda m: m.group(1), AYN.sub(lambda m: m.group(1), bare))
    return doubled if doubled != bare else ""


def add_place_names(names: NameTable, p: SourcePlace, stats: BuildStats) -> None:
    gid = p.geonameid
    main = name_key(p.name)
    names.add(main, gid, KIND_MAIN)
    if p.cc in ARABIC_NAMES:
        doubled = ayn_as_vowel(p.name)
        doubled_key = name_key(doubled) if doubled else ""
        if doubled_key and doubled_key != main:
            names.add(doubled_key, gid, KIND_ALTERNATE)
        for key in press_spellings(main) | (press_spellings(doubled_key) if doubled_key else set()):
            names.add(key, gid, KIND_ALTERNATE)
    for alt in p.alternates:
        if not alt:
            continue
        if p.cc == "UA":
            romanised = transliterate(alt)
            if romanised:
                key = latin_key(romanised)
                if key:
                    names.add(key, gid, KIND_OFFICIAL)
                    stats.transliterated += 1
                continue
        key = alternate_key(alt, main)
        if key:
            names.add(key, gid, KIND_ALTERNATE)
            for spelling in press_spellings(key) if p.cc in ARABIC_NAMES else ():
                names.add(spelling, gid, KIND_ALTERNATE)


def alternate_key(alt: str, main: str) -> str:
    """The key an alternate name is indexed under, or "" when it is not worth indexing."""
    if len(alt) <= 4 and alt.isupper():  # airport and other codes
        return ""
    key = latin_key(alt)
    if not key or len(key) < 3 or key.isdigit() or key == main:
        return ""
    if key in _ALTERNATE_STOPLIST:
        return ""
    return key


def add_area_names(names: NameTable, area_id: int, display: str, st: SourceState, stats: BuildStats) -> None:
    names.add(name_key(display), area_id, KIND_MAIN)
    names.add(latin_key(st.name), area_id, KIND_OFFICIAL)
    names.add(admin_key(display), area_id, KIND_OFFICIAL)
    key = admin_key(st.name)
    if is_latin_key(key):
        names.add(key, area_id, KIND_OFFICIAL)
    if st.cc == "UA" and st.native:
        romanised = transliterate(st.native)
        if romanised:
            names.add(latin_key(romanised), area_id, KIND_OFFICIAL)
            names.add(latin_key(admin_key(romanised)), area_id, KIND_OFFICIAL)
            stats.transliterated += 1
    for alias in curated.ADMIN1_ALIASES.get(st.iso, ()):
        names.add(name_key(alias), area_id, KIND_OFFICIAL)
        names.add(admin_key(alias), area_id, KIND_OFFICIAL)
    for key in press_name_keys(st):  # "Central Sulawesi", "Centre-North", "Michoacan" (geo/area_aliases.py)
        names.add(key, area_id, KIND_OFFICIAL)


def apply_renames(names: NameTable, places: dict[int, SourcePlace], stats: BuildStats) -> None:
    """Index the curated press spellings (`curated.RENAMES`) under the places they name.

    Admin areas carry their aliases from `curated.ADMIN1_ALIASES` instead."""
    for cc, a1, variant, target in curated.RENAMES:
        vkey, tkey = name_key(variant), name_key(target)
        hits = 0
        for gid in list(names.by_key.get(tkey, ())):
            p = places.get(gid)
            if p is None or p.cc != cc or (a1 and p.a1 != a1):
                continue
            names.add(vkey, gid, KIND_OFFICIAL)
            hits += 1
        if hits:
            stats.curated_applied += 1
        else:
            stats.curated_unmatched.append(f"{cc}:{variant}->{target}")


def variant_rows(names: NameTable, country_of: dict[int, str]) -> set[tuple[str, int]]:
    """(slavic key, id) of the main and official names of places in Ukraine, Russia, Belarus and Moldova.

    Alternate names are left out: they are many and loose already, and folding them further would
    make common words look like villages."""
    rows: set[tuple[str, int]] = set()
    for key, gid, kind in names.rows():
        if kind <= KIND_OFFICIAL and country_of.get(gid) in SLAVIC_COUNTRIES and is_latin_key(key):
            rows.add((slavic_key(key), gid))
    return rows
