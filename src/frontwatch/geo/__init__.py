"""Gazetteer: build the place index, import GeoNames dumps beside it, look names up, and resolve
them in context (with the reasons, see `explain`)."""

from frontwatch.geo.build import SOURCE_VERSION, build_gazetteer, default_gazetteer_path
from frontwatch.geo.explain import Explanation, explain
from frontwatch.geo.gazetteer import Gazetteer, distance_km, open_gazetteer
from frontwatch.geo.geocode import GeoContext, geo_precision, resolve
from frontwatch.geo.importer import ImportReport, import_dumps
from frontwatch.geo.keys import admin_key, name_key, slavic_key

__all__ = [
    "SOURCE_VERSION",
    "Explanation",
    "Gazetteer",
    "GeoContext",
    "ImportReport",
    "admin_key",
    "build_gazetteer",
    "default_gazetteer_path",
    "distance_km",
    "explain",
    "geo_precision",
    "import_dumps",
    "name_key",
    "open_gazetteer",
    "resolve",
    "slavic_key",
]
