"""The imports file: places and names added from GeoNames dumps, kept beside the built index.

The built index is remade from the installed packages (`gazetteer build`), so imported places live
in their own SQLite file that `open_gazetteer` attaches read-only. A rebuild never touches it, and
a place imported with the id of a built-in place replaces that place's row when read.

Keys depend on `name_key`; the file records the key version it was written with, and
`rekey_imports` recomputes them from the stored source names when it differs.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from frontwatch.errors import GazetteerImportsStale, NotAGazetteerImports
from frontwatch.geo.index_db import SCHEMA_VERSION
from frontwatch.geo.keys import SLAVIC_COUNTRIES, admin_key, name_key, slavic_key

IMPORTS_FILE = "gazetteer-imports.sqlite"
FORMAT = "frontwatch-gazetteer-imports"
# Keys are made by `name_key`, whose changes bump the index schema version.
KEY_VERSION = str(SCHEMA_VERSION)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    country_code TEXT NOT NULL,
    admin1_code TEXT NOT NULL,
    feature_class TEXT NOT NULL,
    feature_code TEXT,
    population INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL,
    geonameid INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    source TEXT NOT NULL,       -- the name the key was made from
    admin INTEGER NOT NULL,     -- 1: the key is admin_key(source), 0: name_key(source)
    PRIMARY KEY (key, geonameid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS variants (
    key TEXT NOT NULL,
    geonameid INTEGER NOT NULL,
    PRIMARY KEY (key, geonameid)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS places_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
"""

SLAVIC_SQL = ",".join(f"'{cc}'" for cc in sorted(SLAVIC_COUNTRIES))


def imports_path_for(index_path: Path) -> Path:
    """The imports file that goes with an index: the same folder, one file for every index version."""
    return index_path.parent / IMPORTS_FILE


def open_imports_for_writing(path: Path) -> sqlite3.Connection:
    """Create or open the imports file; NotAGazetteerImports when the file is something else."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    try:
        existing = _format_of(con)
        if existing is None:
            con.executescript(_SCHEMA)
            meta = [("format", FORMAT), ("key_version", KEY_VERSION)]
            con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta)
            con.commit()
        elif existing != FORMAT:
            raise NotAGazetteerImports(f"{path} is not a frontwatch gazetteer imports file.")
    except sqlite3.DatabaseError as exc:
        con.close()
        raise NotAGazetteerImports(f"{path} cannot be read as a gazetteer imports file: {exc}.") from exc
    except BaseException:
        con.close()
        raise
    return con


def _format_of(con: sqlite3.Connection) -> str | None:
    """The file's format mark; None for an empty file, "" for another program's database."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None
    if "meta" not in tables:
        return ""
    row = con.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    return str(row[0]) if row else ""


def attach_imports(con: sqlite3.Connection, path: Path) -> bool:
    """Attach the imports file read-only as `ov` when it exists; raise when it is stale or foreign."""
    if not path.is_file():
        return False
    try:
        con.execute("ATTACH DATABASE ? AS ov", (f"{path.resolve().as_uri()}?mode=ro",))
        meta = dict(con.execute("SELECT key, value FROM ov.meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise NotAGazetteerImports(f"{path} cannot be read as a gazetteer imports file: {exc}.") from exc
    if meta.get("format") != FORMAT:
        raise NotAGazetteerImports(f"{path} is not a frontwatch gazetteer imports file.")
    if meta.get("key_version") != KEY_VERSION:
        raise GazetteerImportsStale(
            f"The places imported into {path} were keyed by another frontwatch version "
            f"({meta.get('key_version')}, this one uses {KEY_VERSION})."
        )
    return True


def imports_summary(path: Path) -> dict[str, object]:
    """Counts and the import log of an imports file (empty when there is none)."""
    if not path.is_file():
        return {}
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        places = con.execute("SELECT count(*) FROM places").fetchone()[0]
        names = con.execute("SELECT count(*) FROM names").fetchone()[0]
        row = con.execute("SELECT value FROM meta WHERE key = 'imports'").fetchone()
    finally:
        con.close()
    return {"places": places, "names": names, "imports": json.loads(row[0]) if row else {}}


def rekey_imports(path: Path, index_path: Path) -> bool:
    """Recompute the keys of an imports file written by another version; False when none was needed."""
    if not path.is_file():
        return False
    con = open_imports_for_writing(path)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'key_version'").fetchone()
        if row and row[0] == KEY_VERSION:
            return False
        con.create_function("fw_key", 2, _key, deterministic=True)
        con.create_function("fw_variant", 1, slavic_key, deterministic=True)
        con.execute("ATTACH DATABASE ? AS base", (f"{index_path.resolve().as_uri()}?mode=ro",))
        con.executescript(
            f"""
            CREATE TEMP TABLE old_names AS SELECT * FROM names;
            DELETE FROM names;
            INSERT INTO names SELECT fw_key(source, admin), geonameid, min(kind), source, admin
                FROM old_names WHERE fw_key(source, admin) != '' GROUP BY 1, 2;
            DELETE FROM variants;
            INSERT OR IGNORE INTO variants SELECT fw_variant(n.key), n.geonameid FROM names n
                WHERE n.kind <= 1 AND coalesce(
                    (SELECT country_code FROM places WHERE geonameid = n.geonameid),
                    (SELECT country_code FROM base.places WHERE geonameid = n.geonameid)
                ) IN ({SLAVIC_SQL});
            DROP TABLE old_names;
            """
        )
        con.execute("UPDATE meta SET value = ? WHERE key = 'key_version'", (KEY_VERSION,))
        con.commit()
    finally:
        with contextlib.suppress(sqlite3.Error):
            con.close()
    return True


def _key(source: str, admin: int) -> str:
    return admin_key(source) if admin else name_key(source)
