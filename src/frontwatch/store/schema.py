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

# Aggregates: syndication signatures and story clusters, incident membership and incident summaries.
_V2 = """
CREATE TABLE story_signatures (
    doc_key INTEGER PRIMARY KEY,
    document_hash TEXT NOT NULL UNIQUE REFERENCES documents (document_hash) ON DELETE CASCADE,
    shingles INTEGER NOT NULL,
    signature TEXT NOT NULL,
    story_id TEXT NOT NULL
);

CREATE INDEX story_signatures_story ON story_signatures (story_id);

CREATE TABLE story_bands (
    bucket INTEGER NOT NULL,
    doc_key INTEGER NOT NULL,
    PRIMARY KEY (bucket, doc_key)
);

CREATE TABLE incident_members (
    event_id TEXT PRIMARY KEY REFERENCES events (event_id) ON DELETE CASCADE,
    incident_id TEXT NOT NULL,
    type_group TEXT NOT NULL,
    cell INTEGER,
    wide INTEGER NOT NULL,
    day_first TEXT,
    day_last TEXT
);

CREATE INDEX incident_members_incident ON incident_members (incident_id);
CREATE INDEX incident_members_block ON incident_members (type_group, cell, wide, day_first);

CREATE TABLE incidents (
    incident_id TEXT PRIMARY KEY,
    representative TEXT NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    location TEXT,
    geonameid INTEGER,
    admin1 TEXT,
    country TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER,
    date_start TEXT,
    date_end TEXT,
    time_precision INTEGER,
    actor1 TEXT,
    actor2 TEXT,
    fatalities INTEGER,
    reports INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    first_reported TEXT,
    status TEXT NOT NULL,
    controller TEXT,
    outlets TEXT NOT NULL,
    claims TEXT NOT NULL
);

CREATE INDEX incidents_date ON incidents (date_start);
CREATE INDEX incidents_place ON incidents (geonameid)
"""

_V3 = """
CREATE TABLE event_reviews (
    event_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    fields TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    reviewed_at TEXT NOT NULL
);

CREATE TABLE review_audit (
    audit_id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    action TEXT NOT NULL,
    before_fields TEXT NOT NULL,
    after_fields TEXT NOT NULL
);

CREATE INDEX review_audit_event ON review_audit (event_id, audit_id);

CREATE TABLE api_tokens (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE INDEX events_page ON events ((COALESCE(event_date, '~')), event_id)
"""

_V4 = """
CREATE TABLE watch_sources (
    source TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    fingerprint TEXT,
    last_polled TEXT,
    last_status TEXT
);

CREATE TABLE watch_items (
    source TEXT NOT NULL,
    item_key TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    document_hash TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (source, item_key)
)
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _V1),
    Migration(2, "stories, incidents and claims", _V2),
    Migration(3, "analyst review, audit trail and API tokens", _V3),
    Migration(4, "feed and folder watch state", _V4),
)

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
