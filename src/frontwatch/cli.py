"""Command line: parse arguments, call the library, map errors to exit codes (0 ok, 1 fatal, 2 usage).

The parser of every command is built at start-up, but a command imports the library it drives only when it
runs: `frontwatch --help` or `frontwatch summary` must not pay for spaCy, numpy, Dask or the web stack.
The `cli_*` modules follow the same rule; `tests/test_startup.py` holds them to it."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from frontwatch import __version__
from frontwatch.cli_aggregate import add_parsers as add_aggregate_parsers
from frontwatch.cli_gazetteer import add_gazetteer_parsers
from frontwatch.cli_geoparse import add_parsers as add_geoparse_parsers
from frontwatch.cli_serve import add_parsers as add_serve_parsers
from frontwatch.cli_train import add_heldout_option, add_model_option, heldout_rows, with_model
from frontwatch.cli_train import add_parsers as add_train_parsers
from frontwatch.cli_watch import add_engine_options, engine_from
from frontwatch.cli_watch import add_parsers as add_watch_parsers
from frontwatch.config import DB_ENV, DEFAULT_LIMITS, Limits, default_db
from frontwatch.errors import FrontwatchError, OutOfMemory, UsageError

if TYPE_CHECKING:
    from frontwatch.model import Event, Rejection
    from frontwatch.runner.engines import Engine
    from frontwatch.store import EventFilter, Store

CONFUSIONS_SHOWN = 15
EXPORT_FORMATS = ("acled-csv", "geojson", "jsonl")
DEFAULT_EXAMPLES = Path("examples/stories")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except UsageError as exc:
        print(f"frontwatch: {exc}", file=sys.stderr)
        return 2
    except FrontwatchError as exc:
        print(f"frontwatch: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("frontwatch: interrupted", file=sys.stderr)
        return 1
    except MemoryError:
        print(f"frontwatch: {OutOfMemory('out of memory')}", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontwatch",
        description="Turn news about wars and crises into sourced, geolocated, dated events.",
    )
    parser.add_argument("--version", action="version", version=f"frontwatch {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_extract(sub)
    _add_ingest(sub)
    _add_events(sub)
    _add_export(sub)
    _add_summary(sub)
    _add_demo(sub)
    add_gazetteer_parsers(sub)
    _add_eval(sub)
    add_geoparse_parsers(sub)
    add_serve_parsers(sub)
    add_aggregate_parsers(sub)
    add_watch_parsers(sub)
    add_train_parsers(sub)
    return parser


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=None, help=f"database path or URL (default: ${DB_ENV} or ./frontwatch.db)"
    )


def _date_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        type=_iso_date,
        default=None,
        help="publication date (YYYY-MM-DD) for documents that state none",
    )


def _limits_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-doc-chars",
        type=int,
        default=DEFAULT_LIMITS.max_text_chars,
        help=f"reject documents longer than this many characters (default {DEFAULT_LIMITS.max_text_chars:,})",
    )


def _limits(args: argparse.Namespace) -> Limits:
    if args.max_doc_chars < 1:
        raise UsageError("--max-doc-chars must be at least 1")
    return replace(DEFAULT_LIMITS, max_text_chars=args.max_doc_chars)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; give YYYY-MM-DD") from None


def _add_extract(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("extract", help="code events from files and print them (no database)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _date_option(p)
    _limits_option(p)
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    add_model_option(p)
    p.set_defaults(handler=cmd_extract)


def _add_ingest(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ingest", help="code events from files and store them in the database")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _db_option(p)
    _date_option(p)
    _limits_option(p)
    add_engine_options(p)
    p.add_argument("--quiet", action="store_true", help="no progress line and no summary")
    p.set_defaults(handler=cmd_ingest)


def filter_options(parser: argparse.ArgumentParser, **helps: str) -> None:
    """The options read by `_filters`, shared by the commands that list events or incidents;
    `helps` replaces the help text of an option (by destination) where the listed thing differs."""
    text = {
        "date_from": "first event date (YYYY-MM-DD)",
        "date_to": "last event date (YYYY-MM-DD)",
        "claimant": "text in claimant, claimant actor or side",
        "modality": "asserted, claimed, denied, future, hypothetical or historical",
        "no_historical": "leave background events out",
        **helps,
    }
    parser.add_argument("--from", dest="date_from", help=text["date_from"])
    parser.add_argument("--to", dest="date_to", help=text["date_to"])
    parser.add_argument("--type", dest="event_type", help="ACLED event type")
    parser.add_argument("--sub-type", dest="sub_event_type", help="ACLED sub-event type")
    parser.add_argument("--place", help="text in location, admin1 or country")
    parser.add_argument("--actor", help="text in actor1 or actor2")
    parser.add_argument("--claimant", help=text["claimant"])
    parser.add_argument("--modality", help=text["modality"])
    parser.add_argument("--no-historical", action="store_true", help=text["no_historical"])
    parser.add_argument("--limit", type=int, default=None)


def _add_events(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("events", help="list stored events")
    _db_option(p)
    filter_options(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_events)


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="write stored events as ACLED-style CSV, GeoJSON or JSON Lines")
    _db_option(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--out", default="-", help="output file (default: standard output)")
    p.add_argument(
        "--include-historical", action="store_true", help="keep background events in the ACLED CSV"
    )
    p.add_argument(
        "--level",
        choices=("event", "incident"),
        default="event",
        help="one row per event (default) or one per incident, with all its sources (acled-csv, geojson)",
    )
    p.set_defaults(handler=cmd_export)


def _add_summary(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("summary", help="events by type, top places, who claims what")
    _db_option(p)
    p.set_defaults(handler=cmd_summary)


def _add_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="ingest the example corpus, print a summary and write the exports")
    _db_option(p)
    p.add_argument("--examples", type=Path, default=DEFAULT_EXAMPLES)
    p.add_argument("--out-dir", type=Path, default=Path("out"))
    p.set_defaults(handler=cmd_demo)


def _add_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("eval", help="score extraction against gold data")
    p.add_argument("--gold", type=Path, default=Path("examples/gold.jsonl"), help="gold JSON Lines file")
    p.add_argument("--acled", type=Path, default=None, help="score against an ACLED CSV export instead")
    p.add_argument("--limit", type=int, default=None, help="score only the first N rows of the ACLED export")
    p.add_argument("--format", choices=("table", "json"), default="table")
    add_model_option(p)
    add_heldout_option(p)
    p.set_defaults(handler=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    from frontwatch.evaluate import evaluate_acled, evaluate_gold, report_rows

    only = heldout_rows(args)
    pipeline = with_model(args)
    if args.acled is not None:
        report = evaluate_acled(pipeline, args.acled, args.limit, only)
    else:
        report = evaluate_gold(pipeline, args.gold)
    if args.format == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    for measure, value in report_rows(report):
        print(f"{measure:<36} {value}")
    if report["sub_event_type_confusions"]:
        print("\nmost frequent sub_event_type confusions (count  gold -> predicted):")
        for row in report["sub_event_type_confusions"][:CONFUSIONS_SHOWN]:
            print(f"  {row['count']:>5}  {row['gold']} -> {row['predicted']}")
    return 0


def _report_rejection(rejection: Rejection, err: TextIO) -> None:
    err.write(json.dumps(rejection.as_dict(), ensure_ascii=False) + "\n")


def cmd_extract(args: argparse.Namespace) -> int:
    from frontwatch.export import write_jsonl
    from frontwatch.model import Rejection
    from frontwatch.report import print_table

    pipeline = with_model(args, _limits(args))
    out = sys.stdout
    events: list[Event] = []
    for result in pipeline.run(args.paths, default_date=args.date):
        if isinstance(result, Rejection):
            _report_rejection(result, sys.stderr)
        elif args.format == "jsonl":
            write_jsonl(result.events, out)
            out.flush()
        else:
            events.extend(result.events)
    if args.format == "table":
        print_table(events, out)
    return 0


def _store(args: argparse.Namespace) -> Store:
    from frontwatch.store import open_store

    return open_store(args.db or default_db())


def cmd_ingest(args: argparse.Namespace) -> int:
    from frontwatch.report import print_summary

    limits = _limits(args)
    with _store(args) as store, engine_from(args, limits) as engine:
        ingest_into(
            store,
            args.paths,
            default_date=args.date,
            quiet=args.quiet,
            command="ingest",
            limits=limits,
            engine=engine,
        )
        if not args.quiet:
            print_summary(store.summary(), sys.stdout)
    return 0


def ingest_into(
    store: Store,
    paths: Sequence[str | Path],
    *,
    default_date: date | None,
    quiet: bool,
    command: str,
    limits: Limits = DEFAULT_LIMITS,
    engine: Engine | None = None,
) -> tuple[int, int, int]:
    """Run the pipeline into the store: one transaction per document, rejections recorded."""
    from frontwatch.aggregate import refresh as refresh_aggregates
    from frontwatch.ingest import read_paths
    from frontwatch.runner.engines import LocalEngine
    from frontwatch.runner.ingest_run import run_into_store
    from frontwatch.runner.progress import terminal_progress

    tally = run_into_store(
        store,
        engine if engine is not None else LocalEngine(limits),
        read_paths(paths, limits),
        command=command,
        report=_report_record,
        default_date=default_date,
        progress=terminal_progress(sys.stderr, quiet=quiet),
    )
    refresh_aggregates(store)  # stories and incidents follow each ingest incrementally
    return tally.documents, tally.events, tally.rejected


def _report_record(record: dict[str, str]) -> None:
    sys.stderr.write(json.dumps(record, ensure_ascii=False) + "\n")


def _filters(args: argparse.Namespace) -> EventFilter:
    from frontwatch.store import EventFilter

    return EventFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        event_type=args.event_type,
        sub_event_type=args.sub_event_type,
        place=args.place,
        actor=args.actor,
        claimant=args.claimant,
        modality=args.modality,
        include_historical=not args.no_historical,
        limit=args.limit,
    )


def cmd_events(args: argparse.Namespace) -> int:
    from frontwatch.export import write_jsonl
    from frontwatch.report import print_table

    with _store(args) as store:
        events = store.events(_filters(args))
        if args.format == "table":
            print_table(events, sys.stdout)
        elif args.format == "json":
            write_jsonl(events, sys.stdout)
        else:
            _write_csv(events, sys.stdout)
    return 0


def _write_csv(events: Iterator[Event], out: TextIO) -> None:
    writer: csv.DictWriter[str] | None = None
    for event in events:
        row = event.as_dict()
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)


def cmd_export(args: argparse.Namespace) -> int:
    if args.level == "incident":
        return _export_incidents(args)
    with _store(args) as store:
        count = export_events(
            store, args.format, args.out if args.out != "-" else sys.stdout, args.include_historical
        )
    if args.out != "-":
        print(f"wrote {count} events to {args.out}", file=sys.stderr)
    return 0


def _export_incidents(args: argparse.Namespace) -> int:
    from frontwatch.cli_aggregate import export_incidents

    if args.format == "jsonl":
        raise UsageError(
            "incidents are exported as acled-csv or geojson",
            hint="Use --format acled-csv or --format geojson with --level incident, "
            "or `frontwatch incidents --format json` for JSON Lines.",
        )
    with _store(args) as store:
        count = export_incidents(store, args.format, args.out)
    if args.out != "-":
        print(f"wrote {count} incidents to {args.out}", file=sys.stderr)
    return 0


def export_events(store: Store, fmt: str, target: str | TextIO, include_historical: bool = False) -> int:
    from frontwatch.export import write_acled_csv, write_geojson, write_jsonl

    events = store.events()
    if fmt == "acled-csv":
        return write_acled_csv(events, target, include_historical=include_historical)
    if fmt == "geojson":
        return write_geojson(events, target).written
    return write_jsonl(events, target)


def cmd_summary(args: argparse.Namespace) -> int:
    from frontwatch.report import print_summary

    with _store(args) as store:
        print_summary(store.summary(), sys.stdout)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from frontwatch.report import print_summary

    if not args.examples.exists():
        raise UsageError(
            f"no example corpus at {args.examples}", hint="Run the demo from the repository root."
        )
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with _store(args) as store:
        documents, events, rejected = ingest_into(
            store, [args.examples], default_date=None, quiet=False, command="demo"
        )
        print(
            f"Ingested {documents} documents into {args.db or default_db()}: "
            f"{events} events, {rejected} rejected."
        )
        print_summary(store.summary(), sys.stdout)
        print("\nExports")
        print("-------")
        for fmt, name in (
            ("acled-csv", "events.acled.csv"),
            ("geojson", "events.geojson"),
            ("jsonl", "events.jsonl"),
        ):
            path = args.out_dir / name
            count = export_events(store, fmt, str(path))
            print(f"  {count:>5}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
