"""The alias index of `frontwatch.extract.actors`: every catalogue actor by name (built at import, a few
milliseconds), and a token trie of every surface form that names one (`alias_trie`, built on first use,
about half a second), both from `actor_catalogue`.

Text is split into word tokens (hyphens act as spaces, "'s" is a token of its own, and commas, brackets,
dashes and full stops are tokens that no alias spans) and each token is folded (lower case, no accents,
singular for the nouns in `PLURALS`). Each alias is stored under its folded tokens with the case its
tokens demand of the text (see `case_ok`); an alias already taken keeps its first meaning.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from frontwatch.extract import actor_catalogue as cat
from frontwatch.model import Actor

__all__ = [
    "ACTORS",
    "COUNTRIES",
    "FALLBACK_NAMES",
    "NORM_CACHE",
    "PERSONS",
    "STATE_FALLBACK_NAMES",
    "TOKEN_RE",
    "Node",
    "Target",
    "alias_trie",
    "case_ok",
    "generic_name",
    "norm",
    "plover",
    "tokens",
]

# How an alias token constrains the case of the text token it matches.
_ANY, _UPPER, _CAPITAL = 0, 1, 2

# A token is an abbreviation ("U.S."), a word (with inner apostrophes: "Ta'ang"), a possessive "'s", or a
# punctuation mark that no alias may span (a comma, a bracket, a dash, a full stop).
TOKEN_RE = re.compile(
    r"\w+(?:\.(?=\w\.)\w\.?|['’ʼ](?![sS]\b)\w+)*"
    r"|['’ʼ][sS]\b"
    r"|[,;:()\[\]{}!?\"“”«»—–|]|\.(?!\w)"
)

NORM_CACHE: dict[str, str] = {}
_NORM_CACHE_MAX = 200_000


@dataclass(frozen=True)
class Target:
    """What an alias names: a catalogue actor, a country-dependent template, an ethnic militia, a person,
    or an armed group that cannot be attributed ("none")."""

    kind: str
    key: str
    place: bool = False


class Node:
    __slots__ = ("children", "terms")

    def __init__(self) -> None:
        self.children: dict[str, Node] = {}
        self.terms: list[tuple[tuple[int, ...], Target]] = []


# --------------------------------------------------------------------------------------------------
# tokens


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with their offsets; a trailing "'s" is a token of its own."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


# British and American spellings of one word ("Chinland Defence Force" is the "Chinland Defense Force")
SPELLINGS = {"defence": "defense", "organisation": "organization", "centre": "center", "labour": "labor"}


def norm(raw: str) -> str:
    """The folded form of one token, as the index stores it."""
    folded = NORM_CACHE.get(raw)
    if folded is None:
        text = raw.lower()
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            text = "".join(c for c in text if not unicodedata.combining(c))
            text = text.replace("’", "'").replace("ʼ", "'")
        folded = cat.PLURALS.get(text, text)
        folded = SPELLINGS.get(folded, folded)
        if len(NORM_CACHE) >= _NORM_CACHE_MAX:
            NORM_CACHE.clear()
        NORM_CACHE[raw] = folded
    return folded


def _mode(raw: str, proper: bool) -> int:
    if len(raw) >= 1 and raw.isupper():
        return _UPPER
    if proper and raw[:1].isupper():
        return _CAPITAL
    return _ANY


def case_ok(modes: tuple[int, ...], raws: list[str], start: int) -> bool:
    """Whether the text tokens from `start` on have the case that the alias tokens' `modes` demand."""
    for offset, mode in enumerate(modes):
        if mode == _UPPER and not raws[start + offset].isupper():
            return False
        if mode == _CAPITAL and not raws[start + offset][:1].isupper():
            return False
    return True


# --------------------------------------------------------------------------------------------------
# generic actors of a country


def generic_name(role: str, country: cat.CountrySpec) -> str:
    """The name of a country's generic actor: "Military Forces of Russia (2000-)", "Civilians (Mali)"."""
    suffix = f" {country.period}" if country.period else ""
    if role == "military":
        return f"Military Forces of {country.of_name}{suffix}"
    if role == "air_force":
        return f"Military Forces of {country.of_name}{suffix} Air Force"
    if role == "navy":
        return f"Military Forces of {country.of_name}{suffix} Navy"
    if role == "police":
        return f"Police Forces of {country.of_name}{suffix}"
    if role == "government":
        return f"Government of {country.of_name}{suffix}"
    return f"{FALLBACK_NAMES[role]} ({country.name})"


