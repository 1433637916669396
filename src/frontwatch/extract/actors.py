"""Actors: from surface forms in news text ("Russian troops", "Kyiv's army", "the RSF", "Denis Pushilin")
to canonical ACLED-style actors, with their side and inter code.

The catalogue (`actor_catalogue`) is compiled once, at import, into a token trie: text is split into word
tokens (hyphens act as spaces, "'s" is a token of its own, and commas, brackets, dashes and full stops are
tokens that no alias spans), each token is folded (lower case, no accents, singular for the nouns in
`PLURALS`), and every position of the text walks the trie. A 300-character sentence costs a few dozen
dictionary look-ups.

Some surface forms depend on where the story happens ("villagers", "gunmen", "the army", "Islamic State");
they resolve against `country_code`, the ISO code of the story's country. The same code turns a state's
own forces (inter 1) into external forces (inter 8) when they act abroad, as ACLED codes them.

Country names resolve to the country's military and capitals to its government ("Moscow said"); whether
such a name is an actor or a place is the caller's call. `find_actors` leaves out country and capital
names that read as places: after a preposition of place ("in Ukraine", "from Moscow"), before a
place word ("Kyiv region", "Moscow-based") or after "Town," ("Kupiansk, Ukraine").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from frontwatch.extract import actor_catalogue as cat
from frontwatch.model import Actor, ActorMention

__all__ = ["all_actors", "find_actors", "interaction", "person_role", "resolve_actor", "side_of"]

# How an alias token constrains the case of the text token it matches.
_ANY, _UPPER, _CAPITAL = 0, 1, 2

# A token is an abbreviation ("U.S."), a word (with inner apostrophes: "Ta'ang"), a possessive "'s", or a
# punctuation mark that no alias may span (a comma, a bracket, a dash, a full stop).
_TOKEN_RE = re.compile(
    r"\w+(?:\.(?=\w\.)\w\.?|['’ʼ](?![sS]\b)\w+)*"
    r"|['’ʼ][sS]\b"
    r"|[,;:()\[\]{}!?\"“”«»—–|]|\.(?!\w)"
)
_DETERMINERS = frozenset({"the", "a", "an"})
# A country or capital right after these words names a place, not an actor.
_PLACE_BEFORE = frozenset(
    {
        "in",
        "into",
        "from",
        "to",
        "toward",
        "towards",
        "across",
        "near",
        "outside",
        "inside",
        "around",
        "at",
        "through",
        "throughout",
        "within",
        "of",
        "over",
        "via",
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "east",
        "west",
        "north",
        "south",
        "occupied",
        "annexed",
        "visit",
        "visited",
        "visiting",
        "invade",
        "invaded",
        "invading",
        "invasion",
        "entered",
        "fled",
        "flee",
        "returned",
        "neighbouring",
        "neighboring",
        "war-torn",
        "torn",
        "mainland",
        "rural",
        "downtown",
        "greater",
    }
)
# ... and so does one followed by these ("Kyiv region", "Moscow-based", "Russia-occupied").
_PLACE_AFTER = frozenset(
    {
        "region",
        "oblast",
        "province",
        "city",
        "time",
        "based",
        "backed",
        "installed",
        "appointed",
        "controlled",
        "held",
        "occupied",
        "led",
        "friendly",
        "allied",
        "aligned",
        "leaning",
        "born",
        "bound",
        "border",
        "oblast's",
        "area",
        "suburbs",
        "outskirts",
        "metro",
        "airport",
        "mayor",
        "governor",
    }
)

_NORM_CACHE: dict[str, str] = {}
_NORM_CACHE_MAX = 200_000


@dataclass(frozen=True)
class _Target:
    """What an alias names: a catalogue actor, a country-dependent template, an ethnic militia, a person,
    or an armed group that cannot be attributed ("none")."""

    kind: str
    key: str
    place: bool = False


class _Node:
    __slots__ = ("children", "terms")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.terms: list[tuple[tuple[int, ...], _Target]] = []


# --------------------------------------------------------------------------------------------------
# tokens


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with their offsets; a trailing "'s" is a token of its own."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


def _norm(raw: str) -> str:
    folded = _NORM_CACHE.get(raw)
    if folded is None:
        text = raw.lower()
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            text = "".join(c for c in text if not unicodedata.combining(c))
            text = text.replace("’", "'").replace("ʼ", "'")
        folded = cat.PLURALS.get(text, text)
        if len(_NORM_CACHE) >= _NORM_CACHE_MAX:
            _NORM_CACHE.clear()
        _NORM_CACHE[raw] = folded
    return folded


def _mode(raw: str, proper: bool) -> int:
    if len(raw) >= 1 and raw.isupper():
        return _UPPER
    if proper and raw[:1].isupper():
        return _CAPITAL
    return _ANY


def _case_ok(modes: tuple[int, ...], raws: list[str], start: int) -> bool:
    for offset, mode in enumerate(modes):
        if mode == _UPPER and not raws[start + offset].isupper():
            return False
        if mode == _CAPITAL and not raws[start + offset][:1].isupper():
            return False
    return True


# --------------------------------------------------------------------------------------------------
# the index, built once


_ROOT = _Node()
_SEEN: set[tuple[tuple[str, ...], tuple[int, ...]]] = set()
_ACTORS: dict[str, Actor] = {}
_COUNTRY: dict[str, cat.CountrySpec] = {c.code: c for c in cat.COUNTRIES}
_PERSONS: dict[str, cat.PersonSpec] = {p.name: p for p in cat.PERSONS}


_Piece = tuple[tuple[str, ...], tuple[int, ...]]  # folded tokens and their case modes
_PIECES: dict[tuple[str, bool], _Piece] = {}


def _piece(text: str, proper: bool = False) -> _Piece:
    piece = _PIECES.get((text, proper))
    if piece is None:
        toks = _tokens(text)
        piece = _PIECES[(text, proper)] = (
            tuple(_norm(raw) for _, _, raw in toks),
            tuple(_mode(raw, proper) for _, _, raw in toks),
        )
    return piece


_POSSESSIVE: _Piece = (("'s",), (_ANY,))


def _insert(target: _Target, *pieces: _Piece) -> None:
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
    if key in _SEEN:
        return
    _SEEN.add(key)
    node = _ROOT
    for token in norms:
        child = node.children.get(token)
        if child is None:
            child = node.children[token] = _Node()
        node = child
    node.terms.append((modes, target))


def _add(alias: str, target: _Target, *, proper: bool = False) -> None:
    _insert(target, _piece(alias, proper))


def _plover(name: str, kind: str, given: str = "") -> str:
    return given or cat.PLOVER_OVERRIDES.get(name) or cat.PLOVER_BY_KIND.get(kind, "")


def _define(
    name: str, inter: int, side: str | None, country_code: str | None, kind: str, plover: str = ""
) -> None:
    _ACTORS[name] = Actor(name, inter, side, country_code, kind, _plover(name, kind, plover))


def _suffix(country: cat.CountrySpec) -> str:
    return f" {country.period}" if country.period else ""


def _generic_name(role: str, country: cat.CountrySpec) -> str:
    if role == "military":
        return f"Military Forces of {country.of_name}{_suffix(country)}"
    if role == "air_force":
        return f"Military Forces of {country.of_name}{_suffix(country)} Air Force"
    if role == "navy":
        return f"Military Forces of {country.of_name}{_suffix(country)} Navy"
    if role == "police":
        return f"Police Forces of {country.of_name}{_suffix(country)}"
    if role == "government":
        return f"Government of {country.of_name}{_suffix(country)}"
    label = {
        "civilians": "Civilians",
        "protesters": "Protesters",
        "rioters": "Rioters",
        "unidentified": "Unidentified Armed Group",
        "gangs": "Unidentified Gang",
    }[role]
    return f"{label} ({country.name})"


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
}
_FALLBACK_NAMES: dict[str, str] = {
    "civilians": "Civilians",
    "protesters": "Protesters",
    "rioters": "Rioters",
    "unidentified": "Unidentified Armed Group",
    "gangs": "Unidentified Gang",
}


def _build() -> None:
    # generic actors of every country
    for country in cat.COUNTRIES:
        for role, (inter, kind, sided) in _GENERIC_ROLES.items():
            side = country.side if sided else None
            if role == "gangs" and country.code == "HT":
                side = "Haiti: gangs"
            _define(_generic_name(role, country), inter, side, country.code, kind)
    for role, name in _FALLBACK_NAMES.items():
        inter, kind, _ = _GENERIC_ROLES[role]
        _define(name, inter, None, None, kind)
    # named actors (their attributes win over a generic actor of the same name)
    for spec in cat.ACTORS:
        _define(spec.name, spec.inter, spec.side, spec.country_code, spec.kind, spec.plover)

    # aliases, most specific first: an alias already taken keeps its first meaning
    for spec in cat.ACTORS:
        for alias in spec.aliases:
            _add(alias, _Target("actor", spec.name))
    for person in cat.PERSONS:
        for alias in person.aliases:
            _add(alias, _Target("person", person.name), proper=True)
    for key, aliases in cat.TEMPLATE_ALIASES.items():
        target = _Target("none", key) if key == "unresolved" else _Target("template", key)
        for alias in aliases:
            _add(alias, target)
    for group in cat.ETHNIC_GROUPS:
        for head in cat.ETHNIC_MILITIA_HEADS:
            _add(f"{group} {head}", _Target("ethnic", group), proper=True)
    for country in cat.COUNTRIES:
        _add_country(country)
    # canonical names name themselves, unless a more specific meaning took the words first ("Islamic State")
    for spec in cat.ACTORS:
        _add(spec.name, _Target("actor", spec.name))


def _add_country(country: cat.CountrySpec) -> None:
    def target(role: str) -> _Target:
        return _Target("actor", _generic_name(role, country))

    state_heads = (
        ("military", cat.MILITARY_HEADS),
        ("air_force", cat.AIR_FORCE_HEADS),
        ("navy", cat.NAVY_HEADS),
        ("police", cat.POLICE_HEADS),
        ("government", cat.GOVERNMENT_HEADS),
    )
    people_heads = (
        ("civilians", cat.CIVILIAN_HEADS),
        ("protesters", cat.PROTESTER_HEADS),
        ("rioters", cat.RIOTER_HEADS),
        ("unidentified", cat.UNIDENTIFIED_HEADS),
        ("gangs", cat.TEMPLATE_ALIASES["gangs"]),
    )
    for role, heads in state_heads:
        aim = target(role)
        for head in heads:
            tail = _piece(head)
            for demonym in country.demonyms:
                _insert(aim, _piece(demonym, True), tail)
            for name in country.names:
                _insert(aim, _piece(name, True), _POSSESSIVE, tail)
                if head in cat.BARE_NAME_HEADS:
                    _insert(aim, _piece(name, True), tail)
    for role, heads in people_heads:
        aim = target(role)
        for head in heads:
            for demonym in country.demonyms:
                _insert(aim, _piece(demonym, True), _piece(head))
    for capital in country.capitals:
        for role, heads in state_heads:
            if role in ("military", "government"):
                for head in heads:
                    _insert(target(role), _piece(capital, True), _POSSESSIVE, _piece(head))
        _add(capital, _Target("actor", _generic_name("government", country), place=True), proper=True)
    for name in country.names:
        _add(name, _Target("actor", _generic_name("military", country), place=True), proper=True)


_build()
_SEEN.clear()
_PIECES.clear()


# --------------------------------------------------------------------------------------------------
# resolution of targets


_LOCAL_CACHE: dict[tuple[str, str | None], Actor] = {}


def _local(actor: Actor | None, country_code: str | None) -> Actor | None:
    """A state's own forces acting in another country are external forces (inter 8)."""
    if (
        actor is None
        or country_code is None
        or actor.inter != 1
        or actor.country_code in (None, country_code)
    ):
        return actor
    key = (actor.name, country_code)
    localised = _LOCAL_CACHE.get(key)
    if localised is None:
        localised = _LOCAL_CACHE[key] = replace(actor, inter=8)
    return localised


