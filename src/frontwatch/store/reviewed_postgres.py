"""The reviewed store (reviewed reads, review writes, tokens) on PostgreSQL; imported only when a
postgresql:// URL is opened, so that SQLite users need no PostgreSQL driver."""

from __future__ import annotations

from frontwatch.store.postgres import PostgresStore
from frontwatch.store.reviewed import ReviewedSqliteStore


class ReviewedPostgresStore(ReviewedSqliteStore, PostgresStore):
    """`ReviewedSqliteStore`'s methods over `PostgresStore`'s connection, transactions and time limit."""
