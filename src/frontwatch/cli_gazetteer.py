"""`frontwatch gazetteer build | import | lookup`: thin commands over `frontwatch.geo`."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from frontwatch.errors import BadDumpLine, UsageError

if TYPE_CHECKING:
    from frontwatch.geo.explain import Explanation
    from frontwatch.geo.importer import ImportReport
    from frontwatch.model import Place

PROGRESS_EVERY_LINES = 1_000_000


def add_gazetteer_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gazetteer", help="build, extend or inspect the gazetteer index")
    gsub = p.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    build = gsub.add_parser(
        "build", help="build the SQLite gazetteer index (once; rebuilt when sources change)"
    )
    build.add_argument("--force", action="store_true")
    build.set_defaults(handler=cmd_gazetteer_build)
    imp = gsub.add_parser("import", help="add places and names from GeoNames dump files")
    imp.add_argument("files", nargs="+", metavar="FILE", type=Path)
    imp.add_argument(
        "--strict", action="store_true", help="stop at the first bad line instead of counting it"
    )
    imp.add_argument("--reset", action="store_true", help="drop every place imported before, then import")
    imp.set_defaults(handler=cmd_gazetteer_import)
    look = gsub.add_parser("lookup", help="show the candidates for a name and why one wins")
    look.add_argument("name")
    look.add_argument(
        "--near", type=_lat_lon, default=None, metavar="LAT,LON", help="score by distance to a point"
    )
    look.add_argument("--country", default=None, metavar="CC", help="ISO 3166-1 code of the country in focus")
    look.add_argument(
        "--kind", choices=("any", "settlement", "region", "country"), default="any", help="what the name is"
    )
    look.set_defaults(handler=cmd_gazetteer_lookup)


def _lat_lon(value: str) -> tuple[float, float]:
    try:
        lat, lon = (float(part) for part in value.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not LAT,LON (e.g. 48.59,38.00)") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise argparse.ArgumentTypeError(f"{value!r} is out of range")
    return lat, lon


def cmd_gazetteer_build(args: argparse.Namespace) -> int:
    from frontwatch.geo.build import build_gazetteer
    from frontwatch.geo.imports_db import imports_path_for, imports_summary

    path = build_gazetteer(force=args.force)
    print(f"gazetteer ready: {path}")
    summary = imports_summary(imports_path_for(path))
    if summary:
        print(f"imported places kept: {summary['places']:,} ({imports_path_for(path)})")
    return 0


def cmd_gazetteer_import(args: argparse.Namespace) -> int:
    from frontwatch.geo.build import default_gazetteer_path
    from frontwatch.geo.importer import BATCH_LINES, import_dumps
    from frontwatch.geo.imports_db import imports_path_for

    target = imports_path_for(default_gazetteer_path())
    if args.reset:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
    try:
        reports = import_dumps(args.files, strict=args.strict, progress=_progress(sys.stderr))
    except BadDumpLine:
        print(
            f"frontwatch: the batches of {BATCH_LINES:,} lines before the bad line's batch were imported; "
            "fix the line and import the file again (importing twice changes nothing).",
            file=sys.stderr,
        )
        raise
    for r in reports:
        for bad in r.bad_lines:
            print(f"warning [{BadDumpLine.code}] {r.path}, line {bad.line}: {bad.reason}", file=sys.stderr)
        if r.bad > len(r.bad_lines):
            print(
                f"warning [{BadDumpLine.code}] {r.path}: {r.bad - len(r.bad_lines):,} more bad lines",
                file=sys.stderr,
            )
        print(
            f"{r.path}: {r.lines:,} lines, {r.kept:,} kept, {r.merged:,} merged into built-in entries, "
            f"{r.skipped:,} skipped, {r.bad:,} bad"
            + (f", {r.unmatched_names:,} names of unknown places" if r.kind == "alternates" else "")
            + f" ({r.seconds:.1f} s, {r.lines_per_second:,.0f} lines/s)"
        )
    print(f"imports: {target}")
    return 0


def _progress(err: TextIO) -> Callable[[ImportReport], None]:
    """A progress line on stderr every million lines (allCountries takes minutes)."""
    shown = {"lines": 0}

    def show(report: ImportReport) -> None:
        if report.lines - shown["lines"] >= PROGRESS_EVERY_LINES:
            shown["lines"] = report.lines
            print(f"  {report.path}: {report.lines:,} lines ...", file=err, flush=True)

    return show


def cmd_gazetteer_lookup(args: argparse.Namespace) -> int:
    from frontwatch.geo import GeoContext, open_gazetteer
    from frontwatch.geo.explain import explain

    country = (args.country or "").strip().upper()
    if country and not (len(country) == 2 and country.isalpha()):
        raise UsageError(f"--country takes an ISO 3166-1 alpha-2 code such as UA, not {args.country!r}")
    context = GeoContext(
        focus_countries=(country,) if country else (),
        anchor_points=(args.near,) if args.near else (),
    )
    gazetteer = open_gazetteer()
    try:
        _print_explanation(explain(gazetteer, args.name, context, kind=args.kind), sys.stdout)
    finally:
        gazetteer.close()
    return 0


def _print_explanation(ex: Explanation, out: TextIO) -> None:
    from frontwatch.geo.geocode import AMBIGUOUS_KM

    res = ex.resolution
    if res.place is None:
        print(f"{ex.name!r}: unresolved (best score {res.score:.2f}, {res.candidates} candidates)", file=out)
    else:
        p = res.place
        print(
            f"{ex.name!r} -> {p.name} ({p.feature_code or p.feature_class}, {p.admin1 or '-'}, {p.country}) "
            f"{_entry_id(p)}, score {res.score:.2f}, geo_precision {res.geo_precision}",
            file=out,
        )
    if ex.candidates and ex.candidates[0].share > 0:
        best = ex.candidates[0].share
        print(
            f"why: best sum / best possible = {best:.2f}, x {res.score / best:.2f} for the nearest rival "
            f"more than {AMBIGUOUS_KM:.0f} km away = {res.score:.2f}; needed {ex.threshold:.2f}",
            file=out,
        )
    print(
        f"{len(ex.candidates)} candidates ({ex.excluded} excluded by --kind); best possible sum {ex.top:.2f}",
        file=out,
    )
    for c in ex.candidates:
        p = c.place
        where = f"{p.admin1 or '-'}, {p.country_code}"
        parts = " ".join(f"{k}={v:.2f}" for k, v in c.parts.items())
        near = f" {c.distance_km:.0f} km" if c.distance_km is not None else ""
        code = p.feature_code or p.feature_class
        print(
            f"  {c.raw:5.2f} ({c.share:.2f})  {p.katottg or p.icao or p.geonameid:>10}  {p.name} [{code}] "
            f"{where} pop {p.population:,}{near}{' (point estimated)' if p.estimated else ''} "
            f"| {c.match} | {parts}",
            file=out,
        )


def _entry_id(place: Place) -> str:
    """ "id 704204", or for a settlement of the Ukrainian codifier or an airfield its own code (neither
    has a GeoNames id)."""
    if place.katottg is not None:
        return f"katottg {place.katottg} (point estimated)"
    if place.icao is not None:
        return f"icao {place.icao}"
    return f"id {place.geonameid}"