def _generic(role: str, country_code: str | None) -> Actor | None:
    country = _COUNTRY.get(country_code) if country_code else None
    if country is not None:
        return _ACTORS[_generic_name(role, country)]
    fallback = _FALLBACK_NAMES.get(role)
    if fallback is None:
        return None
    actor = _ACTORS[fallback]
    return replace(actor, country_code=country_code) if country_code else actor


def _named(name: str | None) -> Actor | None:
    return _ACTORS.get(name) if name else None


def _template(key: str, cc: str | None) -> Actor | None:
    if key in _FALLBACK_NAMES or key in ("military", "air_force", "police", "government"):
        return _generic(key, cc)
    if key == "health_ministry":
        return _named("Gaza Health Ministry") if cc == "PS" else _generic("government", cc)
    if key == "junta":
        return _named("Military Forces of Myanmar (2021-)") if cc == "MM" else _generic("government", cc)
    if key == "regime":
        if cc == "SY":
            return _named("Military Forces of Syria (2000-2024)")
        return _generic("military", cc)
    special: dict[str, dict[str, str]] = {
        "separatists": {"UA": "NAF: United Armed Forces of Novorossiya", "CM": "Ambazonian Separatists"},
        "paramilitary": {"SD": "Rapid Support Forces"},
        "resistance": {"MM": "PDF: People's Defense Force"},
        "peacekeepers": cat.PEACEKEEPING_MISSIONS,
        "au_forces": {"SO": "ATMIS: African Union Transition Mission in Somalia (2022-2024)"},
        "sna": {"SY": "Syrian National Army", "SO": "Military Forces of Somalia (2022-)"},
    }
    if key in special:
        return _named(special[key].get(cc or ""))
    if key == "islamic_state":
        return _named(cat.ISLAMIC_STATE_BRANCHES.get(cc or "", "Islamic State"))
    if key == "al_qaeda":
        return _named(cat.AL_QAEDA_BRANCHES.get(cc or "", "Al Qaeda"))
    if key == "naf":
        if cc == "NG":
            return _named("Military Forces of Nigeria (2023-) Air Force")
        return _named("NAF: United Armed Forces of Novorossiya")
    return None


