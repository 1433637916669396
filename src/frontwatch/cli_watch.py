"""Command line for runs at scale: the engine options shared by `ingest` and `watch`, and `watch`.

The engines, the store and the fetcher are imported when a command runs (the engines pull in the whole
pipeline); `ENGINES` copies `frontwatch.runner.engines.ENGINES` for the parser, held equal to it by
`tests/test_startup.py`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING

from frontwatch.config import DEFAULT_LIMITS, Limits, default_db
from frontwatch.errors import UsageError

if TYPE_CHECKING:
    from frontwatch.runner.engines import Engine
    from frontwatch.runner.writer import Tally
    from frontwatch.watch import FetchPolicy

DEFAULT_EVERY = "10m"
ENGINES = ("local", "pool", "dask")


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where documents are coded: this process, a process pool, or a Dask cluster (default local)",
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="worker processes for pool or a local Dask cluster"
    )
    parser.add_argument(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:PORT",
        help="address of a running Dask scheduler (with --engine dask); default: start a local cluster",
    )


def engine_from(args: argparse.Namespace, limits: Limits) -> Engine:
    """The engine the options ask for (workers start here: pool and Dask load the model now)."""
    from frontwatch.runner.engines import open_engine

    return open_engine(args.engine, workers=args.workers, scheduler=args.scheduler, limits=limits)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("watch", help="poll feeds and folders and store what is new, again and again")
    p.add_argument("sources", nargs="+", metavar="FEED_URL_OR_FILE_OR_FOLDER")
    p.add_argument(
        "--every",
        default=DEFAULT_EVERY,
        help=f"time between polls, e.g. 30s, 10m, 2h (default {DEFAULT_EVERY})",
    )
    p.add_argument("--once", action="store_true", help="poll once and exit")
    p.add_argument(
        "--db", default=None, help="database path or URL (default: $FRONTWATCH_DB or ./frontwatch.db)"
    )
    p.add_argument(
        "--date", type=_iso_date, default=None, help="publication date for documents that state none"
    )
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch from private, loopback and link-local addresses (feeds on your own network)",
    )
    p.add_argument(
        "--delay", type=float, default=1.0, help="seconds between two requests to one host (default 1)"
    )
    p.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a server (default 20)")
    p.add_argument(
        "--max-bytes", type=int, default=10 * 1024 * 1024, help="largest response read (default 10 MiB)"
    )
    add_engine_options(p)
    p.add_argument("--quiet", action="store_true", help="no progress line and no poll summaries")
    p.set_defaults(handler=cmd_watch)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; give YYYY-MM-DD") from None


def cmd_watch(args: argparse.Namespace) -> int:
    from frontwatch.aggregate import refresh as refresh_aggregates
    from frontwatch.store import open_store
    from frontwatch.store.sqlite import SqliteStore
    from frontwatch.watch import Fetcher, Watcher, parse_interval

    every = parse_interval(args.every)
    policy = _policy(args)
    with open_store(args.db or default_db()) as store, engine_from(args, DEFAULT_LIMITS) as engine:
        if not isinstance(store, SqliteStore):
            raise UsageError(
                "watch keeps its state in a frontwatch database; "
                "give a SQLite path or a postgresql:// URL with --db"
            )
        watcher = Watcher(
            store,
            engine,
            Fetcher(policy),
            report=_report,
            default_date=args.date,
            progress=None if args.quiet else sys.stderr,
        )

        def polled(tally: Tally) -> None:
            refresh_aggregates(store)  # stories and incidents follow each poll, as after an ingest
            if not args.quiet:
                _summary(tally)

        watcher.watch(args.sources, every=every, once=args.once, polled=polled)
    return 0


def _policy(args: argparse.Namespace) -> FetchPolicy:
    from frontwatch.watch import FetchPolicy

    if args.delay < 0 or args.timeout <= 0 or args.max_bytes < 1:
        raise UsageError("--delay must be 0 or more, --timeout and --max-bytes more than 0")
    return FetchPolicy(
        timeout=args.timeout,
        total_timeout=args.timeout * 3,
        max_bytes=args.max_bytes,
        host_delay=args.delay,
        allow_private=args.allow_private,
    )


def _report(record: dict[str, str]) -> None:
    sys.stderr.write(json.dumps(record, ensure_ascii=False) + "\n")


def _summary(tally: Tally) -> None:
    print(
        f"poll: {tally.documents} documents stored, {tally.events} events, {tally.rejected} rejected",
        file=sys.stderr,
        flush=True,
    )