# role -> (inter, kind, whether the country's side applies)
_GENERIC_ROLES: dict[str, tuple[int, str, bool]] = {
    "military": (1, "military", True),
    "air_force": (1, "military", True),
    "navy": (1, "military", True),
    "police": (1, "police", True),
    "government": (1, "government", True),
    "civilians": (7, "civilians", False),
    "protesters": (6, "protesters", False),
    "rioters": (5, "rioters", False),
    "unidentified": (3, "armed group", False),
    "gangs": (3, "militia", False),
    "sole": (3, "armed group", False),
}
# the actors of the roles that have one when the country is not known
FALLBACK_NAMES: dict[str, str] = {
    "civilians": "Civilians",
    "protesters": "Protesters",
    "rioters": "Rioters",
    "unidentified": "Unidentified Armed Group",
    "gangs": "Unidentified Gang",
    "sole": "Sole Perpetrator",
}
# A state's forces named without their state ("police opened fire", "President Santos signed") in a story
# whose country is not yet known (one placed only by its dateline): they stand until the event's place
# names the state (`extract.local_actors.localised`).
STATE_FALLBACK_NAMES: dict[str, str] = {
    "military": "Military Forces",
    "police": "Police Forces",
    "government": "Government",
}


# --------------------------------------------------------------------------------------------------
# the actors, by name

ACTORS: dict[str, Actor] = {}
COUNTRIES: dict[str, cat.CountrySpec] = {c.code: c for c in cat.COUNTRIES}
PERSONS: dict[str, cat.PersonSpec] = {p.name: p for p in cat.PERSONS}


def plover(name: str, kind: str, given: str = "") -> str:
    """The PLOVER agent type of an actor: the one given, the catalogue's exception, or its kind's."""
    return given or cat.PLOVER_OVERRIDES.get(name) or cat.PLOVER_BY_KIND.get(kind, "")


def _define(
    name: str, inter: int, side: str | None, country_code: str | None, kind: str, given: str = ""
) -> None:
    ACTORS[name] = Actor(name, inter, side, country_code, kind, plover(name, kind, given))


def _define_actors() -> None:
    # generic actors of every country
    for country in cat.COUNTRIES:
        for role, (inter, kind, sided) in _GENERIC_ROLES.items():
            side = country.side if sided else None
            if role == "gangs" and country.code == "HT":
                side = "Haiti: gangs"
            _define(generic_name(role, country), inter, side, country.code, kind)
    for role, name in (FALLBACK_NAMES | STATE_FALLBACK_NAMES).items():
        inter, kind, _ = _GENERIC_ROLES[role]
        _define(name, inter, None, None, kind)
    # named actors (their attributes win over a generic actor of the same name)
    for spec in cat.ACTORS:
        _define(spec.name, spec.inter, spec.side, spec.country_code, spec.kind, spec.plover)


# --------------------------------------------------------------------------------------------------
# the trie of aliases

_Piece = tuple[tuple[str, ...], tuple[int, ...]]  # folded tokens and their case modes
_POSSESSIVE: _Piece = (("'s",), (_ANY,))

_STATE_HEADS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("military", cat.MILITARY_HEADS),
    ("air_force", cat.AIR_FORCE_HEADS),
    ("navy", cat.NAVY_HEADS),
    ("police", cat.POLICE_HEADS),
    ("government", cat.GOVERNMENT_HEADS),
)
_PEOPLE_HEADS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("civilians", cat.CIVILIAN_HEADS),
    ("protesters", cat.PROTESTER_HEADS),
    ("rioters", cat.RIOTER_HEADS),
    ("unidentified", cat.UNIDENTIFIED_HEADS),
    ("gangs", cat.TEMPLATE_ALIASES["gangs"]),
)


@cache
def alias_trie() -> Node:
    """The root of the trie of every alias, built on the first call and kept for the process.

    Building it takes about half a second (some 50,000 nodes), so it waits until text is first matched:
    a process that imports the extractors without coding anything (`frontwatch --help`, the web server's
    queries) never pays for it."""
    return _TrieBuilder().build()


