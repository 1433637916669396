"""The FastAPI application: the REST API under /api, the map page and its static files.

Everything the page needs is served from here (Leaflet from the `xstatic-leaflet` package, country
outlines from `countryinfo`), so the page works with no internet connection.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import xstatic.pkg.leaflet as xleaflet  # type: ignore[import-untyped]  # ships no type hints
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from frontwatch import __version__
from frontwatch.api import routes_aggregate, routes_events, routes_review
from frontwatch.api.countries import countries_geojson
from frontwatch.api.security import Guard, error_response
from frontwatch.api.settings import ApiSettings
from frontwatch.errors import BadQuery, FrontwatchError, UsageError

WEB_DIR = Path(str(resources.files("frontwatch") / "web"))


def create_app(settings: ApiSettings) -> FastAPI:
    """The application for the database in `settings` (opened per request; nothing is held open)."""
    app = FastAPI(
        title="frontwatch",
        version=__version__,
        summary="Coded, geolocated, sourced conflict events, with analyst review.",
        openapi_url="/openapi.json",
        docs_url=None,  # the hosted docs pages load scripts from a CDN; the schema is enough
        redoc_url=None,
    )
    app.state.settings = settings
    app.add_middleware(Guard, settings=settings)
    app.add_exception_handler(FrontwatchError, _frontwatch_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.include_router(routes_events.router)
    app.include_router(routes_review.router)
    app.include_router(routes_aggregate.router)
    app.mount("/static/leaflet", StaticFiles(directory=xleaflet.BASE_DIR), name="leaflet")
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    app.add_api_route("/", _index, include_in_schema=False)
    app.add_api_route("/api/countries", _countries, summary="Country outlines (GeoJSON) for the base map")
    return app


async def _frontwatch_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, FrontwatchError)
    if isinstance(exc, UsageError) and not hasattr(exc, "status"):
        return JSONResponse(exc.as_dict(), status_code=400)
    return error_response(exc)


async def _validation_error(request: Request, exc: Exception) -> Response:
    """A request FastAPI refused (wrong type, out of range), reported with the BadQuery code."""
    assert isinstance(exc, RequestValidationError)
    details = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()
    ]
    message = "; ".join(f"{'.'.join(d['loc'])}: {d['msg']}" for d in details)
    body = {"code": BadQuery.code, "message": message, "hint": BadQuery.hint, "detail": details}
    return JSONResponse(body, status_code=422)


def _index() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")


def _countries() -> Response:
    headers = {"Cache-Control": "public, max-age=86400"}
    return Response(countries_geojson(), media_type="application/geo+json", headers=headers)
