"""Import GeoNames dumps into the imports file beside the gazetteer index (see `imports_db`).

Files are streamed in batches: a batch of place rows and their names is written, then the next
is read, so allCountries.txt (12 million lines) needs no more memory than cities500. Importing a
file twice leaves the same rows. Bad lines are counted and kept with their numbers in the report.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from frontwatch.errors import BadDumpLine, GazetteerMissing
from frontwatch.geo.build import default_gazetteer_path
from frontwatch.geo.geonames_dump import (
    NON_NAME_LANGUAGES,
    BadLine,
    DumpAlternate,
    DumpKind,
    DumpPlace,
    dump_lines,
    is_kept,
    parse_alternate,
    parse_place,
    sniff,
)
from frontwatch.geo.imports_db import SLAVIC_SQL, imports_path_for, open_imports_for_writing
from frontwatch.geo.keys import admin_key, is_latin_key, name_key, slavic_key
from frontwatch.geo.name_index import KIND_ALTERNATE, KIND_MAIN, KIND_OFFICIAL, alternate_key, transliterate

BATCH_LINES = 20_000
MAX_BAD_REPORTED = 50

# (key, geonameid, kind, source name, 1 when the key is an admin_key)
NameRow = tuple[str, int, int, str, int]
ImportProgress = Callable[["ImportReport"], None]


@dataclass
class ImportReport:
    """What one file brought: lines read, rows kept, lines skipped by feature code, bad lines."""

    path: str
    kind: DumpKind
    lines: int = 0
    kept: int = 0
    merged: int = 0  # admin1 and country rows whose names went to the built-in entries
    skipped: int = 0
    bad: int = 0
    unmatched_names: int = 0  # alternate names of places that are in neither the index nor the imports
    bad_lines: list[BadLine] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def lines_per_second(self) -> float:
        return self.lines / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["lines_per_second"] = round(self.lines_per_second)
        return data


def import_dumps(
    paths: Iterable[Path],
    *,
    index_path: Path | None = None,
    imports_path: Path | None = None,
    strict: bool = False,
    progress: ImportProgress | None = None,
) -> list[ImportReport]:
    """Import GeoNames place dumps and alternate-name files; place files go first, whatever the order.

    Every file is checked before anything is written: a file that is not a dump raises
    NotAGeoNamesDump. With `strict`, the first bad line raises BadDumpLine."""
    index = Path(index_path) if index_path is not None else default_gazetteer_path()
    if not index.is_file():
        raise GazetteerMissing(f"No gazetteer index at {index}: build it before importing.")
    target = Path(imports_path) if imports_path is not None else imports_path_for(index)
    kinds = [(Path(p), sniff(Path(p))) for p in paths]
    kinds.sort(key=lambda item: item[1] != "places")
    con = open_imports_for_writing(target)
    try:
        writer = _Writer(con, index)
        reports = []
        for path, kind in kinds:
            report = ImportReport(path=str(path), kind=kind)
            writer.run(path, report, strict, progress or (lambda _r: None))
            reports.append(report)
            _log(con, report)
        return reports
    finally:
        con.close()


def _log(con: sqlite3.Connection, report: ImportReport) -> None:
    row = con.execute("SELECT value FROM meta WHERE key = 'imports'").fetchone()
    log = json.loads(row[0]) if row else {}
    entry = report.as_dict()
    entry["bad_lines"] = [[b.line, b.reason] for b in report.bad_lines[:10]]
    log[str(Path(report.path).resolve())] = entry
    con.execute("INSERT OR REPLACE INTO meta VALUES ('imports', ?)", (json.dumps(log, sort_keys=True),))
    con.commit()


class _Writer:
    """Writes batches into the imports file, with the built index attached to find its entries."""

    def __init__(self, con: sqlite3.Connection, index: Path) -> None:
        self.con = con
        con.create_function("fw_variant", 1, slavic_key, deterministic=True)
        con.execute("ATTACH DATABASE ? AS base", (f"{index.resolve().as_uri()}?mode=ro",))
        con.execute(
            "CREATE TEMP TABLE IF NOT EXISTS stage "
            "(key TEXT, geonameid INTEGER, kind INTEGER, source TEXT, admin INTEGER)"
        )
        self.admin1_area = {
            (str(cc), str(code)): int(gid)
            for cc, code, gid in con.execute("SELECT country_code, admin1_code, area_id FROM base.admin1")
        }
        self.country_area = {
            str(cc): int(gid) for cc, gid in con.execute("SELECT country_code, area_id FROM base.countries")
        }

    def run(self, path: Path, report: ImportReport, strict: bool, progress: ImportProgress) -> None:
        started = time.monotonic()
        handle = self._place_batch if report.kind == "places" else self._alternate_batch
        with dump_lines(path) as lines:
            for batch in _batches(lines, report, strict):
                handle(batch, report)
                report.seconds = time.monotonic() - started
                progress(report)
        report.seconds = time.monotonic() - started

    # -- place dumps ---------------------------------------------------------------------------------

    def _place_batch(self, lines: list[tuple[int, str]], report: ImportReport) -> None:
        rows: list[tuple[object, ...]] = []
        names: list[NameRow] = []
        for number, line in lines:
            try:
                place = parse_place(line)
            except ValueError as exc:
                _bad(report, number, str(exc))
                continue
            if not is_kept(place):
                report.skipped += 1
                continue
            target = self._merge_target(place)
            if target is not None:
                names.extend(area_names(place, target))
                report.merged += 1
                continue
            rows.append(_place_row(place))
            names.extend(place_names(place))
            report.kept += 1
        self.con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", rows)
        self.con.executemany(
            "INSERT OR REPLACE INTO places_rtree VALUES (?,?,?,?,?)",
            ((r[0], r[2], r[2], r[3], r[3]) for r in rows if r[6] == "P"),
        )
        self._flush_names(names)

    def _merge_target(self, place: DumpPlace) -> int | None:
        """The built-in entry a GeoNames first-level area or country row adds its names to."""
        if place.feature_code == "ADM1":
            return self.admin1_area.get((place.country_code, place.admin1_code))
        if place.feature_code.startswith("PCL"):
            return self.country_area.get(place.country_code)
        return None

    # -- alternate names -----------------------------------------------------------------------------

    def _alternate_batch(self, lines: list[tuple[int, str]], report: ImportReport) -> None:
        names: list[NameRow] = []
        for number, line in lines:
            try:
                alt = parse_alternate(line)
            except ValueError as exc:
                _bad(report, number, str(exc))
                continue
            row = alternate_name_row(alt)
            if row is None:
                report.skipped += 1
                continue
            names.append(row)
            report.kept += 1
        report.unmatched_names += self._flush_names(names)

    # -- names ---------------------------------------------------------------------------------------

    def _flush_names(self, names: list[NameRow]) -> int:
        """Write staged names of places the index or the imports know; the number of the others."""
        con = self.con
        con.executemany("INSERT INTO stage VALUES (?,?,?,?,?)", names)
        known = (
            "(EXISTS (SELECT 1 FROM places WHERE geonameid = s.geonameid) "
            "OR EXISTS (SELECT 1 FROM base.places WHERE geonameid = s.geonameid))"
        )
        unmatched = int(con.execute(f"SELECT count(*) FROM stage s WHERE NOT {known}").fetchone()[0])
        con.execute(
            "INSERT INTO names (key, geonameid, kind, source, admin) "
            f"SELECT key, geonameid, kind, source, admin FROM stage s WHERE {known} ORDER BY rowid "
            "ON CONFLICT (key, geonameid) DO UPDATE SET kind = excluded.kind, source = excluded.source, "
            "admin = excluded.admin WHERE excluded.kind < names.kind"
        )
        con.execute(
            "INSERT OR IGNORE INTO variants SELECT fw_variant(s.key), s.geonameid FROM stage s "
            f"WHERE s.kind <= {KIND_OFFICIAL} AND coalesce("
            "(SELECT country_code FROM places WHERE geonameid = s.geonameid), "
            f"(SELECT country_code FROM base.places WHERE geonameid = s.geonameid)) IN ({SLAVIC_SQL})"
        )
        con.execute("DELETE FROM stage")
        con.commit()
        return unmatched


def _batches(lines: Iterator[str], report: ImportReport, strict: bool) -> Iterator[list[tuple[int, str]]]:
    """Numbered non-comment lines in batches; in strict mode a bad line stops the import."""
    batch: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        report.lines = number
        if not line.strip() or line.startswith("#"):
            continue
        if strict and not _parses(line, report.kind):
            raise BadDumpLine(f"{report.path}, line {number}: {_reason(line, report.kind)}.")
        batch.append((number, line))
        if len(batch) >= BATCH_LINES:
            yield batch
            batch = []
    if batch:
        yield batch


def _parses(line: str, kind: DumpKind) -> bool:
    return not _reason(line, kind)


def _reason(line: str, kind: DumpKind) -> str:
    try:
        (parse_place if kind == "places" else parse_alternate)(line)
    except ValueError as exc:
        return str(exc)
    return ""


def _bad(report: ImportReport, number: int, reason: str) -> None:
    report.bad += 1
    if len(report.bad_lines) < MAX_BAD_REPORTED:
        report.bad_lines.append(BadLine(number, reason))


def _place_row(p: DumpPlace) -> tuple[object, ...]:
    return (
        p.geonameid,
        p.name,
        p.latitude,
        p.longitude,
        p.country_code,
        p.admin1_code,
        p.feature_class,
        p.feature_code or None,
        p.population,
    )


def place_names(p: DumpPlace) -> list[NameRow]:
    """The keys an imported place is found by, as the built-in index makes them for cities500."""
    gid, main = p.geonameid, name_key(p.name)
    rows: list[NameRow] = [(main, gid, KIND_MAIN, p.name, 0)]
    ascii_key = name_key(p.asciiname)
    if p.asciiname and ascii_key != main and is_latin_key(ascii_key):
        rows.append((ascii_key, gid, KIND_MAIN, p.asciiname, 0))
    rows.extend(_alternate_rows(p, gid, main))
    return rows


def area_names(p: DumpPlace, target: int) -> list[NameRow]:
    """Names of a GeoNames admin1 or country row, given to the built-in entry it matches."""
    rows: list[NameRow] = []
    key = name_key(p.name)
    if is_latin_key(key):
        rows.append((key, target, KIND_OFFICIAL, p.name, 0))
        akey = admin_key(p.name)
        if akey and akey != key:
            rows.append((akey, target, KIND_OFFICIAL, p.name, 1))
    rows.extend(_alternate_rows(p, target, key))
    return rows


def _alternate_rows(p: DumpPlace, gid: int, main: str) -> Iterator[NameRow]:
    for alt in p.alternates:
        if p.country_code == "UA":
            romanised = transliterate(alt)
            if romanised:
                key = name_key(romanised)
                if is_latin_key(key):
                    yield (key, gid, KIND_OFFICIAL, romanised, 0)
                continue
        key = alternate_key(alt, main)
        if key:
            yield (key, gid, KIND_ALTERNATE, alt, 0)


def alternate_name_row(alt: DumpAlternate) -> NameRow | None:
    """The name row of an alternateNamesV2 line, None for codes, links and non-Latin names."""
    if alt.language in NON_NAME_LANGUAGES:
        return None
    if alt.language == "uk":
        romanised = transliterate(alt.name)
        key = name_key(romanised) if romanised else ""
        return (key, alt.geonameid, KIND_OFFICIAL, romanised, 0) if is_latin_key(key) else None
    key = alternate_key(alt.name, "")
    if not key:
        return None
    official = alt.preferred and alt.language == "en" and not alt.historic
    return (key, alt.geonameid, KIND_OFFICIAL if official else KIND_ALTERNATE, alt.name, 0)
