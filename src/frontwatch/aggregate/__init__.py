"""Cross-document work on the store: stories (syndicated copies), incidents (one happening, many
reports), the claims ledger of each incident, and territorial control over time."""

from frontwatch.aggregate.update import UpdateResult, rebuild, refresh, tables_of, update

__all__ = ["UpdateResult", "rebuild", "refresh", "tables_of", "update"]
