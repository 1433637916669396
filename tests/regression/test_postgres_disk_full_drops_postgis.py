"""Regression: a storage fault (a full disk, a lost connection) while the first migration created the
postgis extension was taken for "PostGIS is not available": the migration went on and the database
was left for good without its geometry column and spatial index. Now the fault ends the migration
(FW403, nothing kept) and the next opening migrates the database with PostGIS."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors as pg_errors

from frontwatch.errors import StorageFault
from frontwatch.store.postgres import PostgresStore
from frontwatch.store.postgres_conn import translate_pg_error
from pg_server import PgServer
from reliability.pg_support import HookedConnection, hooked_store


def _disk_full_at_create_extension(conn: HookedConnection, sql: str) -> None:
    if sql.startswith("CREATE EXTENSION"):
        raise translate_pg_error(
            pg_errors.DiskFull("could not extend file: No space left on device"), conn.where
        )


def test_a_full_disk_while_creating_postgis_is_a_storage_fault(pg_server: PgServer) -> None:
    url = pg_server.database()
    with psycopg.connect(url) as conn:
        if conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").fetchone() is None:
            pytest.skip("PostGIS is not installed on this PostgreSQL server")
    with pytest.raises(StorageFault, match="No space left"):
        hooked_store(url, _disk_full_at_create_extension)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT to_regclass('documents')").fetchone() == (None,), "nothing was kept"
    with PostgresStore(url) as store:
        assert store.has_postgis()
