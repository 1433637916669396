"""PostgreSQL databases that are not ours to write: another program's (no frontwatch marker, or a
`meta` table of its own), one written by a newer frontwatch, a server that cannot be reached and a
database that does not exist. Each is refused with its code, by the library and by the command line
(exit 1), and none is modified: every relation, function and row is as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from frontwatch.cli import main
from frontwatch.store import SCHEMA_VERSION, open_store
from pg_server import PgServer

from . import pg_support as pg

_RELATIONS = (
    "SELECT n.nspname, c.relname, c.relkind FROM pg_class AS c "
    "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
    "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
    "ORDER BY 1, 2"
)
_FUNCTIONS = "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1"
_EXTENSIONS = "SELECT extname FROM pg_extension ORDER BY 1"


def snapshot(url: str) -> dict[str, Any]:
    """Every relation, function and extension of the database, and every row of its tables."""
    with pg.connect(url) as conn:
        shot: dict[str, Any] = {
            "relations": conn.execute(_RELATIONS).fetchall(),
            "functions": conn.execute(_FUNCTIONS).fetchall(),
            "extensions": conn.execute(_EXTENSIONS).fetchall(),
        }
        for table in [str(r[0]) for r in conn.execute(pg._TABLES_SQL)]:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            shot[table] = sorted(rows, key=repr)
    return shot


def databases(server: PgServer) -> list[str]:
    with pg.connect(server.url("postgres")) as conn:
        return [str(r[0]) for r in conn.execute("SELECT datname FROM pg_database ORDER BY 1")]


def _another_program(server: PgServer) -> str:
    url = server.database()
    with pg.connect(url) as conn:
        conn.execute("CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL)")
        conn.execute("CREATE TABLE documents (id serial PRIMARY KEY, body bytea)")  # a name we use too
        conn.execute("INSERT INTO customers (name) VALUES ('Ann'), ('Bo')")
        conn.execute("CREATE VIEW customer_names AS SELECT name FROM customers")
    return url


def _another_programs_meta(server: PgServer) -> str:
    url = server.database()
    with pg.connect(url) as conn:
        conn.execute("CREATE TABLE meta (key text PRIMARY KEY, value text)")
        conn.execute("INSERT INTO meta VALUES ('application', 'inventory'), ('schema', '7')")
    return url


def _meta_of_another_shape(server: PgServer) -> str:
    url = server.database()
    with pg.connect(url) as conn:
        conn.execute("CREATE TABLE meta (id integer PRIMARY KEY, data jsonb)")
        conn.execute("""INSERT INTO meta VALUES (1, '{"application": "frontwatch"}')""")
    return url


def _newer_schema(server: PgServer) -> str:
    url = server.migrated_database()
    with pg.connect(url) as conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (%s, '2099-01-01T00:00:00Z')",
            (SCHEMA_VERSION + 1,),
        )
        conn.execute(
            "INSERT INTO rejections (source, doc_id, code, message, hint, first_seen, last_seen) "
            "VALUES ('in/x.bin', 'x', 'FW102', 'binary', '', 'then', 'then')"
        )
    return url


CASES: dict[str, tuple[Callable[[PgServer], str], str]] = {
    "another-program": (_another_program, "FW402"),
    "another-programs-meta": (_another_programs_meta, "FW402"),
    "meta-of-another-shape": (_meta_of_another_shape, "FW402"),
    "newer-schema": (_newer_schema, "FW401"),
}


def _refused(url: str, code: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The library raises the error with `code`; `frontwatch summary` and `frontwatch ingest` exit 1
    naming it."""
    with pytest.raises(Exception) as info:
        open_store(url)
    assert getattr(info.value, "code", None) == code, repr(info.value)
    for command in (["summary"], ["ingest", str(Path(__file__).with_name("missing.txt"))]):
        capsys.readouterr()
        assert main([*command, "--db", url]) == 1, command
        err = capsys.readouterr().err
        assert f"[{code}]" in err, (command, err)


@pytest.mark.parametrize("case", list(CASES))
def test_a_database_that_is_not_ours_is_refused_and_left_alone(
    pg_server: PgServer, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make, code = CASES[case]
    url = make(pg_server)
    before = snapshot(url)
    _refused(url, code, capsys)
    assert snapshot(url) == before, f"{case}: the database was modified"


def test_a_missing_database_is_unavailable_and_not_created(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    before = databases(pg_server)
    _refused(pg_server.url("fw_no_such_database"), "FW407", capsys)
    assert databases(pg_server) == before


def test_an_unreachable_server_is_unavailable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A socket folder where no server listens, and a TCP port on 127.0.0.1 that nothing holds."""
    for url in (
        f"postgresql://postgres@/frontwatch?host={tmp_path}&connect_timeout=2",
        "postgresql://postgres@127.0.0.1:9/frontwatch?connect_timeout=2",
    ):
        _refused(url, "FW407", capsys)
