"""The actor catalogue: the data in `frontwatch/data/actors/`, read and checked once at import, for
`frontwatch.extract.actors` to build its index.

Naming follows ACLED's codebook conventions:

* state forces are "Military Forces of COUNTRY (PERIOD)", "Police Forces of COUNTRY (PERIOD)" and
  "Government of COUNTRY (PERIOD)", where PERIOD is the start year of the current government period;
  a branch is appended after the period ("Military Forces of Russia (2000-) Air Force");
* generic groups carry the country in brackets: "Civilians (Mali)", "Protesters (Ukraine)",
  "Rioters (Kenya)", "Unidentified Armed Group (Nigeria)";
* named non-state groups use "ACRONYM: Full Name" where the group is best known by an acronym.

Where ACLED's exact label for a group is not settled here, the name follows the same pattern
(e.g. "Ansar Allah", "Gaza Health Ministry", "Government of the Donetsk People's Republic");
persons are not actors of their own but speak for the actor in `PersonSpec.actor`.

Period suffixes are given only where the start of the current period is well established
(see `CountrySpec.period`); elsewhere the name carries no suffix. Suffixes describe the government in
office now, so events long in the past may get a later period than a hand coder would give them.

Inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
6 protesters, 7 civilians, 8 external/other forces. The code here is the actor's code at home; the
resolver turns 1 into 8 when a state's forces act in another country.

Aliases are matched case-insensitively, token by token: hyphens count as spaces, "'s" is a token of
its own, no alias spans a comma, bracket, dash or full stop, accents are ignored, and the plural and
singular of the nouns in `PLURALS` are the same token. A token written entirely in capitals ("SBU",
"AA", "US") only matches capitals in the text, and in country names, capitals, demonyms and names of
persons a capitalised word only matches a capitalised word ("Turkey", not "turkey").

The data files, all JSON:

* `countries.json`: a list of `CountrySpec` records, as objects with the same field names;
* `named.json`: named actors in groups, `[{"group": "Russia", "actors": [ActorSpec, ...]}, ...]`, where
  an actor's "plover" may be left out;
* `persons.json`: persons in groups, `[{"group": "Russia", "persons": [PersonSpec, ...]}, ...]`;
* `vocabulary.json`: the plural nouns, the head nouns of generic actors, the country-dependent forms,
  the ethnic militias, the branches of armed movements by country and the PLOVER agent types; the
  constants below say what each is.

A file that does not have this shape stops the import with `CatalogueError`. Groups only order the
files for their readers: the records of all groups form one tuple, in file order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib.resources import files
from typing import NamedTuple, NoReturn


class CountrySpec(NamedTuple):
    """A country, with the words the press uses for it, from which generic actors are built."""

    code: str  # ISO 3166-1 alpha-2
    name: str  # as ACLED writes it in brackets: "Democratic Republic of Congo"
    of_name: str  # as it follows "Forces of": "the Democratic Republic of Congo"
    period: str  # "(2019-)" or "" when not known
    side: str  # the side of its state forces
    demonyms: tuple[str, ...]
    names: tuple[str, ...]  # names used for the state as a whole ("Ukraine", "DRC")
    capitals: tuple[str, ...]  # capitals used for the government ("Kyiv said")


class ActorSpec(NamedTuple):
    """A canonical actor and the surface forms that name it."""

    name: str
    inter: int
    side: str | None
    country_code: str | None
    kind: str
    aliases: tuple[str, ...]
    plover: str = ""  # PLOVER/CAMEO-style agent type; from PLOVER_OVERRIDES or `kind` when empty


class PersonSpec(NamedTuple):
    """A named person whose statements are claims of the actor they speak for."""

    name: str
    role: str
    actor: str  # canonical name of an ActorSpec or of a generic country actor
    aliases: tuple[str, ...]


class CatalogueError(ValueError):
    """A catalogue data file that does not have the shape this module reads."""


# --------------------------------------------------------------------------------------------------
# reading and checking


def _fail(where: str, expected: str) -> NoReturn:
    raise CatalogueError(f"actor catalogue, {where}: expected {expected}")


def _text(value: object, where: str) -> str:
    if not isinstance(value, str):
        _fail(where, "a string")
    return value


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        _fail(where, "a list")
    return value


def _texts(value: object, where: str) -> tuple[str, ...]:
    return tuple(_text(item, f"{where}[{i}]") for i, item in enumerate(_list(value, where)))


class _Fields:
    """The fields of one JSON object, read with the type each must have."""

    def __init__(
        self, value: object, where: str, required: Iterable[str], optional: Iterable[str] = ()
    ) -> None:
        if not isinstance(value, dict):
            _fail(where, "an object")
        required = tuple(required)
        known = {*required, *optional}
        missing = sorted(set(required) - value.keys())
        unknown = sorted(value.keys() - known)
        if missing or unknown:
            _fail(where, f"the fields {sorted(known)} (missing {missing}, unknown {unknown})")
        self._value: dict[str, object] = value
        self._where = where

    def _at(self, key: str) -> str:
        return f"{self._where}.{key}"

    def text(self, key: str, default: str | None = None) -> str:
        if default is not None and key not in self._value:
            return default
        return _text(self._value[key], self._at(key))

    def optional_text(self, key: str) -> str | None:
        value = self._value[key]
        return None if value is None else _text(value, self._at(key))

    def integer(self, key: str) -> int:
        value = self._value[key]
        if not isinstance(value, int) or isinstance(value, bool):
            _fail(self._at(key), "an integer")
        return value

    def records(self, key: str) -> list[object]:
        return _list(self._value[key], self._at(key))

    def texts(self, key: str) -> tuple[str, ...]:
        return _texts(self._value[key], self._at(key))

    def _items(self, key: str) -> Iterable[tuple[str, object]]:
        value = self._value[key]
        if not isinstance(value, dict):
            _fail(self._at(key), "an object")
        return value.items()

    def text_map(self, key: str) -> dict[str, str]:
        return {name: _text(item, f"{self._at(key)}.{name}") for name, item in self._items(key)}

    def texts_map(self, key: str) -> dict[str, tuple[str, ...]]:
        return {name: _texts(item, f"{self._at(key)}.{name}") for name, item in self._items(key)}

    def fields(self, key: str, required: Iterable[str]) -> _Fields:
        return _Fields(self._value[key], self._at(key), required)


def _read(name: str) -> object:
    resource = files("frontwatch") / "data" / "actors" / name
    return json.loads(resource.read_text(encoding="utf-8"))


def _grouped(name: str, members: str) -> list[tuple[object, str]]:
    """The records of all groups of a grouped file, in order, each with where it is."""
    records: list[tuple[object, str]] = []
    for g, group in enumerate(_list(_read(name), name)):
        where = f"{name}[{g}]"
        fields = _Fields(group, where, ("group", members))
        fields.text("group")
        for r, record in enumerate(fields.records(members)):
            records.append((record, f"{where}.{members}[{r}]"))
    return records


def _country(value: object, where: str) -> CountrySpec:
    f = _Fields(value, where, CountrySpec._fields)
    return CountrySpec(
        f.text("code"),
        f.text("name"),
        f.text("of_name"),
        f.text("period"),
        f.text("side"),
        f.texts("demonyms"),
        f.texts("names"),
        f.texts("capitals"),
    )


def _actor(value: object, where: str) -> ActorSpec:
    f = _Fields(value, where, ActorSpec._fields[:-1], ("plover",))
    return ActorSpec(
        f.text("name"),
        f.integer("inter"),
        f.optional_text("side"),
        f.optional_text("country_code"),
        f.text("kind"),
        f.texts("aliases"),
        f.text("plover", default=""),
    )


def _person(value: object, where: str) -> PersonSpec:
    f = _Fields(value, where, PersonSpec._fields)
    return PersonSpec(f.text("name"), f.text("role"), f.text("actor"), f.texts("aliases"))


_VOCABULARY = _Fields(
    _read("vocabulary.json"),
    "vocabulary.json",
    (
        "plurals",
        "heads",
        "templates",
        "ethnic_groups",
        "ethnic_group_homes",
        "ethnic_militia_heads",
        "islamic_state_branches",
        "al_qaeda_branches",
        "islamist_groups",
        "forces_of",
        "state_of",
        "peacekeeping_missions",
        "plover_by_kind",
        "plover_overrides",
    ),
)
_HEADS = _VOCABULARY.fields(
    "heads",
    (
        "military",
        "air_force",
        "navy",
        "police",
        "government",
        "after_bare_name",
        "civilians",
        "protesters",
        "rioters",
        "unidentified",
    ),
)

# --------------------------------------------------------------------------------------------------
# the catalogue

# Actor kinds: "military", "government", "police", "rebels", "militia", "armed group" (unidentified),
# "external" (mercenaries, peacekeepers and other forces from outside), "civilians", "protesters", "rioters".
# PLOVER/CAMEO-style agent types by actor kind, with per-actor exceptions.
PLOVER_BY_KIND: dict[str, str] = _VOCABULARY.text_map("plover_by_kind")
PLOVER_OVERRIDES: dict[str, str] = _VOCABULARY.text_map("plover_overrides")

# Plural nouns that name the same thing as their singular; both sides of a match are folded with this.
PLURALS: dict[str, str] = _VOCABULARY.text_map("plurals")

# Countries. Generic actors (military, police, government, air force, navy, civilians, protesters,
# rioters, unidentified armed group, unidentified gang) are built for each of them.
COUNTRIES: tuple[CountrySpec, ...] = tuple(
    _country(record, f"countries.json[{i}]")
    for i, record in enumerate(_list(_read("countries.json"), "countries.json"))
)

# Head nouns combined with a demonym ("Russian troops"), a possessive country or capital ("Russia's army",
# "Kyiv's forces") or a country name ("Ukraine government") to name a country's generic actors.
MILITARY_HEADS: tuple[str, ...] = _HEADS.texts("military")
AIR_FORCE_HEADS: tuple[str, ...] = _HEADS.texts("air_force")
NAVY_HEADS: tuple[str, ...] = _HEADS.texts("navy")
POLICE_HEADS: tuple[str, ...] = _HEADS.texts("police")
GOVERNMENT_HEADS: tuple[str, ...] = _HEADS.texts("government")
# Heads that also follow a bare country name ("Sudan army", "Ukraine government").
BARE_NAME_HEADS: frozenset[str] = frozenset(_HEADS.texts("after_bare_name"))
CIVILIAN_HEADS: tuple[str, ...] = _HEADS.texts("civilians")
PROTESTER_HEADS: tuple[str, ...] = _HEADS.texts("protesters")
RIOTER_HEADS: tuple[str, ...] = _HEADS.texts("rioters")
UNIDENTIFIED_HEADS: tuple[str, ...] = _HEADS.texts("unidentified")

# Country-dependent surface forms: what they name depends on the country where the story happens.
# The resolver maps each template key to an actor for that country; the forms under "unresolved" are
# mentions of armed people that cannot be attributed without more context.
TEMPLATE_ALIASES: dict[str, tuple[str, ...]] = _VOCABULARY.texts_map("templates")

# Ethnic militias ("Fulani militia" -> "Fulani Ethnic Militia (Nigeria)") for the story country.
ETHNIC_GROUPS: tuple[str, ...] = _VOCABULARY.texts("ethnic_groups")
ETHNIC_MILITIA_HEADS: tuple[str, ...] = _VOCABULARY.texts("ethnic_militia_heads")
# Broad peoples whose armed men are an ethnic militia only where they live ("Arab gunmen" in Vienna are no
# militia of Austria)
ETHNIC_GROUP_HOMES: dict[str, tuple[str, ...]] = _VOCABULARY.texts_map("ethnic_group_homes")
# Where the Islamic State's regional branches operate, by story country.
ISLAMIC_STATE_BRANCHES: dict[str, str] = _VOCABULARY.text_map("islamic_state_branches")
AL_QAEDA_BRANCHES: dict[str, str] = _VOCABULARY.text_map("al_qaeda_branches")
# The group that "Islamist militants" or "jihadists" names by story country, where one group carries out
# nearly all such attacks (Iraq and Syria: the Islamic State; Somalia and Kenya: al Shabaab); elsewhere
# they stay an unidentified armed group.
ISLAMIST_GROUPS: dict[str, str] = _VOCABULARY.text_map("islamist_groups")
# Where a story's "army", "troops" or "warplanes" are another state's: Palestine has no army, and soldiers in
# the West Bank or Gaza are Israel's (country -> the country whose armed forces they are).
FORCES_OF: dict[str, str] = _VOCABULARY.text_map("forces_of")
# territories whose police, army and government are their sovereign's (Martinique: France's)
STATE_OF: dict[str, str] = _VOCABULARY.text_map("state_of")
PEACEKEEPING_MISSIONS: dict[str, str] = _VOCABULARY.text_map("peacekeeping_missions")

# Named actors. Where a name equals that of a generic country actor, this entry supplies its extra aliases.
ACTORS: tuple[ActorSpec, ...] = tuple(_actor(*record) for record in _grouped("named.json", "actors"))

# People whose statements are claims of the actor they speak for. Surnames are listed only where they
# are distinctive enough to stand alone in news text.
PERSONS: tuple[PersonSpec, ...] = tuple(_person(*record) for record in _grouped("persons.json", "persons"))
