"""Toponyms that event extraction does not need but a geoparser must report.

- Places inside the names of organisations: "the Kharkiv regional administration" names the Kharkiv
  region, "the Odesa city council" the city. Event extraction drops them (the organisation acts, the
  place does not), so they are looked for here, inside organisation and actor names only.
- Demonyms: "Ukrainian forces", "Israeli jets" mention a country (kind `demonym`).
- The dateline ("KHERSON, Ukraine (AP) —"): blanked before parsing, yet a toponym of the text.
"""

from __future__ import annotations

from typing import Any

from frontwatch.extract.datelines import ExtraToponym
from frontwatch.extract.locate import LocatedMention
from frontwatch.extract.words import NOT_PLACES
from frontwatch.geo.geocode import GeoContext, resolve
from frontwatch.model import Place

DEMONYM_OVERRIDE_SCORE = 0.8  # a place resolved this surely is not read as a demonym
MIN_NESTED_CHARS = 4  # "Al", "Bay": pieces of organisation names, not places
NOTABLE_POPULATION = 20_000  # a town this big may name an organisation anywhere
MAX_NGRAM = 3
ORGANISATION_LABELS = frozenset({"ORG", "FAC"})
# the word after a place inside an organisation's name says what the place is
REGION_MARKERS = frozenset({"regional", "region", "oblast", "provincial", "province", "governorate", "state"})
CITY_MARKERS = frozenset(
    {"city", "municipal", "town", "mayor", "village", "airport", "airbase", "station", "port", "university"}
)


# demonym endings and what to put back to find the country's name: Malian -> Mali, Ugandan -> Uganda,
# Mexican -> Mexico, Philippine -> Philippines, Chadian -> Chad, Nigerien -> Niger, Afghan -> Afghanistan,
# Turkmen -> Turkmenistan
DEMONYM_ENDINGS = (
    ("ian", ("", "ia", "a")),
    ("ean", ("ea", "")),
    ("an", ("", "a", "o", "anistan")),
    ("n", ("", "nistan")),
    # Tajik -> Tajikistan, Uzbek -> Uzbekistan, Kazakh -> Kazakhstan, Kyrgyz -> Kyrgyzstan
    ("k", ("kistan",)),
    ("h", ("hstan",)),
    ("z", ("zstan",)),
    ("ien", ("",)),
    ("ese", ("", "a")),
    ("i", ("", "a")),
    ("ish", ("", "ia")),
    ("e", ("es", "")),
)
MIN_STEM = 3


def country_of_demonym(word: str, gazetteer: Any) -> Place | None:
    """The country a demonym names, from the gazetteer's table or by taking the ending off ("Malian")."""
    country: Place | None = gazetteer.country_by_name(word)
    if country is not None or not word[:1].isupper() or not word.isalpha():
        return country
    for ending, restorations in DEMONYM_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < MIN_STEM:
            continue
        for restore in restorations:
            found: list[Place] = [
                p
                for p, kind in gazetteer.matches(stem + restore)
                if p.feature_code == "PCLI" and kind < 2 and _spelled_alike(word, p.name)
            ]
            if found:
                return found[0]
    return None


def _spelled_alike(word: str, country: str) -> bool:
    """ "Malian" begins as "Mali" does; "Malyn" (a Ukrainian town) only matches it by folded spelling."""
    return word[: MIN_STEM + 1].lower() == country[: MIN_STEM + 1].lower()


def as_demonym(located: LocatedMention, gazetteer: Any) -> ExtraToponym | None:
    """ "Ukrainian" taken for a place name (an alternate spelling somewhere): the country it names."""
    mention = located.mention
    country = country_of_demonym(mention.text, gazetteer)
    if country is None or mention.text == country.name or located.place == country:
        return None
    if located.place is not None and located.resolution.score >= DEMONYM_OVERRIDE_SCORE:
        return None
    return ExtraToponym(mention.start, mention.end, mention.text, country, 1.0, "any", "demonym")


def as_region_of_organisation(
    located: LocatedMention, sdoc: Any, gazetteer: Any, focus: tuple[str, ...]
) -> ExtraToponym | None:
    """ "the Kherson regional administration": the name stands for the region, not the city."""
    mention = located.mention
    following = sdoc[mention.token_end].lower_ if mention.token_end < len(sdoc) else ""
    if following not in ("regional", "provincial") or mention.kind == "region":
        return None
    resolution = resolve(gazetteer, mention.text, GeoContext(focus_countries=focus), kind="region")
    if resolution.place is None or resolution.place.country_code not in focus:
        return None  # "the Northeastern Regional Command" in Myanmar is no Icelandic region
    return ExtraToponym(
        mention.start, mention.end, mention.text, resolution.place, resolution.score, "region", "text"
    )


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def nested_toponyms(
    sdoc: Any,
    gazetteer: Any,
    focus: tuple[str, ...],
    taken: list[tuple[int, int]],
    actor_spans: list[tuple[int, int]],
) -> list[ExtraToponym]:
    """Place names inside organisation names ("Kharkiv regional administration" -> Kharkiv region);
    only a place's own name counts there, never an alternate spelling. `taken` holds the spans already
    reported and is extended with the ones found here."""
    people = {t.i for ent in sdoc.ents if ent.label_ == "PERSON" for t in ent}
    spans = [sdoc.char_span(s, e, alignment_mode="expand") for s, e in actor_spans]
    spans += [ent for ent in sdoc.ents if ent.label_ in ORGANISATION_LABELS]
    found: list[ExtraToponym] = []
    for span in spans:
        if span is None:
            continue
        for extra in _places_inside(span, gazetteer, focus, people):
            if not _overlaps(extra.start, extra.end, taken):
                found.append(extra)
                taken.append((extra.start, extra.end))
    return found