@lru_cache(maxsize=4096)
def _ethnic(group: str, country_code: str | None) -> Actor:
    country = _COUNTRY.get(country_code) if country_code else None
    name = f"{group} Ethnic Militia ({country.name})" if country is not None else f"{group} Ethnic Militia"
    return Actor(name, 4, None, country_code, "militia", _plover(name, "militia"))


def _actor_of(target: _Target, country_code: str | None) -> Actor | None:
    if target.kind == "actor":
        return _local(_ACTORS.get(target.key), country_code)
    if target.kind == "template":
        return _local(_template(target.key, country_code), country_code)
    if target.kind == "person":
        person = _PERSONS.get(target.key)
        return _local(_ACTORS.get(person.actor), country_code) if person is not None else None
    if target.kind == "ethnic":
        return _ethnic(target.key, country_code)
    return None


# --------------------------------------------------------------------------------------------------
# matching


def _longest_at(norms: list[str], raws: list[str], i: int) -> tuple[int, _Target] | None:
    """The longest alias starting at token i whose case constraints hold: (end token, target)."""
    node = _ROOT.children.get(norms[i])
    best: tuple[int, _Target] | None = None
    j = i
    n = len(norms)
    while node is not None:
        for modes, target in node.terms:
            if not modes or _case_ok(modes, raws, i):
                best = (j + 1, target)
                break
        j += 1
        if j >= n:
            break
        node = node.children.get(norms[j])
    return best


