"""Read GeoNames dump files line by line: the 19-column place files (UA.txt, cities500.txt,
allCountries.txt, and the .zip they are distributed in) and alternateNamesV2.txt.

Nothing is held in memory beyond one line: a .zip member is streamed, never extracted to disk.
A line that does not parse is reported with its number and the reason, never silently dropped.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from frontwatch.errors import NotAGeoNamesDump, UnreadableDump

DumpKind = Literal["places", "alternates"]

PLACE_COLUMNS = 19
ALTERNATE_COLUMNS = (10, 8)  # alternateNamesV2.txt; the older alternateNames.txt has no from/to
SNIFF_LINES = 5

# Feature codes of the classes other than P and A that news names as places of events.
LANDMARK_CODES: frozenset[str] = frozenset(
    {
        "AIRB",  # airbase
        "AIRF",  # airfield
        "AIRP",  # airport
        "DAM",
        "PS",  # power station
        "PSH",  # hydroelectric power station
        "PSN",  # nuclear power station
        "MILB",  # military base
        "NVB",  # naval base
        "PRT",  # port
        "BDG",  # bridge
        "PRN",  # prison
        "ISL",  # island
        "ISLS",  # islands
        "ISLT",  # land-tied island
        "PEN",  # peninsula
        "SPIT",
        "RSV",  # reservoir
    }
)
# Historical entries describe what no longer exists under that code: left out.
_HISTORICAL_CODES = frozenset({"PPLH", "ADM1H", "ADM2H", "ADM3H", "ADM4H", "ADMDH", "PCLH"})

# alternateNamesV2 "languages" that are not names: links, postal codes, airport and other codes.
NON_NAME_LANGUAGES: frozenset[str] = frozenset(
    {"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "tcid", "fr_1793", "phon"}
)


@dataclass(frozen=True)
class DumpPlace:
    """One row of a GeoNames place dump (the columns frontwatch keeps)."""

    geonameid: int
    name: str
    asciiname: str
    alternates: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    population: int


@dataclass(frozen=True)
class DumpAlternate:
    """One row of alternateNamesV2.txt."""

    geonameid: int
    language: str
    name: str
    preferred: bool
    historic: bool


@dataclass(frozen=True)
class BadLine:
    line: int
    reason: str


def is_kept(place: DumpPlace) -> bool:
    """Populated places, admin areas and countries, and the landmark codes of `LANDMARK_CODES`."""
    if place.feature_code in _HISTORICAL_CODES:
        return False
    return place.feature_class in ("P", "A") or place.feature_code in LANDMARK_CODES


def parse_place(line: str) -> DumpPlace:
    """A 19-column dump line; ValueError with the reason when it does not parse."""
    f = line.rstrip("\r\n").split("\t")
    if len(f) != PLACE_COLUMNS:
        raise ValueError(f"{len(f)} columns, a GeoNames place line has {PLACE_COLUMNS}")
    lat, lon = _number(f[4], "latitude"), _number(f[5], "longitude")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range ({f[4]}, {f[5]})")
    if not f[1].strip():
        raise ValueError("empty name")
    return DumpPlace(
        geonameid=_id(f[0]),
        name=f[1].strip(),
        asciiname=f[2].strip(),
        alternates=tuple(a for a in f[3].split(",") if a),
        latitude=lat,
        longitude=lon,
        feature_class=f[6],
        feature_code=f[7],
        country_code=f[8].upper(),
        admin1_code=f[10],
        population=_population(f[14]),
    )


def parse_alternate(line: str) -> DumpAlternate:
    """An alternateNamesV2 (or alternateNames) line; ValueError with the reason when it does not parse."""
    f = line.rstrip("\r\n").split("\t")
    if len(f) not in ALTERNATE_COLUMNS:
        raise ValueError(f"{len(f)} columns, an alternate-names line has 10 (or 8)")
    _id(f[0])
    if not f[3].strip():
        raise ValueError("empty name")
    return DumpAlternate(
        geonameid=_id(f[1]),
        language=f[2],
        name=f[3].strip(),
        preferred=f[4] == "1",
        historic=f[7] == "1",
    )


def _id(text: str) -> int:
    if not text.isdigit():
        raise ValueError(f"id {text[:20]!r} is not a number")
    return int(text)


def _number(text: str, what: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{what} {text[:20]!r} is not a number") from None


def _population(text: str) -> int:
    if not text:
        return 0
    if not text.isdigit():
        raise ValueError(f"population {text[:20]!r} is not a number")
    return int(text)


@contextlib.contextmanager
def dump_lines(path: Path) -> Iterator[Iterator[str]]:
    """The text lines of a dump file, or of the GeoNames .txt member of a .zip, streamed."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                member = _zip_member(archive, path)
                with archive.open(member) as raw:
                    yield iter(io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="\n"))
            return
        with open(path, encoding="utf-8", errors="replace", newline="\n") as fh:
            yield iter(fh)
    except OSError as exc:
        raise UnreadableDump(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except zipfile.BadZipFile as exc:
        raise UnreadableDump(f"{path} is a damaged .zip: {exc}.") from exc


def _zip_member(archive: zipfile.ZipFile, path: Path) -> str:
    """UA.zip holds UA.txt (and readme.txt): the member named after the archive, else the only .txt."""
    names = [n for n in archive.namelist() if n.lower().endswith(".txt") and "readme" not in n.lower()]
    same = [n for n in names if Path(n).stem.lower() == path.stem.lower()]
    if same:
        return same[0]
    if len(names) == 1:
        return names[0]
    raise UnreadableDump(f"{path} holds no single GeoNames .txt file (found: {', '.join(names) or 'none'}).")


def sniff(path: Path) -> DumpKind:
    """Whether the file is a place dump or an alternate-names file; NotAGeoNamesDump when it is neither.

    The first non-comment lines decide (read from the first 64 KB only, so a large binary file costs
    nothing): most of them must parse as one of the two formats."""
    head = [ln for ln in _head_lines(path) if ln.strip() and not ln.startswith("#")][:SNIFF_LINES]
    if head and _mostly(parse_place, head):
        return "places"
    if head and _mostly(parse_alternate, head):
        return "alternates"
    raise NotAGeoNamesDump(f"{path} is not a GeoNames dump: its first lines are not GeoNames rows.")


def _head_lines(path: Path, size: int = 65536) -> list[str]:
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive, archive.open(_zip_member(archive, path)) as raw:
                data = raw.read(size + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read(size + 1)
    except OSError as exc:
        raise UnreadableDump(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except zipfile.BadZipFile as exc:
        raise UnreadableDump(f"{path} is a damaged .zip: {exc}.") from exc
    if b"\x00" in data:
        return []
    lines = data[:size].decode("utf-8", errors="replace").split("\n")
    return lines[:-1] if len(data) > size else lines


def _mostly(parse: Callable[[str], object], lines: list[str]) -> bool:
    good = 0
    for line in lines:
        try:
            parse(line)
        except ValueError:
            continue
        good += 1
    return good * 2 > len(lines)
