"""Gazetteer: build the place index, look names up, and resolve them in context."""

from frontwatch.geo.build import SOURCE_VERSION, build_gazetteer, default_gazetteer_path
from frontwatch.geo.gazetteer import Gazetteer, distance_km, open_gazetteer
from frontwatch.geo.geocode import GeoContext, geo_precision, resolve
from frontwatch.geo.keys import admin_key, name_key

__all__ = [
    "SOURCE_VERSION",
    "Gazetteer",
    "GeoContext",
    "admin_key",
    "build_gazetteer",
    "default_gazetteer_path",
    "distance_km",
    "geo_precision",
    "name_key",
    "open_gazetteer",
    "resolve",
]