def _role_target(role: str, country: cat.CountrySpec, *, place: bool = False) -> Target:
    return Target("actor", generic_name(role, country), place=place)


class _TrieBuilder:
    """Fills a trie from the catalogue; an alias already taken keeps its first meaning."""

    def __init__(self) -> None:
        self.root = Node()
        self._seen: set[tuple[tuple[str, ...], tuple[int, ...]]] = set()
        self._pieces: dict[tuple[str, bool], _Piece] = {}

    def build(self) -> Node:
        # most specific first
        for spec in cat.ACTORS:
            for alias in spec.aliases:
                self._add(alias, Target("actor", spec.name))
        for person in cat.PERSONS:
            for alias in person.aliases:
                self._add(alias, Target("person", person.name), proper=True)
        for key, aliases in cat.TEMPLATE_ALIASES.items():
            target = Target("none", key) if key == "unresolved" else Target("template", key)
            for alias in aliases:
                self._add(alias, target)
        for group in cat.ETHNIC_GROUPS:
            for head in cat.ETHNIC_MILITIA_HEADS:
                self._add(f"{group} {head}", Target("ethnic", group), proper=True)
            # "cattle raiders from the Turkana community", "herders from the Fulani community" (not "a group
            # of Fulani herders", who are as often the ones bombed)
            for head in (*cat.ETHNIC_MILITIA_HEADS, "herders"):
                for people in ("community", "tribe", "clan", "ethnic group"):
                    self._add(f"{head} from the {group} {people}", Target("ethnic", group), proper=True)
        for country in cat.COUNTRIES:
            self._index_country(country)
        # canonical names name themselves, unless a more specific meaning took the words first
        # ("Islamic State")
        for spec in cat.ACTORS:
            self._add(spec.name, Target("actor", spec.name))
        return self.root

    def _piece(self, text: str, proper: bool = False) -> _Piece:
        piece = self._pieces.get((text, proper))
        if piece is None:
            toks = tokens(text)
            piece = self._pieces[(text, proper)] = (
                tuple(norm(raw) for _, _, raw in toks),
                tuple(_mode(raw, proper) for _, _, raw in toks),
            )
        return piece

    def _insert(self, target: Target, *pieces: _Piece) -> None:
        norms: tuple[str, ...] = ()
        modes: tuple[int, ...] = ()
        for piece_norms, piece_modes in pieces:
            norms += piece_norms
            modes += piece_modes
        if not norms:
            return
        if not any(modes):
            modes = ()
        key = (norms, modes)
        if key in self._seen:
            return
        self._seen.add(key)
        node = self.root
        for token in norms:
            child = node.children.get(token)
            if child is None:
                child = node.children[token] = Node()
            node = child
        node.terms.append((modes, target))

    def _add(self, alias: str, target: Target, *, proper: bool = False) -> None:
        self._insert(target, self._piece(alias, proper))

    def _index_country(self, country: cat.CountrySpec) -> None:
        """Index the forms that name a country's generic actors: "Russian troops", "Russia's army",
        "Sudan army", "Malian civilians", "Kyiv's forces", "Moscow", "Ukraine"."""
        for role, heads in _STATE_HEADS:
            aim = _role_target(role, country)
            for head in heads:
                tail = self._piece(head)
                for demonym in country.demonyms:
                    self._insert(aim, self._piece(demonym, True), tail)
                for name in country.names:
                    self._insert(aim, self._piece(name, True), _POSSESSIVE, tail)
                    if head in cat.BARE_NAME_HEADS:
                        self._insert(aim, self._piece(name, True), tail)
        for role, heads in _PEOPLE_HEADS:
            aim = _role_target(role, country)
            for head in heads:
                for demonym in country.demonyms:
                    self._insert(aim, self._piece(demonym, True), self._piece(head))
        for capital in country.capitals:
            self._index_capital(capital, country)
        for name in country.names:
            self._add(name, _role_target("military", country, place=True), proper=True)

    def _index_capital(self, capital: str, country: cat.CountrySpec) -> None:
        for role, heads in _STATE_HEADS:
            if role in ("military", "government"):
                aim = _role_target(role, country)
                for head in heads:
                    self._insert(aim, self._piece(capital, True), _POSSESSIVE, self._piece(head))
        self._add(capital, _role_target("government", country, place=True), proper=True)


_define_actors()
