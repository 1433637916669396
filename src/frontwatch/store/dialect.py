"""The few SQL fragments that differ between SQLite and PostgreSQL.

The stores write one SQL text for both engines wherever the engines agree (standard joins, `ON
CONFLICT ... DO UPDATE`, `RETURNING`, `NULLS FIRST`, and the `fw_fold` and `instr` functions, which
PostgreSQL gets from its migration extras). What is left — reading JSON kept in TEXT columns,
rounding a float, full-text matching — is spelled by a `Dialect`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from frontwatch.store.schema import MIGRATIONS

_TYPES_PG = {"TEXT": "text", "INTEGER": "bigint", "REAL": "double precision"}


@cache
def column_types(table: str) -> dict[str, str]:
    """The declared type (TEXT, INTEGER or REAL) of each column of `table`, read from the migrations."""
    pattern = re.compile(rf"CREATE TABLE {table} \((.*?)\n\)", re.S)
    for migration in MIGRATIONS:
        match = pattern.search(migration.sql)
        if match:
            found = re.findall(r'^\s*"?(\w+)"? (TEXT|INTEGER|REAL)\b', match.group(1), re.M)
            return dict(found)
    raise KeyError(f"no table {table} in the migrations")


@dataclass(frozen=True)
class Dialect:
    """How one engine spells the non-portable fragments. Keys and column names given here are
    constants of the code, never user input (values always travel as bound parameters)."""

    name: str
    postgis: bool = False  # events have a GiST-indexed `geom` point (PostgreSQL with PostGIS)

    def json_has(self, document: str, key: str) -> str:
        """True when the JSON object in the TEXT expression `document` has `key` (even set to null)."""
        if self.name == "postgresql":
            return f"(({document})::jsonb -> '{key}') IS NOT NULL"
        return f"json_type({document}, '$.{key}') IS NOT NULL"

    def json_value(self, document: str, key: str, sql_type: str = "TEXT") -> str:
        """The value under `key` in the JSON object `document`, as the SQL type of a column."""
        if self.name == "postgresql":
            value = f"(({document})::jsonb ->> '{key}')"
            return value if sql_type == "TEXT" else f"{value}::{_TYPES_PG[sql_type]}"
        return f"json_extract({document}, '$.{key}')"

    def rounded(self, expression: str, digits: int) -> str:
        """A float rounded to `digits` decimals, still a float (PostgreSQL rounds only numerics)."""
        if self.name == "postgresql":
            return f"ROUND(({expression})::numeric, {digits})::double precision"
        return f"ROUND({expression}, {digits})"

    def documents_matching(self) -> str:
        """A subquery of the hashes of documents containing every word of one bound parameter (the
        words given by `text_words`)."""
        if self.name == "postgresql":
            return "SELECT document_hash FROM documents WHERE search_vector @@ plainto_tsquery('simple', ?)"
        return "SELECT document_hash FROM documents_fts WHERE documents_fts MATCH ?"

    def text_words(self, text: str) -> str:
        """Free text as the parameter of `documents_matching`: its words, and no query syntax."""
        words = re.findall(r"\w+", text)
        if self.name == "postgresql":
            return " ".join(words)
        return " ".join(f'"{w}"' for w in words)

    def incident_reports(self, test: str) -> str:
        """True when some report (supporting or contradicting a claim) of `incidents.claims` passes
        `test`, a condition on the report `r` written with `report_field`."""
        if self.name == "postgresql":
            return (
                "EXISTS (SELECT 1 FROM jsonb_array_elements(incidents.claims::jsonb) AS c(value), "
                "jsonb_array_elements(COALESCE(c.value -> 'supporting', '[]'::jsonb) || "
                f"COALESCE(c.value -> 'contradicting', '[]'::jsonb)) AS r(value) WHERE {test})"
            )
        return (
            "EXISTS (SELECT 1 FROM json_each(incidents.claims) AS c, json_each(c.value) AS side, "
            f"json_each(side.value) AS r WHERE side.key IN ('supporting', 'contradicting') AND {test})"
        )

    def report_field(self, key: str) -> str:
        """A text field of the report `r` inside `incident_reports`."""
        if self.name == "postgresql":
            return f"(r.value ->> '{key}')"
        return f"json_extract(r.value, '$.{key}')"


SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")
POSTGRESQL_POSTGIS = Dialect("postgresql", postgis=True)
