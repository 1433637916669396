"""The database schema as an ordered list of migrations.

Each migration is a script of plain SQL statements separated by semicolons, written with standard
types (TEXT, INTEGER, REAL) and standard syntax only, so that another database engine can apply the
same scripts. Engine-specific additions (SQLite's full-text index) live next to the engine's
implementation and are keyed by the same version numbers.

Rules: a released migration is never edited; changes go into a new migration appended at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

APPLICATION = "frontwatch"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


# Created before any migration runs; records which migrations were applied.
MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
)
"""

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO meta (key, value) VALUES ('application', 'frontwatch');

CREATE TABLE documents (
    document_hash TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published_start TEXT,
    published_end TEXT,
    published_granularity TEXT,
    published_from TEXT,
    dateline TEXT,
    dateline_start INTEGER,
    dateline_end INTEGER,
    outlet TEXT,
    agency TEXT,
    author TEXT,
    language TEXT NOT NULL,
    language_score REAL NOT NULL,
    media_type TEXT NOT NULL,
    text TEXT NOT NULL,
    coded_text TEXT NOT NULL,
    boilerplate TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    extractor_version TEXT NOT NULL
);

CREATE INDEX documents_source_doc_id ON documents (source, doc_id);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    document_hash TEXT NOT NULL REFERENCES documents (document_hash) ON DELETE CASCADE,
    rank INTEGER NOT NULL,
    doc_id TEXT NOT NULL,
    event_date TEXT,
    date_start TEXT,
    date_end TEXT,
    time_precision INTEGER,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    plover_type TEXT NOT NULL,
    plover_mode TEXT NOT NULL,
    actor1 TEXT,
    assoc_actor_1 TEXT,
    inter1 INTEGER,
    actor2 TEXT,
    assoc_actor_2 TEXT,
    inter2 INTEGER,
    interaction INTEGER,
    claimant TEXT,
    claimant_actor TEXT,
    claimant_side TEXT,
    modality TEXT NOT NULL,
    location TEXT,
    geonameid INTEGER,
    admin1 TEXT,
    country TEXT,
    country_code TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER,
    fatalities INTEGER,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    confidence REAL NOT NULL,
    "trigger" TEXT NOT NULL,
    location_start INTEGER,
    location_end INTEGER,
    extractor_version TEXT NOT NULL,
    extra TEXT NOT NULL
);

CREATE UNIQUE INDEX events_document_rank ON events (document_hash, rank);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_type ON events (event_type, sub_event_type);

CREATE TABLE rejections (
    source TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    hint TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (source, doc_id, code)
);

CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT NOT NULL,
    documents INTEGER,
    events INTEGER,
    rejections INTEGER,
    status TEXT NOT NULL
)
"""

MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial schema", _V1),)

SCHEMA_VERSION = MIGRATIONS[-1].version


def statements(script: str) -> list[str]:
    """Split a migration script into statements (on semicolons; the scripts hold no string literal
    with a semicolon, no trigger and no procedure body)."""
    return [part.strip() for part in script.split(";") if part.strip()]


# The columns of `events` and `documents` in the order used for writing and reading.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "document_hash",
    "rank",
    "doc_id",
    "event_date",
    "date_start",
    "date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "plover_type",
    "plover_mode",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "claimant",
    "claimant_actor",
    "claimant_side",
    "modality",
    "location",
    "geonameid",
    "admin1",
    "country",
    "country_code",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "evidence",
    "evidence_start",
    "evidence_end",
    "confidence",
    "trigger",
    "location_start",
    "location_end",
    "extractor_version",
    "extra",
)

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "document_hash",
    "doc_id",
    "source",
    "url",
    "title",
    "published_start",
    "published_end",
    "published_granularity",
    "published_from",
    "dateline",
    "dateline_start",
    "dateline_end",
    "outlet",
    "agency",
    "author",
    "language",
    "language_score",
    "media_type",
    "text",
    "coded_text",
    "boilerplate",
    "first_seen",
    "extractor_version",
)


def quoted(column: str) -> str:
    """A column name as a standard SQL identifier (double quotes; `trigger` is a keyword)."""
    return f'"{column}"'
