"""Run the API and the map page on uvicorn."""

from __future__ import annotations

import uvicorn

from frontwatch.api.app import create_app
from frontwatch.api.countries import countries_geojson
from frontwatch.api.settings import ApiSettings
from frontwatch.store.reviewed import open_reviewed_store


def serve(settings: ApiSettings, *, log_level: str = "info") -> None:
    """Check the database opens (creating and migrating it), then serve until interrupted."""
    open_reviewed_store(settings.db).close()
    countries_geojson()  # built once, before the first page asks for it
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=log_level,
        server_header=False,
        proxy_headers=False,
    )
