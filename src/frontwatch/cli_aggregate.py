"""`frontwatch stories`, `incidents`, `claims` and `control`: thin commands over `frontwatch.aggregate`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from frontwatch.model import Event
    from frontwatch.store import EventFilter, Store
    from frontwatch.store.sqlite_aggregate import SqliteAggregates

INCIDENT_FORMATS = ("table", "json", "acled-csv", "geojson")
INCIDENT_TABLE = ("incident_id", "date_start", "sub_event_type", "location", "independent_sources", "status")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the situation-picture commands on the main parser."""
    _add_stories(sub)
    _add_incidents(sub)
    _add_claims(sub)
    _add_control(sub)


def _add_stories(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from frontwatch import cli

    p = sub.add_parser("stories", help="wire stories and every outlet that ran a copy")
    cli._db_option(p)
    p.add_argument(
        "--min-copies", type=int, default=2, help="only stories with at least N copies (default 2)"
    )
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_stories)


def _add_incidents(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from frontwatch import cli

    p = sub.add_parser("incidents", help="happenings reported by many stories, each with its claims")
    cli._db_option(p)
    cli.filter_options(
        p,
        date_from="first incident date (YYYY-MM-DD)",
        date_to="last incident date (YYYY-MM-DD)",
        claimant="text in any claimant, claimant actor or side of the incident",
        modality="incidents with a report of this modality",
        no_historical="leave background-only incidents out",
    )
    p.add_argument("--format", choices=INCIDENT_FORMATS, default="table")
    p.add_argument("--out", default="-", help="output file (default: standard output)")
    p.add_argument("--rebuild", action="store_true", help="rebuild every story and incident first")
    p.set_defaults(handler=cmd_incidents)


def _add_claims(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from frontwatch import cli

    p = sub.add_parser("claims", help="the claims ledger of one incident")
    cli._db_option(p)
    p.add_argument("--incident", required=True, help="incident id (from frontwatch incidents)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=cmd_claims)


def _add_control(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from frontwatch import cli

    p = sub.add_parser("control", help="who controls each place at a date, with status and confidence")
    cli._db_option(p)
    p.add_argument("--date", required=True, type=cli._iso_date, help="the day (YYYY-MM-DD)")
    p.add_argument("--bbox", default=None, help="only places inside W,S,E,N (degrees)")
    p.add_argument("--format", choices=("table", "geojson", "json"), default="table")
    p.add_argument("--out", default="-", help="output file (default: standard output)")
    p.set_defaults(handler=cmd_control)


def _opened(args: argparse.Namespace) -> Store:
    from frontwatch import cli

    return cli._store(args)


def _tables(store: Store) -> SqliteAggregates:
    from frontwatch.aggregate import tables_of, update

    update(store)  # anything ingested by an older frontwatch or an interrupted run is caught up here
    return tables_of(store)


def cmd_stories(args: argparse.Namespace) -> int:
    from frontwatch.aggregate.queries import stories

    with _opened(args) as store:
        rows = stories(_tables(store), max(1, args.min_copies), args.limit)
    if args.format == "json":
        _write_jsonl(rows, sys.stdout)
        return 0
    for row in rows:
        sys.stdout.write(f"{row['story_id']}  {row['documents']:>3} copies  {row['first_published'] or ''}\n")
        sys.stdout.write(f"    outlets: {', '.join(row['outlets'])}\n")
        for title in row["titles"][:3]:
            sys.stdout.write(f"    {title}\n")
    return 0


def _filters(args: argparse.Namespace) -> EventFilter:
    from frontwatch import cli

    return cli._filters(args)


def cmd_incidents(args: argparse.Namespace) -> int:
    from frontwatch.aggregate import rebuild
    from frontwatch.aggregate.queries import incidents

    with _opened(args) as store:
        if args.rebuild:
            rebuild(store)
        tables = _tables(store)
        rows = incidents(tables, _filters(args))
        if args.format in ("acled-csv", "geojson"):
            count = _export(args.format, _with_representatives(tables, rows), args.out)
            if args.out != "-":
                print(f"wrote {count} incidents to {args.out}", file=sys.stderr)
            return 0
    if args.format == "json":
        from frontwatch.export.records import write_records

        write_records(rows, args.out if args.out != "-" else sys.stdout)
    else:
        _print_incidents(rows, sys.stdout)
    return 0


def export_incidents(store: Store, fmt: str, out: str) -> int:
    """Every incident of the store as ACLED-style CSV or GeoJSON; the number written."""
    from frontwatch.aggregate.queries import incidents
    from frontwatch.store import EventFilter

    tables = _tables(store)
    rows = incidents(tables, EventFilter())
    return _export(fmt, _with_representatives(tables, rows), out)


def _with_representatives(
    tables: SqliteAggregates, rows: Sequence[dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], Event]]:
    events = {e.event_id: e for e in tables.events_by_id(sorted({r["representative"] for r in rows}))}
    for row in rows:
        if row["representative"] in events:
            yield row, events[row["representative"]]


def _export(fmt: str, rows: Iterator[tuple[dict[str, Any], Event]], out: str) -> int:
    from frontwatch.export.incidents import write_incident_csv, write_incident_geojson

    target: str | TextIO = out if out != "-" else sys.stdout
    if fmt == "acled-csv":
        return write_incident_csv(rows, target)
    return write_incident_geojson(rows, target)


def _print_incidents(rows: Sequence[Mapping[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(
            f"{row['incident_id']}  {row['date_start'] or '?':<10}  {row['sub_event_type']:<36}  "
            f"{(row['location'] or '?')[:24]:<24}  {row['sources']:>2} src "
            f"{row['independent_sources']:>2} ind  {row['status']}\n"
        )
        for claim in row["claims"]:
            sides = ", ".join(f"{side} {n}" for side, n in claim["sides"].items())
            out.write(f"      {claim['proposition']:<20} {claim['status']:<13} {sides}\n")


def cmd_claims(args: argparse.Namespace) -> int:
    from frontwatch.aggregate.queries import incident

    with _opened(args) as store:
        row = incident(_tables(store), args.incident)
    if args.format == "json":
        _write_jsonl(row["claims"], sys.stdout)
        return 0
    out = sys.stdout
    out.write(f"{row['incident_id']}  {row['date_start']}  {row['sub_event_type']}  {row['location']}\n")
    out.write(f"status {row['status']}; {row['sources']} sources, {row['independent_sources']} independent\n")
    for claim in row["claims"]:
        out.write(f"\n{claim['proposition']}: {claim['status']} (claimed by {claim['claimed_by']})\n")
        for label, reports in (("+", claim["supporting"]), ("-", claim["contradicting"])):
            for r in reports:
                who = r["claimant"] or "(the reporter)"
                said = f"{who} via {r['outlet']} ({r['modality']})"
                out.write(f"  {label} [{r['camp']}] {said}: {r['evidence'][:140]}\n")
    return 0


def cmd_control(args: argparse.Namespace) -> int:
    from frontwatch.aggregate.control import control_at, parse_bbox

    bbox = parse_bbox(args.bbox) if args.bbox else None
    with _opened(args) as store:
        rows = control_at(_tables(store), args.date.isoformat(), bbox)
    target: str | TextIO = args.out if args.out != "-" else sys.stdout
    if args.format == "geojson":
        from frontwatch.export.control import write_control_geojson

        write_control_geojson(rows, target)
    elif args.format == "json":
        from frontwatch.export.records import write_records

        write_records(rows, target)
    else:
        _print_control(rows, sys.stdout)
    return 0


def _print_control(rows: Sequence[Mapping[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(
            f"{row['place'][:28]:<28}  {row['state']:<12}  {row['status']:<12}  {row['confidence']:.2f}  "
            f"{row['date'] or '-':<10}  {', '.join(row['claimants'])[:60]}\n"
        )


def _write_jsonl(rows: Sequence[Any], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
