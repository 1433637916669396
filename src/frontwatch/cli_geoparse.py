"""`frontwatch geoparse` and `frontwatch geoparse-eval`: thin commands over `frontwatch.geoparse` and
`frontwatch.evaluate.geoparse`. Same inputs, stderr and exit codes as `frontwatch extract`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from frontwatch.extract.toponyms import Toponym

TABLE_COLUMNS = ("start", "end", "text", "kind", "name", "admin1", "country_code", "geo_precision", "score")
DEFAULT_GOLD = Path("examples/geoparse/gold.jsonl")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the geoparsing commands on the main parser."""
    from frontwatch import cli

    p = sub.add_parser("geoparse", help="print every toponym of the input, with its place (no database)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    cli._date_option(p)
    cli._limits_option(p)
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    p.set_defaults(handler=cmd_geoparse)
    e = sub.add_parser("geoparse-eval", help="score geoparsing against a toponym gold file")
    e.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, metavar="GOLD")
    e.add_argument("--format", choices=("table", "json"), default="table")
    e.add_argument("--misses", action="store_true", help="also list the gold toponyms missed or misplaced")
    e.set_defaults(handler=cmd_geoparse_eval)


def cmd_geoparse(args: argparse.Namespace) -> int:
    from frontwatch import cli
    from frontwatch.geoparse import geoparse_paths
    from frontwatch.model import Rejection
    from frontwatch.runner import Pipeline

    pipeline = Pipeline.load(cli._limits(args))
    rows: list[Toponym] = []
    for result in geoparse_paths(pipeline, args.paths, default_date=args.date):
        if isinstance(result, Rejection):
            sys.stderr.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
        elif args.format == "jsonl":
            for toponym in result.toponyms:
                sys.stdout.write(json.dumps(toponym.as_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            rows.extend(result.toponyms)
    if args.format == "table":
        print_toponyms(rows, sys.stdout)
    return 0


def print_toponyms(toponyms: list[Toponym], out: TextIO) -> None:
    """A fixed-width table, one toponym a line."""
    rows = [[_cell(getattr(t, c)) for c in TABLE_COLUMNS] for t in toponyms]
    widths = [min(32, max([len(c), *(len(r[i]) for r in rows)])) for i, c in enumerate(TABLE_COLUMNS)]
    out.write("  ".join(c.ljust(w) for c, w in zip(TABLE_COLUMNS, widths, strict=True)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def cmd_geoparse_eval(args: argparse.Namespace) -> int:
    from frontwatch.errors import UsageError
    from frontwatch.evaluate.geoparse import evaluate_geoparse, report_lines
    from frontwatch.runner import Pipeline

    if not args.gold.is_file():
        raise UsageError(
            f"no toponym gold file at {args.gold}", hint="Give the path of a gold JSON Lines file."
        )
    report = evaluate_geoparse(Pipeline.load(), args.gold)
    if args.format == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    for line in report_lines(report, misses=args.misses):
        print(line)
    return 0