def _places_inside(span: Any, gazetteer: Any, focus: tuple[str, ...], people: set[int]) -> list[ExtraToponym]:
    found: list[ExtraToponym] = []
    covered = 0
    i = span.start
    while i < span.end:
        hit = _longest_name(span.doc, i, span.end, gazetteer, people)
        if hit is None:
            i += 1
            continue
        found.append(_nested(span.doc, i, hit, gazetteer, focus))
        covered += hit - i
        i = hit
    if covered == len(span) == 1 and _in_longer_name(span):
        return []
    if covered == len(span) > 1:
        return []  # "Paris Hilton": a name made only of place names is a person's or a brand's
    return [f for f in found if _notable(f, focus)]


def _in_longer_name(span: Any) -> bool:
    """A lone organisation word beside other capitalised words ("Paris Hilton") is part of a name."""
    doc = span.doc
    neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start for t in neighbours)


def _notable(found: ExtraToponym, focus: tuple[str, ...]) -> bool:
    """Organisations are named after places that matter ("Kharkiv regional administration", "Okhtyrka
    City Council"), not after hamlets that share a word of their name ("Liberation Army" is no French
    village)."""
    place = found.place
    if place is None:
        return False
    if place.feature_class != "P" or place.population >= NOTABLE_POPULATION or found.mention_kind != "any":
        return True
    return place.country_code in focus[:1]


def _longest_name(sdoc: Any, i: int, limit: int, gazetteer: Any, people: set[int]) -> int | None:
    for end in range(min(limit, i + MAX_NGRAM), i, -1):
        tokens = sdoc[i:end]
        if any(t.i in people or not t.text[:1].isupper() or t.is_punct for t in tokens):
            continue
        if len(tokens.text) < MIN_NESTED_CHARS or tokens.text.lower() in NOT_PLACES:
            continue
        if gazetteer.country_by_name(tokens.text) is not None and tokens[-1].ent_type_ == "NORP":
            continue  # a demonym ("Ukrainian"): reported as such
        if any(kind in (0, 1) for _, kind in gazetteer.matches(tokens.text)):
            return int(end)
    return None


def _nested(sdoc: Any, i: int, end: int, gazetteer: Any, focus: tuple[str, ...]) -> ExtraToponym:
    span = sdoc[i:end]
    following = sdoc[end].lower_ if end < len(sdoc) else ""
    kind = "region" if following in REGION_MARKERS else "settlement" if following in CITY_MARKERS else "any"
    context = GeoContext(focus_countries=focus)
    resolution = resolve(gazetteer, span.text, context, kind=kind)
    if resolution.place is None and kind == "region":
        kind = "any"
        resolution = resolve(gazetteer, span.text, context, kind=kind)
    return ExtraToponym(
        span.start_char, span.end_char, span.text, resolution.place, resolution.score, kind, "name"
    )


def demonym_toponyms(sdoc: Any, gazetteer: Any, taken: list[tuple[int, int]]) -> list[ExtraToponym]:
    """ "Ukrainian forces", "South Korean officials", "Palestinians": the country each names."""
    found: list[ExtraToponym] = []
    i = 0
    while i < len(sdoc):
        end = _demonym_end(sdoc, i, gazetteer)
        if end is None:
            i += 1
            continue
        span = sdoc[i:end]
        country = country_of_demonym(span.text, gazetteer)
        if country is not None and not _overlaps(span.start_char, span.end_char, taken):
            found.append(
                ExtraToponym(span.start_char, span.end_char, span.text, country, 1.0, "any", "demonym")
            )
        i = end
    return found


def _demonym_end(sdoc: Any, i: int, gazetteer: Any) -> int | None:
    token = sdoc[i]
    if not token.text[:1].isupper() or not token.is_alpha or token.ent_type_ == "PERSON":
        return None
    following = sdoc[i + 1] if i + 1 < len(sdoc) else None
    if following is not None and following.is_alpha and following.text[:1].isupper():
        pair = f"{token.text} {following.text}"  # "South Korean"
        country = gazetteer.country_by_name(pair)
        if country is not None and pair != country.name:
            return i + 2
    country = country_of_demonym(token.text, gazetteer)
    if country is not None and token.text != country.name and len(token.text) > 3:
        return i + 1
    return None
