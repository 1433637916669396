"""Lookup keys for place names: one normaliser used both when the index is built and when it is queried.

`name_key` folds case, diacritics, punctuation and the common variants of Ukrainian and Russian
romanisation ("Kupyansk"/"Kupiansk"/"Kup'yans'k", "Izyum"/"Izium", "Khmelnytskyi"/"Khmelnitsky"),
so that spellings seen in the press meet the spellings in the gazetteer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose into an ASCII base letter.
_LETTER_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "ŀ": "l",
        "ſ": "s",
        "ə": "e",
        "Ə": "e",
    }
)

# The same letters with their case kept, for names shown rather than looked up.
_PLAIN_FOLD = str.maketrans(
    {
        letter: base.capitalize() if letter.isupper() else base
        for letter, base in ((chr(k), str(v)) for k, v in _LETTER_FOLD.items())
    }
)


def plain_letters(name: str) -> str:
    """The name without its accents, case kept ("Šibenik-Knin" -> "Sibenik-Knin", "İstanbul" -> "Istanbul",
    "Trøndelag" -> "Trondelag")."""
    return _unaccented(name, _PLAIN_FOLD)


def _unaccented(name: str, letters: dict[int, str]) -> str:
    """The name with `letters` folded and every combining accent dropped."""
    decomposed = unicodedata.normalize("NFKD", name.translate(letters))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Apostrophes and modifier letters that mark softness or a glottal stop: dropped, not spaced.
_DROP = re.compile(r"[\'ʼʻʹʽ’‘`´″”“\"ʾʿ]")
# Everything that is not a letter or a digit separates words.
_SEPARATORS = re.compile(r"[^a-z0-9]+")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_a-z]")

ADMIN_WORDS: frozenset[str] = frozenset(
    {
        "oblast",
        "oblasts",
        "oblasti",
        "region",
        "regions",
        "province",
        "provinces",
        "governorate",
        "governorates",
        "state",
        "district",
        "raion",
        "rayon",
        "krai",
        "kray",
        "okrug",
        "republic",
        "autonomous",
        "of",
    }
)


_FINAL_IJ = re.compile(r"ij\b")
# Letters of other scripts (Greek to Mongolian, CJK, Hangul, Hebrew and Arabic forms): a name holding
# one has no Latin key. Phonetic and superscript Latin letters, which NFKD maps to ASCII, are not here.
_OTHER_SCRIPT = re.compile(
    r"[\u0370-\u1cff\u2e80-\ua6ff\uac00-\ud7ff\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefc\U00020000-\U0003ffff]"
)


def _fold_words(text: str) -> str:
    # "y" is a vowel or a glide in Slavic romanisation; either way it is written "i" in another system.
    text = text.replace("y", "i")
    # Doubled "i" (from "iy", "yi", "yy", "ii") is one sound in most press spellings.
    while "ii" in text:
        text = text.replace("ii", "i")
    # Word-final "ij" (German/Polish style "-skij", "Krasnij").
    return _FINAL_IJ.sub("i", text)


@lru_cache(maxsize=65536)
def plain(name: str) -> str:
    """Lowercase ASCII words: diacritics stripped, apostrophes dropped, punctuation to single spaces."""
    if name.isascii():  # the common case, and the same result as the steps below
        return _SEPARATORS.sub(" ", _DROP.sub("", name.lower())).strip()
    text = _DROP.sub("", _unaccented(name, _LETTER_FOLD).lower())
    if not text.isascii():
        # Keep non-Latin scripts recognisable (they are filtered out at build time) but separate words.
        return " ".join(re.split(r"[\s\-.,;:()/]+", text)).strip()
    return _SEPARATORS.sub(" ", text).strip()


@lru_cache(maxsize=131072)
def name_key(name: str) -> str:
    """The lookup key of a place name, e.g. "Kup'yans'k" -> "kupiansk", "the Gaza Strip" -> "gaza strip"."""
    text = plain(name)
    if text.startswith("the "):
        text = text[4:]
    if "st" in text:  # "St Petersburg", "St. Petersburg" and "Saint Petersburg" are one name
        text = _SAINT.sub(_saint, text)
    return _fold_words(text)


_SAINT = re.compile(r"\b(st|ste)\b")


def _saint(match: re.Match[str]) -> str:
    return "saint" if match.group(1) == "st" else "sainte"


@lru_cache(maxsize=65536)
def admin_key(name: str) -> str:
    """The key of an admin area name without its generic words: "Donetsk Oblast" -> "donetsk"."""
    words = [w for w in name_key(name).split() if w not in _ADMIN_WORDS_FOLDED]
    return " ".join(words)


def has_admin_word(name: str) -> bool:
    """Whether the name carries a generic admin word ("region", "oblast", "province" ...)."""
    return any(w in _GENERIC_FOLDED for w in name_key(name).split())


def may_be_latin(name: str) -> bool:
    """A cheap test before `name_key`: False when the name holds a letter of another script."""
    return name.isascii() or not _OTHER_SCRIPT.search(name)


def is_latin_key(key: str) -> bool:
    """A key made only of ASCII letters, digits and spaces (i.e. the name was written in Latin script)."""
    return bool(key) and key.isascii() and not _NON_LATIN_LETTER.search(key)


_ADMIN_WORDS_FOLDED: frozenset[str] = frozenset(_fold_words(w) for w in ADMIN_WORDS)
_GENERIC_FOLDED: frozenset[str] = _ADMIN_WORDS_FOLDED - {"of", "republic", "autonomous"}


# Countries whose place names reach the press through Ukrainian or Russian romanisations.
SLAVIC_COUNTRIES: frozenset[str] = frozenset({"UA", "RU", "BY", "MD"})

# Rules of `slavic_key`, applied in order to a `name_key`. Each one folds a regular difference between
# romanisation systems, or between a Russian and a Ukrainian form of the same name.
_SLAVIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"shch|sch|shh", "sc"),  # Щ: Shchastia / Schastye
        (r"w", "v"),  # German and Polish spellings: Kharkow, Lwow
        (r"zhzh", "zh"),  # Zaporizhzhia / Zaporizhia
        (r"kh|gh|g", "h"),  # Х and Г: Kharkov, Lugansk, Gorlovka
        (r"(?<=[a-z])j(?=[aeiou])", "i"),  # German/Polish "j": Mykolajiv
        (r"([bcdfhklmnprstvz])\1", r"\1"),  # doubled consonants: Odessa / Odesa
        (r"aia\b", "a"),  # Russian feminine adjective: Velikaya / Velyka
        (r"o(?:i)?e\b", "e"),  # Russian neuter adjective: Zolotoye, Zolotoe / Zolote
        (r"ie\b", "ia"),  # final Ukrainian -ia / Russian -ye: Zaporozhye
        (r"(?<=[a-z])eia\b", "ia"),  # Balakleya / Balakliia
        (r"(?<=[aeo])ie", "e"),  # iotated e after a vowel: Avdeyevka / Avdeevka
        (r"\bie|(?<=[bcdfhklmnprstvz])ie", "e"),  # Є/Е: Sievierodonetsk / Severodonetsk, Yevpatoriya
        # Russian o/e before a closing v is Ukrainian i: Artemovsk / Artemivsk, Kharkov / Kharkiv
        (r"(?<=[bcdfhklmnprstvz])[eo]+v(?=[bcdfhklmnprstvz]|\b)", "iv"),
        (r"(?<=[aeiou])ev(?=[bcdfhklmnprstvz]|\b)", "iv"),  # Nikolaev / Mykolaiv ending
        (r"ovo\b", "ove"),  # neuter ending: Svatovo / Svatove
        (r"evo\b", "eve"),  # Yenakievo / Yenakiieve
        (r"pol\b", "pil"),  # Ternopol / Ternopil
        (r"horsk\b", "hirsk"),  # Svyatogorsk / Sviatohirsk (after g -> h)
        # Russian "yo" after a consonant, Ukrainian soft sign and "o": Verkhnyotoretske / Verkhnotoretske
        (r"(?<=[bcdfhklmnprstvz])io", "o"),
        (r"ii+", "i"),
    )
)


@lru_cache(maxsize=65536)
def slavic_key(key: str) -> str:
    """A looser key for Ukrainian and Russian romanisations, from a `name_key`.

    It folds what `name_key` keeps apart on purpose because it would merge names elsewhere (kh/h,
    g/h, ie/e, Russian o/e against Ukrainian i): "kharkov" and "kharkiv" both give "harkiv". It is
    only ever compared with the keys of places in `SLAVIC_COUNTRIES` (see docs/gazetteer.md).
    """
    text = key
    for pattern, repl in _SLAVIC_RULES:
        text = pattern.sub(repl, text)
    return text
