"""The records that flow through the pipeline. Plain frozen dataclasses, no behaviour beyond conversion."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Granularity = Literal["day", "week", "month", "year"]
Modality = Literal["asserted", "claimed", "denied", "future", "hypothetical", "historical"]
MODALITIES: tuple[str, ...] = ("asserted", "claimed", "denied", "future", "hypothetical", "historical")

# ACLED time_precision: 1 day, 2 week, 3 month or coarser.
ACLED_TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}


@dataclass(frozen=True)
class Period:
    """A date with its precision: a day, or the span of a week, month or year."""

    start: date
    end: date
    granularity: Granularity

    @property
    def time_precision(self) -> int:
        return ACLED_TIME_PRECISION[self.granularity]


@dataclass(frozen=True)
class RawDocument:
    """What ingest produces: the text exactly as given, plus whatever metadata the container held."""

    doc_id: str
    source: str
    text: str
    media_type: str  # "text", "html", "jsonl", "feed"
    title: str | None = None
    published: str | None = None  # as written in the container (ISO 8601, RFC 2822, ...)
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Rejection:
    """An input that was not coded, with its stable error code. Nothing is dropped silently."""

    doc_id: str
    source: str
    code: str
    message: str
    hint: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A normalised document. `coded_text` has the same length as `text`: boilerplate (headers,
    footers, credits, datelines, captions) is blanked with spaces, so offsets into it are offsets into
    `text`."""

    doc_id: str
    source: str
    text: str
    coded_text: str
    document_hash: str
    media_type: str
    title: str | None
    published: Period | None
    published_from: str | None  # "container", "header", "option"
    dateline: str | None
    dateline_span: Span | None
    outlet: str | None
    agency: str | None
    author: str | None
    url: str | None
    language: str
    language_score: float
    boilerplate: tuple[Span, ...] = ()


# Settlements of the Ukrainian codifier of administrative units (KATOTTG) that GeoNames lacks get a
# negative id made from their code. A code is "UA" and 17 digits: oblast (2), raion (2), hromada (3),
# settlement (3), city district (2, always "00" for a settlement) and a 5-digit identifier. The id is
# minus the number the 15 digits make without the district pair, e.g. UA14160090010012345 ->
# -141600900112345: stable, reversible, and at most 15 digits, so JavaScript keeps it exact. Every other
# negative id of the gazetteer (areas, countries) lies above KATOTTG_ID_MAX.
KATOTTG_ID_MAX = -(10**12)


def katottg_id(code: str) -> int:
    """The gazetteer id of a codifier settlement; ValueError for a code that is not one."""
    digits = code[2:]
    if len(code) != 19 or not code.startswith("UA") or not digits.isdigit() or digits[10:12] != "00":
        raise ValueError(f"{code!r} is not the KATOTTG code of a settlement")
    return -int(digits[:10] + digits[12:])


def katottg_code(geonameid: int | None) -> str | None:
    """The KATOTTG code behind a codifier id, None for any other id."""
    if geonameid is None or geonameid > KATOTTG_ID_MAX:
        return None
    digits = f"{-geonameid:015d}"
    return f"UA{digits[:10]}00{digits[10:]}"


# Airports and air bases (from the airportsdata package) get a negative id made from their ICAO code,
# read as a number in base 37 (digits, letters, and the "_" of a few codes the package makes up):
# -(AIRFIELD_ID_BASE + n). They lie between AIRFIELD_ID_MIN and -AIRFIELD_ID_BASE, far from GeoNames
# ids (positive), area and country ids (above -10**7) and codifier ids (at or below KATOTTG_ID_MAX).
AIRFIELD_ID_BASE = 3 * 10**9
_ICAO_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
AIRFIELD_ID_MIN = -(AIRFIELD_ID_BASE + len(_ICAO_DIGITS) ** 4 - 1)


def airfield_id(icao: str) -> int:
    """The gazetteer id of an airport or air base; ValueError for a code that is not 4 ICAO characters."""
    if len(icao) != 4 or any(ch not in _ICAO_DIGITS for ch in icao):
        raise ValueError(f"{icao!r} is not an ICAO airport code")
    n = 0
    for ch in icao:
        n = n * len(_ICAO_DIGITS) + _ICAO_DIGITS.index(ch)
    return -(AIRFIELD_ID_BASE + n)