def _reads_as_place(raws: list[str], norms: list[str], i: int, j: int) -> bool:
    if i > 0:
        if norms[i - 1] in _PLACE_BEFORE:
            return True
        # "Kupiansk, Ukraine": a capitalised word and a comma before the name
        if norms[i - 1] == "," and i > 1 and raws[i - 2][:1].isupper() and norms[i - 2] not in _DETERMINERS:
            return True
    return j < len(norms) and norms[j] in _PLACE_AFTER


def _matches(raws: list[str]) -> list[tuple[int, int, _Target]]:
    """Non-overlapping alias matches over the tokens `raws`: (first token, end token, target)."""
    cached = _NORM_CACHE.get
    norms = [cached(raw) or _norm(raw) for raw in raws]
    roots = _ROOT.children
    found: list[tuple[int, int, _Target]] = []
    for i, token in enumerate(norms):
        if token not in roots:
            continue
        hit = _longest_at(norms, raws, i)
        if hit is None:
            continue
        j, target = hit
        if target.place and _reads_as_place(raws, norms, i, j):
            continue
        found.append((i, j, target))
    if len(found) <= 1:
        return found
    # longest first, then leftmost; keep those that do not overlap a longer one
    found.sort(key=lambda m: (m[0] - m[1], m[0]))
    taken = bytearray(len(raws))
    kept: list[tuple[int, int, _Target]] = []
    for i, j, target in found:
        if any(taken[i:j]):
            continue
        taken[i:j] = b"\x01" * (j - i)
        kept.append((i, j, target))
    kept.sort(key=lambda m: m[0])
    return kept


