"""Actors: from surface forms in news text ("Russian troops", "Kyiv's army", "the RSF", "Denis Pushilin")
to canonical ACLED-style actors, with their side and inter code.

The catalogue (`actor_catalogue`) is compiled once, on first use, into a token trie (`actor_index`): text is
split into word tokens (hyphens act as spaces, "'s" is a token of its own, and commas, brackets, dashes
and full stops are tokens that no alias spans), each token is folded (lower case, no accents, singular
for the nouns in `PLURALS`), and every position of the text walks the trie. A 300-character sentence
costs a few dozen dictionary look-ups.

Some surface forms depend on where the story happens ("villagers", "gunmen", "the army", "Islamic State");
they resolve against `country_code`, the ISO code of the story's country (`actor_resolution`). The same
code turns a state's own forces (inter 1) into external forces (inter 8) when they act abroad, as ACLED
codes them.

Country names resolve to the country's military and capitals to its government ("Moscow said"); whether
such a name is an actor or a place is the caller's call. `find_actors` leaves out country and capital
names that read as places: after a preposition of place ("in Ukraine", "from Moscow"), before a
place word ("Kyiv region", "Moscow-based") or after "Town," ("Kupiansk, Ukraine").
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontwatch.extract import actor_catalogue as cat
from frontwatch.extract.actor_index import (
    ACTORS,
    NORM_CACHE,
    PERSONS,
    TOKEN_RE,
    Node,
    Target,
    alias_trie,
    case_ok,
    norm,
    tokens,
)
from frontwatch.extract.actor_periods import STATE_KINDS
from frontwatch.extract.actor_resolution import LEADER_TITLE, actor_of
from frontwatch.extract.country_words import without_country_words
from frontwatch.extract.group_members import NON_STATE, UNNAMED, members_of_groups
from frontwatch.extract.not_actors import blank_non_actors
from frontwatch.extract.unit_states import own_state
from frontwatch.extract.words import PLACE_PARTS, SITES
from frontwatch.model import Actor, ActorMention

__all__ = ["all_actors", "find_actors", "interaction", "person_role", "resolve_actor", "side_of"]

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
        "(",  # "... in Tripoli (Tripoli)": a note's bracketed area
        "de",  # "the Stade de France", "the Banque du Liban": a name's place
        "du",
        "des",
        "del",
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
        "airlines",  # "Malaysia Airlines flight MH17": a company named for the country
        "airways",
    }
)

# --------------------------------------------------------------------------------------------------
# matching


def _longest_at(norms: list[str], raws: list[str], i: int) -> tuple[int, Target] | None:
    """The longest alias starting at token i whose case constraints hold: (end token, target)."""
    node = alias_trie().children.get(norms[i])
    best: tuple[int, Target] | None = None
    j = i
    n = len(norms)
    while node is not None:
        for modes, target in node.terms:
            if not modes or case_ok(modes, raws, i):
                best = (j + 1, target)
                break
        j += 1
        if j >= n:
            break
        node = node.children.get(norms[j])
    return best


_FRONTIERS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})

# what a country or its capital owns as a place ("Tripoli's airport"), not as a state ("Congo's border with
# Uganda" is where the state's forces stood; "Kyiv's residents" are people)
OWNED_PARTS = PLACE_PARTS - {"border", "coast", "residents"}


def _reads_as_place(raws: list[str], norms: list[str], i: int, j: int) -> bool:
    if i > 0:
        if norms[i - 1] in _PLACE_BEFORE:
            return True
        if i > 1 and norms[i - 1] == "with" and _FRONTIERS & set(norms[max(i - 3, 0) : i - 1]):
            return True  # "near the border with Mali", "the border crossing with India": where, not who
        # "Kupiansk, Ukraine": a capitalised word and a comma before the name
        if norms[i - 1] == "," and i > 1 and raws[i - 2][:1].isupper() and norms[i - 2] not in _DETERMINERS:
            return True
    if i > 0 and norms[i - 1] == "the" and j == i + 1 and j < len(norms) and norms[j] in SITES:
        return True  # "the Santiago home of the company's chairman": a city's house, not its government
    if j + 1 < len(norms) and norms[j] == "'s":
        # "Tripoli's international airport", "Moscow's suburbs": the name owns a part of a place
        return any(word in OWNED_PARTS for word in norms[j + 1 : j + 3])
    return j < len(norms) and norms[j] in _PLACE_AFTER


_Match = tuple[int, int, Target]  # first token, end token, what the alias names


def _matches(raws: list[str]) -> list[_Match]:
    """Non-overlapping alias matches over the tokens `raws`, in order."""
    cached = NORM_CACHE.get
    norms = [cached(raw) or norm(raw) for raw in raws]
    roots = alias_trie().children
    found: list[_Match] = []
    place_end = 0  # "in Papua New Guinea" is a place as a whole: no "Guinea" is read inside it
    for i, token in enumerate(norms):
        if token not in roots or i < place_end:
            continue
        hit = _longest_at(norms, raws, i)
        if hit is None:
            continue
        j, target = hit
        if target.place and _reads_as_place(raws, norms, i, j):
            place_end = j
            continue
        found.append((i, j, own_state(target, norms, i)))
    found = [m for m in found if m[2].key != LEADER_TITLE or _title_names_state(m, found, raws, norms)]
    return found if len(found) <= 1 else _without_overlaps(found, len(raws))


_PAST_TITLE = frozenset({"former", "ex", "late", "then", "outgoing", "ousted", "deposed", "jailed", "vice"})


def _title_names_state(match: _Match, found: list[_Match], raws: list[str], norms: list[str]) -> bool:
    """ "President Santos signed" speaks for the state's government; not a title in lower case, one held
    no more ("former Prime Minister Imran Khan"), nor one before a person the catalogue knows ("President
    Zelensky" speaks for his own state, wherever the story is)."""
    i, j, _ = match
    if not raws[i][:1].isupper() or (i > 0 and norms[i - 1] in _PAST_TITLE):
        return False
    return not any(other[2].kind == "person" and j <= other[0] <= j + 2 for other in found)


def _without_overlaps(found: list[_Match], size: int) -> list[_Match]:
    """Longest first, then leftmost: the matches that do not overlap a longer one, in order."""
    found.sort(key=lambda m: (m[0] - m[1], m[0]))
    taken = bytearray(size)
    kept: list[_Match] = []
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
    matched = blank_non_actors(text)
    raws = TOKEN_RE.findall(matched)
    found = _matches(raws)
    if not found:
        return []
    starts = _token_starts(matched, raws[: max(j for _, j, _ in found)])
    mentions: list[ActorMention] = []
    for i, j, target in found:
        start, end = starts[i], starts[j - 1] + len(raws[j - 1])
        if _gang_rape(text, start, end):
            continue
        words = _as_in_a_sentence(text, start, end)
        actor = _described_here(words, actor_of(target, country_code), country_code)
        mentions.append(ActorMention(text[start:end], start, end, actor))
    mentions = members_of_groups(text, without_country_words(text, mentions))
    return _with_shared_heads(text, _followers(text, mentions), country_code)


# words that describe armed men rather than name them
DESCRIPTIONS = frozenset(
    {"separatist", "secessionist", "rebel", "insurgent", "militant", "islamist", "jihadist"}
)
SENTENCE_START = re.compile(r"(?:^\s*|[.!?:;\u2014\u2013]['\"\u201d\u2019]?\s+|\s-\s+)$")


def _as_in_a_sentence(text: str, start: int, end: int) -> str:
    """The mention's words as they would be written inside a sentence: "Separatist fighters" that begin
    one are "separatist fighters"."""
    words = text[start:end]
    first, _, rest = words.partition(" ")
    if rest and first.lower() in DESCRIPTIONS and SENTENCE_START.search(text[:start]):
        return first.lower() + " " + rest
    return words


PEACEKEEPERS = re.compile(r"\b(?:peacekeep\w*|blue helmets)$", re.IGNORECASE)


def _described_here(words: str, actor: Actor | None, country_code: str | None) -> Actor | None:
    """ "Separatist fighters" in a story on Cameroon: a description the catalogue gives to one war's
    group names, in another country, an armed group of that country. "Moroccan peacekeepers" in a country
    with a UN mission serve in it."""
    if actor is None or country_code is None or actor.country_code in (None, country_code):
        return actor
    if PEACEKEEPERS.search(words) and country_code in cat.PEACEKEEPING_MISSIONS:
        return resolve_actor("peacekeepers", country_code=country_code) or actor
    if words != words.lower() or actor.kind not in NON_STATE:
        return actor
    # "separatist fighters" in Cameroon: the country's own separatists, where it has a group of that name
    local = resolve_actor(words.split()[0], country_code=country_code)
    if local is not None and local.kind in NON_STATE and local.country_code == country_code:
        return local
    return resolve_actor("armed men", country_code=country_code) or actor


GANG_RAPE = re.compile(r"-rap(?:e|ed|es|ing)\b|\s+rapes?\b", re.IGNORECASE)


def _gang_rape(text: str, start: int, end: int) -> bool:
    """ "soldiers gang-raped women": the word tells how, it names no gang."""
    return text[start:end].lower() == "gang" and GANG_RAPE.match(text, end) is not None


# "Russian and Ukrainian forces", "Russian recon units": a nationality whose forces noun comes later
SHARED_HEAD = re.compile(
    r"\b([A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ch))(?: and [A-Z][a-z]+| [a-z-]+){1,2} "
    r"(forces|troops|units|soldiers|servicemen|military|army)\b"
)


# "rebels loyal to renegade General Laurent Nkunda", "supporters of the cleric Moqtada al-Sadr"
FOLLOWING = re.compile(
    r"\b(?:loyal to|allied (?:to|with)|supporters of|followers of|loyalists of|backers of)\s+(?:the\s+)?"
    r"(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _followers(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The men loyal to a leader or a group are its men ("rebels loyal to Laurent Nkunda"; "forces loyal to
    President Hadi" are his state's forces); a state's leader whose supporters act is no party to their act
    ("supporters of President Mubarak charged into the square")."""
    out: list[ActorMention] = []
    for mention in mentions:
        followed = FOLLOWING.search(text, max(mention.start - 60, 0), mention.start)
        if followed is None or mention.actor is None or mention.actor.name.startswith(UNNAMED):
            out.append(mention)
            continue
        men = out[-1] if out and mention.start - out[-1].end < 60 else None
        if men is not None and _generic_men(men):
            out[-1] = ActorMention(men.text, men.start, men.end, _their_forces(mention.actor))
        elif FORCES_BEFORE.search(text, 0, followed.start()):  # "Forces loyal to ...": its forces
            out.append(ActorMention(mention.text, mention.start, mention.end, _their_forces(mention.actor)))
        elif mention.actor.kind not in STATE_KINDS:
            out.append(mention)
    return out


FORCES_BEFORE = re.compile(r"\b(?:forces|troops|fighters|soldiers|militiamen|men|units)\s+$", re.IGNORECASE)


def _generic_men(mention: ActorMention) -> bool:
    """ "rebels", "forces", "gunmen": men the text has not yet said whose they are."""
    unnamed = mention.actor is None or mention.actor.name.startswith(UNNAMED)
    return unnamed or mention.text == mention.text.lower()


def _their_forces(actor: Actor) -> Actor:
    """A government's men are its forces ("forces loyal to President Hadi")."""
    if actor.kind != "government" or actor.country_code is None:
        return actor
    return _resolve_cached("military", actor.country_code) or actor


def _with_shared_heads(
    text: str, mentions: list[ActorMention], country_code: str | None
) -> list[ActorMention]:
    added: list[ActorMention] = []
    for match in SHARED_HEAD.finditer(text):
        start, end = match.span(1)
        if any(m.start < end and start < m.end for m in [*mentions, *added]):
            continue
        actor = _resolve_cached(f"{match.group(1)} {match.group(2)}", country_code)
        if actor is not None:
            added.append(ActorMention(match.group(1), start, end, actor))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _token_starts(text: str, raws: list[str]) -> list[int]:
    """The offsets of the first tokens of `text`: each token is the first occurrence of its text after
    the previous one, since what lies between two tokens holds no token."""
    starts: list[int] = []
    position = 0
    for raw in raws:
        position = text.find(raw, position)
        starts.append(position)
        position += len(raw)
    return starts


def _exact(toks: list[tuple[int, int, str]]) -> Target | None:
    """The target of an alias that spans all of `toks`."""
    if not toks:
        return None
    raws = [raw for _, _, raw in toks]
    norms = [norm(raw) for raw in raws]
    node: Node | None = alias_trie()
    for token in norms:
        node = node.children.get(token) if node is not None else None
        if node is None:
            return None
    for modes, target in node.terms if node is not None else ():
        if not modes or case_ok(modes, raws, 0):
            return target
    return None


def _exact_target(text: str) -> Target | None:
    toks = [tok for tok in tokens(text) if tok[2][0].isalnum() or tok[2][-1:] in "sS"]
    if toks and norm(toks[-1][2]) == "'s":
        toks = toks[:-1]
    if not toks:
        return None
    target = _exact(toks)
    if target is None and norm(toks[0][2]) in _DETERMINERS:
        target = _exact(toks[1:])
    if target is None and norm(toks[0][2]) not in _DETERMINERS:
        target = _exact([(0, 0, "the"), *toks])
    return target


@lru_cache(maxsize=8192)
def _resolve_cached(text: str, country_code: str | None) -> Actor | None:
    target = _exact_target(text)
    if target is not None:
        return actor_of(target, country_code)
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
    person = PERSONS.get(target.key)
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
    return sorted(ACTORS.values(), key=lambda a: a.name)