def airfield_icao(geonameid: int | None) -> str | None:
    """The ICAO code behind an airfield id, None for any other id."""
    if geonameid is None or not AIRFIELD_ID_MIN <= geonameid <= -AIRFIELD_ID_BASE:
        return None
    n, chars = -geonameid - AIRFIELD_ID_BASE, []
    for _ in range(4):
        n, digit = divmod(n, len(_ICAO_DIGITS))
        chars.append(_ICAO_DIGITS[digit])
    return "".join(reversed(chars))


def public_place_ids(geonameid: int | None) -> dict[str, Any]:
    """The place keys every output shows: `geonameid` (null for a codifier settlement or an airfield),
    `katottg` and `icao`."""
    return {
        "geonameid": public_geonameid(geonameid),
        "katottg": katottg_code(geonameid),
        "icao": airfield_icao(geonameid),
    }


def public_geonameid(geonameid: int | None) -> int | None:
    """The id shown to users: a GeoNames (or area) id, None for a codifier settlement (see `katottg_code`)
    or an airfield (see `airfield_icao`)."""
    if katottg_code(geonameid) is not None or airfield_icao(geonameid) is not None:
        return None
    return geonameid


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    country: str
    admin1_code: str
    admin1: str
    feature_class: str  # GeoNames class: "P" populated place, "A" admin area / country, "S", "T", "H", "L"
    # GeoNames feature code ("PPL", "PPLA", "PPLC", "ADM1", "PCLI", "DAM", "ISL" ...); None where the
    # source does not say (cities500 rows carry no code).
    feature_code: str | None
    population: int

    @property
    def katottg(self) -> str | None:
        """The KATOTTG code of a settlement taken from the Ukrainian codifier, else None."""
        return katottg_code(self.geonameid)

    @property
    def icao(self) -> str | None:
        """The ICAO code of an airport or air base taken from the airportsdata package, else None."""
        return airfield_icao(self.geonameid)

    @property
    def estimated(self) -> bool:
        """Whether the coordinates are an estimate (a codifier settlement placed at the mean of its
        hromada's known places), not the place's own point."""
        return self.geonameid <= KATOTTG_ID_MAX


@dataclass(frozen=True)
class Resolution:
    """A place name resolved in context; `place` is None when no candidate was good enough."""

    place: Place | None
    score: float
    geo_precision: int
    candidates: int


@dataclass(frozen=True)
class Event:
    """One coded event. Field names are the public `extract --format jsonl` interface: add, never rename."""

    doc_id: str
    document_hash: str
    event_id: str
    event_date: str | None
    date_start: str | None
    date_end: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    interaction: int | None
    claimant: str | None
    claimant_actor: str | None
    claimant_side: str | None
    modality: str
    location: str | None
    geonameid: int | None
    admin1: str | None
    country: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    trigger: str = ""
    location_start: int | None = None
    location_end: int | None = None
    extractor_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Reading back `as_dict` output: a codifier settlement or an airfield comes as geonameid null and
        # its own code, which gives back the internal id.
        for key, to_id in (("katottg", katottg_id), ("icao", airfield_id)):
            if key not in self.extra:
                continue
            extra = dict(self.extra)
            code = extra.pop(key)
            if self.geonameid is None and isinstance(code, str):
                try:
                    object.__setattr__(self, "geonameid", to_id(code))
                except ValueError:
                    extra[key] = code  # not such a code: kept as it came
            object.__setattr__(self, "extra", extra)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        data.update(public_place_ids(self.geonameid))
        data.update(self.extra)
        return data


@dataclass(frozen=True)
class Actor:
    """A canonical actor in ACLED's naming, e.g. "Military Forces of Russia (2000-)"."""

    name: str
    inter: int  # ACLED inter code: 1 state forces .. 8 external/other forces
    side: str | None  # the party it speaks or fights for ("Russia", "Ukraine", "Sudan: RSF", ...)
    country_code: str | None  # ISO 3166-1 alpha-2 of the actor's country
    kind: str  # "military", "government", "police", "rebels", "militia", "civilians", "protesters", ...
    plover_code: str = ""


@dataclass(frozen=True)
class ActorMention:
    """An actor found in text, resolved to the catalogue (or left unresolved with actor None)."""

    text: str
    start: int
    end: int
    actor: Actor | None
