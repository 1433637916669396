"""frontwatch: turn news about wars and crises into sourced, geolocated events."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "frontwatch-rules-0.5.0"
