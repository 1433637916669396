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


def _fold_words(text: str) -> str:
    # "y" is a vowel or a glide in Slavic romanisation; either way it is written "i" in another system.
    text = text.replace("y", "i")
    # Doubled "i" (from "iy", "yi", "yy", "ii") is one sound in most press spellings.
    while "ii" in text:
        text = text.replace("ii", "i")
    # Word-final "ij" (German/Polish style "-skij", "Krasnij").
    return re.sub(r"ij\b", "i", text)


@lru_cache(maxsize=65536)
def plain(name: str) -> str:
    """Lowercase ASCII words: diacritics stripped, apostrophes dropped, punctuation to single spaces."""
    text = name.translate(_LETTER_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.lower())
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
    return _fold_words(text)


@lru_cache(maxsize=65536)
def admin_key(name: str) -> str:
    """The key of an admin area name without its generic words: "Donetsk Oblast" -> "donetsk"."""
    words = [w for w in name_key(name).split() if w not in _ADMIN_WORDS_FOLDED]
    return " ".join(words)


def has_admin_word(name: str) -> bool:
    """Whether the name carries a generic admin word ("region", "oblast", "province" ...)."""
    return any(w in _GENERIC_FOLDED for w in name_key(name).split())


def is_latin_key(key: str) -> bool:
    """A key made only of ASCII letters, digits and spaces (i.e. the name was written in Latin script)."""
    return bool(key) and key.isascii() and not _NON_LATIN_LETTER.search(key)


_ADMIN_WORDS_FOLDED: frozenset[str] = frozenset(_fold_words(w) for w in ADMIN_WORDS)
_GENERIC_FOLDED: frozenset[str] = _ADMIN_WORDS_FOLDED - {"of", "republic", "autonomous"}
