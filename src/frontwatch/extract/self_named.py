"""Armed groups the actor catalogue does not know, named by the text itself: "a previously unknown group
calling itself the Vanguards of Liberation", "a cell known as the Ansar Brigade". ACLED names a new group
by the name it gives itself."""

from __future__ import annotations

import re

from frontwatch.extract.actors import resolve_actor
from frontwatch.model import Actor

# the name's words: capitalised words, with the small words names hold inside ("Front for the Liberation
# of ...", "Ansar al-Sharia"); it ends at its last capitalised word
NAME_WORD = r"(?:[A-Z][\w'’-]*|al-[\w'’-]+|el-[\w'’-]+|of|for|the|and|al|el|in)(?![\w'’-])"
SELF_NAMED = re.compile(
    r"\b(?:group|faction|organi[sz]ation|movement|cell|militia|network|outfit|front)s? "
    r"(?:calling (?:itself|themselves)|called|named|known as) (?:the )?"
    rf"(?P<name>[A-Z][\w'’-]*(?: {NAME_WORD})*)"
)
SMALL_WORDS = frozenset({"of", "for", "the", "and", "al", "el", "in"})


def self_named_group(text: str, country_code: str | None) -> Actor | None:
    """The group a phrase names by its own name ("a group calling itself the Vanguards of Liberation"), as
    an armed group of its own, or None when the phrase names none."""
    match = SELF_NAMED.search(text)
    if match is None:
        return None
    words = match["name"].split()
    while words and words[-1] in SMALL_WORDS:
        words.pop()  # "the Vanguards of Liberation and": the name ends at its last capitalised word
    name = " ".join(words)
    if not name:
        return None
    return Actor(
        name=name, inter=3, side=name, country_code=country_code, kind="armed group", plover_code="UAF"
    )


def names_another_country(coined: Actor, known: Actor | None) -> bool:
    """Whether a name the text gives a group ("Islamic Jihad in Yemen") places it in another country than
    the catalogue's group its words also name (Palestinian Islamic Jihad): then it is a group of its own."""
    if known is None or known.country_code is None or " in " not in coined.name:
        return False
    state = resolve_actor(coined.name.rsplit(" in ", 1)[1])
    return state is not None and state.country_code not in (None, known.country_code)


__all__ = ["names_another_country", "self_named_group"]