def find_actors(text: str, *, country_code: str | None = None) -> list[ActorMention]:
    """Every actor mention in `text`, in order, without overlaps (a longer mention wins over a shorter
    one it overlaps). Mentions of armed people that cannot be attributed ("soldiers") have actor None."""
    if not text:
        return []
    raws = _TOKEN_RE.findall(text)
    found = _matches(raws)
    if not found:
        return []
    # token offsets, up to the last token matched: each token is the first occurrence of its text after
    # the previous one, since what lies between two tokens holds no token
    last = max(j for _, j, _ in found)
    starts: list[int] = []
    position = 0
    for raw in raws[:last]:
        position = text.find(raw, position)
        starts.append(position)
        position += len(raw)
    mentions: list[ActorMention] = []
    for i, j, target in found:
        start, end = starts[i], starts[j - 1] + len(raws[j - 1])
        mentions.append(ActorMention(text[start:end], start, end, _actor_of(target, country_code)))
    return mentions


def _exact(toks: list[tuple[int, int, str]]) -> _Target | None:
    """The target of an alias that spans all of `toks`."""
    if not toks:
        return None
    raws = [raw for _, _, raw in toks]
    norms = [_norm(raw) for raw in raws]
    node: _Node | None = _ROOT
    for token in norms:
        node = node.children.get(token) if node is not None else None
        if node is None:
            return None
    for modes, target in node.terms if node is not None else ():
        if not modes or _case_ok(modes, raws, 0):
            return target
    return None


def _exact_target(text: str) -> _Target | None:
    toks = [tok for tok in _tokens(text) if tok[2][0].isalnum() or tok[2][-1:] in "sS"]
    if toks and _norm(toks[-1][2]) == "'s":
        toks = toks[:-1]
    if not toks:
        return None
    target = _exact(toks)
    if target is None and _norm(toks[0][2]) in _DETERMINERS:
        target = _exact(toks[1:])
    if target is None and _norm(toks[0][2]) not in _DETERMINERS:
        target = _exact([(0, 0, "the"), *toks])
    return target


@lru_cache(maxsize=8192)
def _resolve_cached(text: str, country_code: str | None) -> Actor | None:
    target = _exact_target(text)
    if target is not None:
        return _actor_of(target, country_code)
    best: ActorMention | None = None
    for mention in find_actors(text, country_code=country_code):
        longer = best is None or mention.end - mention.start > best.end - best.start
        if mention.actor is not None and longer:
            best = mention
    return best.actor if best is not None else None


def resolve_actor(text: str, *, country_code: str | None = None) -> Actor | None:
    """The canonical actor named by one surface form ("Russian troops", "Kyiv's army", "the RSF",
    "Denis Pushilin", "Moscow", "Russia's defence ministry", "military"), or None.

    A form that is not an alias as a whole resolves to the longest actor mention inside it."""
    if not text or not text.strip():
        return None
    return _resolve_cached(text.strip(), country_code)


def person_role(text: str) -> str | None:
    """The role of the person a surface form names.

    "Pushilin" -> "Leader of the Donetsk People's Republic"; None when the form names no known person."""
    target = _exact_target(text.strip()) if text else None
    if target is None or target.kind != "person":
        return None
    person = _PERSONS.get(target.key)
    return person.role if person is not None else None


def side_of(actor: Actor | None) -> str | None:
    """The party an actor fights or speaks for, or None (civilians, unidentified groups, no actor)."""
    return actor.side if actor is not None else None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: both inter codes, smaller first (1 and 8 -> 18).

    One actor alone gives inter*10 (civilians alone -> 70); no actor gives None."""
    codes = sorted(code for code in (inter1, inter2) if code is not None)
    for code in codes:
        if not 0 <= code <= 9:
            raise ValueError(f"inter code {code} is not a single digit")
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def all_actors() -> list[Actor]:
    """Every catalogue actor (named and generic), sorted by name."""
    return sorted(_ACTORS.values(), key=lambda a: a.name)
