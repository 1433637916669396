"""Per-request access to the settings, the store and the gazetteer.

Routes take the store inside their body (not from a dependency) because SQLite connections stay on
the thread that opened them and FastAPI may run a dependency and its route on different threads.
Each worker thread keeps one open store (opening one costs more than a typical query).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import Request

from frontwatch.api.settings import ApiSettings
from frontwatch.errors import SetupError
from frontwatch.store.reviewed import ReviewedSqliteStore, open_reviewed_store

_gazetteer_lock = threading.Lock()
_threads = threading.local()


def settings_of(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


@contextmanager
def open_db(request: Request) -> Iterator[ReviewedSqliteStore]:
    """This thread's store for the app's database (opened on first use, then kept open)."""
    settings = settings_of(request)
    stores: dict[tuple[str, float], ReviewedSqliteStore] = _threads.__dict__.setdefault("stores", {})
    key = (settings.db, settings.query_ms)
    store = stores.get(key)
    if store is None:
        store = stores[key] = open_reviewed_store(settings.db, query_ms=settings.query_ms)
    yield store


def gazetteer_of(request: Request) -> Any | None:
    """The place index, opened once; None when it has not been built (place search then uses
    only the places already in the database)."""
    state = request.app.state
    with _gazetteer_lock:
        if not hasattr(state, "gazetteer"):
            from frontwatch.geo import open_gazetteer

            try:
                state.gazetteer = open_gazetteer()
            except SetupError:
                state.gazetteer = None
    return state.gazetteer
