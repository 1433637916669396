"""Regression: a PostgreSQL database of another program whose own `meta` table has other columns
was refused with a bare FW400 ("column value does not exist") instead of FW402, the code that says
the database belongs to another program."""

from __future__ import annotations

import psycopg
import pytest

from frontwatch.errors import NotAFrontwatchDatabase
from frontwatch.store import open_store
from pg_server import PgServer


@pytest.mark.parametrize(
    "table", ["meta (id integer, data text)", "meta (key integer, value text)"], ids=["columns", "types"]
)
def test_a_meta_table_of_another_shape_is_another_programs_database(pg_server: PgServer, table: str) -> None:
    url = pg_server.database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table}")
        conn.execute("INSERT INTO meta VALUES (1, 'theirs')")
    with pytest.raises(NotAFrontwatchDatabase) as info:
        open_store(url)
    assert info.value.code == "FW402" and "another program" in str(info.value)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT * FROM meta").fetchall() == [(1, "theirs")]
        assert conn.execute("SELECT to_regclass('documents')").fetchone() == (None,)
