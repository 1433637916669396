"""Watching feeds and folders: poll, fetch what is new, code it and store it, remember what was done."""

from __future__ import annotations

from frontwatch.watch.fetch import Fetcher, FetchPolicy, Response
from frontwatch.watch.watcher import Watcher, parse_interval

__all__ = ["FetchPolicy", "Fetcher", "Response", "Watcher", "parse_interval"]
