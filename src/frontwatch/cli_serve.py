"""Command line for the web map and the review: `serve`, `token create|list|revoke`, `review export`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from frontwatch.config import DB_ENV, default_db
from frontwatch.errors import UsageError

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

# The defaults of `frontwatch.api.ApiSettings`, copied for the parser: importing `frontwatch.api` loads
# FastAPI and the store (about a second), which `--help` should not pay for. `tests/test_startup.py` holds
# them equal.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_PAGE_MAX = 500
DEFAULT_QUERY_MS = 2000.0


def add_parsers(sub: Subparsers) -> None:
    _add_serve(sub)
    _add_token(sub)
    _add_review(sub)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=None, help=f"database path or URL (default: ${DB_ENV} or ./frontwatch.db)"
    )


def _add_serve(sub: Subparsers) -> None:
    p = sub.add_parser("serve", help="serve the map, the timeline, the review and the REST API")
    _db_option(p)
    p.add_argument("--host", default=DEFAULT_HOST, help="address to bind (default 127.0.0.1, loopback only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default 8000)")
    p.add_argument(
        "--public", action="store_true", help="on a non-loopback address, let anyone read without a token"
    )
    p.add_argument(
        "--page-max", type=int, default=DEFAULT_PAGE_MAX, help="cap on events per API page (default 500)"
    )
    p.add_argument(
        "--query-ms",
        type=float,
        default=DEFAULT_QUERY_MS,
        help=f"time limit of one database query in milliseconds (default {DEFAULT_QUERY_MS:.0f})",
    )
    p.set_defaults(handler=cmd_serve)


def _add_token(sub: Subparsers) -> None:
    p = sub.add_parser("token", help="manage the tokens that allow reviewing (and remote reading)")
    tokens = p.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    create = tokens.add_parser("create", help="create a token for NAME and print it once")
    create.add_argument("name", metavar="NAME")
    _db_option(create)
    create.set_defaults(handler=cmd_token_create)
    listing = tokens.add_parser("list", help="list token names and when they were created")
    _db_option(listing)
    listing.set_defaults(handler=cmd_token_list)
    revoke = tokens.add_parser("revoke", help="delete the token of NAME")
    revoke.add_argument("name", metavar="NAME")
    _db_option(revoke)
    revoke.set_defaults(handler=cmd_token_revoke)


def _add_review(sub: Subparsers) -> None:
    p = sub.add_parser("review", help="work with analysts' reviews of events")
    actions = p.add_subparsers(dest="review_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="write reviewed documents as gold JSON Lines for `eval`")
    _db_option(export)
    export.add_argument("--out", default="-", help="output file (default: standard output)")
    export.add_argument(
        "--partial",
        action="store_true",
        help="also export documents with unreviewed events (kept as extracted)",
    )
    export.set_defaults(handler=cmd_review_export)


def cmd_serve(args: argparse.Namespace) -> int:
    from frontwatch.api import ApiSettings, serve

    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port} is not a TCP port")
    if args.page_max < 1 or args.query_ms <= 0:
        raise UsageError("--page-max and --query-ms must be positive")
    settings = ApiSettings(
        db=args.db or default_db(),
        host=args.host,
        port=args.port,
        public=args.public,
        page_max=args.page_max,
        query_ms=args.query_ms,
    )
    if settings.read_needs_token:
        print(f"frontwatch: {args.host} is not loopback: reading needs a token", file=sys.stderr)
    serve(settings)
    return 0


def _name(value: str) -> str:
    name = value.strip()
    if not name or len(name) > 100 or not name.isprintable():
        raise UsageError("a token name must be 1 to 100 printable characters")
    return name


def cmd_token_create(args: argparse.Namespace) -> int:
    from frontwatch.store.reviewed import open_reviewed_store

    with open_reviewed_store(args.db or default_db()) as store:
        token = store.create_token(_name(args.name))
    print(token)
    print("frontwatch: keep this token; it is not shown again", file=sys.stderr)
    return 0


def cmd_token_list(args: argparse.Namespace) -> int:
    from frontwatch.store.reviewed import open_reviewed_store

    with open_reviewed_store(args.db or default_db()) as store:
        for name, created in store.tokens():
            print(f"{name}\t{created}")
    return 0


def cmd_token_revoke(args: argparse.Namespace) -> int:
    from frontwatch.store.reviewed import open_reviewed_store

    with open_reviewed_store(args.db or default_db()) as store:
        store.revoke_token(args.name)
    return 0


def cmd_review_export(args: argparse.Namespace) -> int:
    from frontwatch.export.atomic import open_target
    from frontwatch.store.review_gold import gold_records
    from frontwatch.store.reviewed import open_reviewed_store

    count = 0
    with open_reviewed_store(args.db or default_db(), query_ms=None) as store:
        records = list(gold_records(store, partial=args.partial))
    target = sys.stdout if args.out == "-" else args.out
    with open_target(target, newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    print(f"frontwatch: {count} reviewed documents written", file=sys.stderr)
    return 0
