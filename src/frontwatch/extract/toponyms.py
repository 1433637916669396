"""Geoparsing: every toponym of a document, each put on the map (or left unresolved), with offsets.

Event extraction needs only the places where something happened; a geoparser names every place the
text mentions. The same place finder and resolver serve both (`places.py`, `locate.py`), so a fix in
one shows in the other; on top of them come the toponyms events never need: places inside the names
of organisations ("the Kharkiv regional administration"), demonyms ("Ukrainian forces" -> Ukraine)
and the dateline. Names that stand for a government ("Moscow said") are left out: they say who
speaks, not where.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from frontwatch.extract.datelines import ExtraToponym
from frontwatch.extract.locate import LocatedMention, read_places
from frontwatch.extract.toponym_extras import (
    as_demonym,
    as_region_of_organisation,
    demonym_toponyms,
    nested_toponyms,
)
from frontwatch.geo.geocode import geo_precision
from frontwatch.model import Document, Place, public_geonameid

ToponymKind = Literal["place", "admin area", "country", "demonym"]
TOPONYM_KINDS: tuple[str, ...] = ("place", "admin area", "country", "demonym")


@dataclass(frozen=True)
class Toponym:
    """One toponym found in a document. Field names are the public `geoparse --format jsonl` interface:
    add, never rename. Offsets are code points into `Document.text`."""

    doc_id: str
    start: int
    end: int
    text: str
    name: str | None
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    country_code: str | None
    country: str | None
    admin1: str | None
    feature_code: str | None
    kind: str
    score: float
    geo_precision: int | None
    source: (
        str  # how it was found: "text", "name" (inside an organisation or road name), "demonym", "dateline"
    )
    near: bool  # "near X", "outskirts of X"
    # the KATOTTG code of a settlement taken from the Ukrainian codifier (its geonameid is then null)
    katottg: str | None = None
    # the ICAO code of an airport or air base taken from the airportsdata package (geonameid null)
    icao: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def geoparse(doc: Document, sdoc: Any, gazetteer: Any) -> list[Toponym]:
    """Every toponym of `doc` in text order. `sdoc` is the spaCy parse of `doc.coded_text` (or a prefix).

    Mentions used for a government are left out; a name the resolver is not sure of keeps its span and
    kind with null coordinates."""
    reading = read_places(doc, sdoc, gazetteer)
    taken = [(m.mention.start, m.mention.end) for m in reading.located]
    found: list[Toponym] = []
    extras: list[ExtraToponym] = []
    for located in reading.located:
        if located.mention.government and not _is_country(located.place):
            continue  # "Moscow said": a government; "Sudan's army" still names the country
        extra = as_demonym(located, gazetteer) or as_region_of_organisation(
            located, sdoc, gazetteer, reading.focus
        )
        if extra is not None:
            extras.append(extra)
        else:
            found.append(_from_located(doc.doc_id, located))
    extras.extend(nested_toponyms(sdoc, gazetteer, reading.focus, taken, reading.actor_spans))
    extras.extend(demonym_toponyms(sdoc, gazetteer, taken))
    extras.extend(reading.dateline)
    found.extend(_from_extra(doc.doc_id, e) for e in extras)
    return sorted(found, key=lambda t: (t.start, t.end))


def _is_country(place: Place | None) -> bool:
    return place is not None and place.feature_code == "PCLI"


def toponym_kind(place: Place | None, mention_kind: str = "any") -> str:
    """The public kind of a resolved entry: a place (a populated place, an airfield, a sea or a
    strait), an admin area or a country."""
    if place is None:
        return "admin area" if mention_kind == "region" else "place"
    if place.feature_code == "PCLI":
        return "country"
    return "admin area" if place.feature_class == "A" else "place"


def _from_located(doc_id: str, located: LocatedMention) -> Toponym:
    mention, resolution = located.mention, located.resolution
    precision = resolution.geo_precision or None
    if precision == 1 and mention.near:
        precision = 2
    return _record(
        doc_id,
        (mention.start, mention.end, mention.text),
        resolution.place,
        toponym_kind(resolution.place, mention.kind),
        (resolution.score, precision),
        ("text", mention.near),
    )


def _from_extra(doc_id: str, extra: ExtraToponym) -> Toponym:
    kind = "demonym" if extra.source == "demonym" else toponym_kind(extra.place, extra.mention_kind)
    precision = None if extra.place is None else geo_precision(extra.place)
    return _record(
        doc_id,
        (extra.start, extra.end, extra.text),
        extra.place,
        kind,
        (extra.score, precision),
        (extra.source, False),
    )


def _record(
    doc_id: str,
    span: tuple[int, int, str],
    place: Place | None,
    kind: str,
    quality: tuple[float, int | None],
    how: tuple[str, bool],
) -> Toponym:
    start, end, text = span
    return Toponym(
        doc_id=doc_id,
        start=start,
        end=end,
        text=text,
        name=place.name if place is not None else None,
        geonameid=_public_id(place),
        latitude=place.latitude if place is not None else None,
        longitude=place.longitude if place is not None else None,
        country_code=place.country_code if place is not None else None,
        country=place.country if place is not None else None,
        admin1=(place.admin1 or None) if place is not None else None,
        feature_code=getattr(place, "feature_code", None) if place is not None else None,
        kind=kind,
        score=round(quality[0], 4),
        geo_precision=_precision(place, quality[1]),
        source=how[0],
        near=how[1],
        katottg=place.katottg if place is not None else None,
        icao=place.icao if place is not None else None,
    )


def _public_id(place: Place | None) -> int | None:
    """The id shown: as every output shows it (`model.public_geonameid`), so a toponym and an event at
    the same place carry the same id."""
    return public_geonameid(place.geonameid) if place is not None else None


def _precision(place: Place | None, precision: int | None) -> int | None:
    """A settlement whose point is only estimated is never better than "near" it (2)."""
    if place is None:
        return None
    if precision == 1 and place.estimated:
        return 2
    return precision
