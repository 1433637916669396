"""A throwaway PostgreSQL 15 cluster for the tests: initdb in a temporary folder, a server listening
only on a Unix socket in that folder, one fresh database per test, everything removed at the end.

PostgreSQL refuses to run as root, so when the tests run as root the cluster belongs to the
`postgres` account (created by Debian's postgresql package) and its programs run through runuser.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

BIN = Path(os.environ.get("FRONTWATCH_PG_BIN", "/usr/lib/postgresql/15/bin"))
START_SECONDS = 30.0


def _runas() -> list[str] | None:
    """The prefix that runs a PostgreSQL program as its owner, or None when we cannot run one."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    runuser = shutil.which("runuser")
    return None if runuser is None else [runuser, "-u", "postgres", "--"]


def unavailable_reason() -> str | None:
    """Why no test server can be started here, or None when one can."""
    if not (BIN / "initdb").is_file() or not (BIN / "pg_ctl").is_file():
        return f"PostgreSQL 15 is not installed ({BIN}/initdb is missing; apt-get install postgresql-15)"
    if _runas() is None:
        return "tests run as root but there is no postgres account (or no runuser) to own the cluster"
    return None


@dataclass
class PgServer:
    """A running throwaway cluster; `database()` makes a new empty database and returns its URL."""

    root: Path
    prefix: list[str]
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _migrated: str = ""

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @classmethod
    def start(cls) -> PgServer:
        prefix = _runas()
        assert prefix is not None
        root = Path(tempfile.mkdtemp(prefix="fw-pg-"))
        server = cls(root, prefix)
        (root / "socket").mkdir()
        if prefix:
            shutil.chown(root, "postgres")
            shutil.chown(root / "socket", "postgres")
        try:
            server._run(
                "initdb", "-D", str(server.data_dir), "-U", "postgres", "--auth=trust",
                "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
            )  # fmt: skip
            options = f"-c listen_addresses='' -k {server.socket_dir} -c fsync=off -c full_page_writes=off"
            server._run(
                "pg_ctl", "-D", str(server.data_dir), "-l", str(root / "server.log"),
                "-o", options + " -c synchronous_commit=off", "-w", "-t", str(int(START_SECONDS)), "start",
            )  # fmt: skip
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        return server

    def _run(self, program: str, *args: str) -> str:
        done = subprocess.run(
            [*self.prefix, str(BIN / program), *args], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.is_file() else ""
            raise RuntimeError(f"{program} failed: {done.stderr.strip()}\n{tail}")
        return done.stdout

    def url(self, database: str) -> str:
        """The postgresql:// URL of a database on this server (Unix socket, no password)."""
        return f"postgresql://postgres@/{database}?host={quote(str(self.socket_dir), safe='')}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]  # test-side statements are literals

    def database(self, template: str = "template0") -> str:
        """A new database (UTF-8, C collation), a copy of `template` (empty by default); its URL."""
        name = f"fw_{os.getpid()}_{next(self._names)}"
        self.sql(
            f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8' LOCALE 'C.UTF-8' STRATEGY FILE_COPY"
        )
        return self.url(name)

    def migrated_database(self) -> str:
        """A new database holding frontwatch's current schema (a copy of one migrated once)."""
        if not self._migrated:
            from frontwatch.store import open_store

            url = self.database()
            open_store(url).close()
            self._migrated = url.rsplit("/", 1)[1].split("?", 1)[0]
        return self.database(self._migrated)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            time.sleep(0.05)
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (skips when PostgreSQL cannot run here)."""
    reason = unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    server = PgServer.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return pg_server.database()
