"""Armed groups named in a sentence: a rule that needs armed men beside its words finds them in a rebel
group's name as well as in words like "rebels" or "troops" ("the fortress fell to the Vietminh").

Only the catalogue's rebel groups count (not parties or their militias, whose names are read in other
news too), by names the lower-cased sentence cannot mistake for a word: names of more than one word,
and single names of mixed case ("Vietminh", "Polisario"). Short acronyms are left out ("FACT", "AA").
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontwatch.extract.actor_catalogue import ACTORS
from frontwatch.extract.word_trie import trie_pattern

# "during the Mau Mau uprising of the 1950s": a time named after the group, not its men at hand
NOT_A_PERIOD = r"(?! (?:uprising|rebellion|revolt|insurgency|emergency|war|era|years|period|conflict)\b)"
MIN_ACRONYM = 5  # "ISWAP" counts; "FACT" (a word once lower-cased) and "AA" do not


def _distinct(alias: str) -> bool:
    if " " in alias.strip():
        return True
    if alias.isupper():
        return len(alias) >= MIN_ACRONYM
    return alias[:1].isupper() and len(alias) >= 4


@lru_cache(maxsize=1)
def armed_group_names() -> re.Pattern[str]:
    """The rebel groups' distinct names, lower-cased, as one pattern over a lower-cased sentence."""
    names = {
        alias.lower()
        for actor in ACTORS
        if actor.kind == "rebels"
        for alias in actor.aliases
        if _distinct(alias)
    }
    return re.compile(r"(?<![\w-])" + trie_pattern(sorted(names)) + r"(?![\w-])" + NOT_A_PERIOD)


def names_an_armed_group(sentence_lower: str) -> bool:
    return armed_group_names().search(sentence_lower) is not None


__all__ = ["armed_group_names", "names_an_armed_group"]
