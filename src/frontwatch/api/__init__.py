"""The REST API and the map page: `create_app(ApiSettings(db=...))`, or `serve(settings)` to run it."""

from frontwatch.api.app import create_app
from frontwatch.api.server import serve
from frontwatch.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app", "serve"]
