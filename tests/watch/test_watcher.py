"""Watching feeds and folders into a real SQLite store: new items only, conditional polls, resume
after a restart without coding anything again, failed downloads tried again, folders."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest

from cli_inprocess import run_cli
from frontwatch.errors import UsageError
from frontwatch.model import RawDocument, Rejection
from frontwatch.runner import Pipeline, Result
from frontwatch.runner.engines import LocalEngine
from frontwatch.store import SqliteStore
from frontwatch.store.watch_state import RETRY, STORED, WatchState
from frontwatch.watch import Fetcher, Watcher, parse_interval

from .conftest import Route, Site
from .stories import article_page, rss

Open = Callable[[], Watcher]


@pytest.fixture
def reports() -> list[dict[str, str]]:
    return []


@pytest.fixture
def open_watcher(
    tmp_path: Path, pipeline: Pipeline, local_fetcher: Callable[..., Fetcher], reports: list[dict[str, str]]
) -> Iterator[Open]:
    """Opens a watcher on the same database file each time, as a restarted watch would."""
    stores: list[SqliteStore] = []

    def make() -> Watcher:
        store = SqliteStore(tmp_path / "watch.db")
        stores.append(store)
        return Watcher(store, LocalEngine(pipeline=pipeline), local_fetcher(), report=reports.append)

    yield make
    for store in stores:
        store.close()


def serve_feed(site: Site, items: list[tuple[str, str | None]], etag: str) -> None:
    site.routes["/feed.xml"] = Route(body=rss(items, site.url("")), etag=etag)
    for name, path in items:
        if path is not None and path not in site.routes:
            site.routes[path] = Route(body=article_page(name), headers={"Content-Type": "text/html"})


def stored(watcher: Watcher) -> list[tuple[str, str]]:
    with sqlite3.connect(watcher.store.path) as conn:
        return conn.execute("SELECT doc_id, source FROM documents ORDER BY doc_id").fetchall()


def test_a_feed_is_coded_once_and_a_restarted_watch_codes_only_what_is_new(
    site: Site, open_watcher: Open
) -> None:
    serve_feed(site, [("kharkiv", "/a/kharkiv"), ("kherson", "/a/kherson")], etag='"1"')
    feed = site.url("/feed.xml")
    first = open_watcher()
    tally = first.poll([feed])
    assert (tally.documents, tally.rejected) == (2, 0)
    assert tally.events >= 2
    assert stored(first) == [
        ("story-kharkiv", site.url("/a/kharkiv")),
        ("story-kherson", site.url("/a/kherson")),
    ]

    assert first.poll([feed]).documents == 0  # 304: nothing listed, nothing fetched
    assert site.hits("/feed.xml") == 2 and site.hits("/a/kharkiv") == 1

    serve_feed(site, [("goma", "/a/goma"), ("kharkiv", "/a/kharkiv"), ("kherson", "/a/kherson")], etag='"2"')
    restarted = open_watcher()
    assert restarted.poll([feed]).documents == 1
    assert (site.hits("/a/goma"), site.hits("/a/kharkiv"), site.hits("/a/kherson")) == (1, 1, 1)
    assert len(stored(restarted)) == 3
    with sqlite3.connect(restarted.store.path) as conn:
        runs = conn.execute("SELECT command, documents, status FROM runs ORDER BY run_id").fetchall()
    assert runs == [("watch", 2, "completed"), ("watch", 0, "completed"), ("watch", 1, "completed")]


def test_a_failed_download_is_reported_and_tried_again(
    site: Site, open_watcher: Open, reports: list[dict[str, str]]
) -> None:
    serve_feed(site, [("kharkiv", "/a/kharkiv"), ("kherson", "/a/kherson")], etag='"1"')
    site.routes["/a/kherson"] = Route(503, b"busy")
    feed = site.url("/feed.xml")
    watcher = open_watcher()
    assert watcher.poll([feed]).documents == 1
    assert [r["code"] for r in reports] == ["FW710"]
    assert WatchState(watcher.store).items(feed)["story-kherson"] == (RETRY, 1)

    site.routes["/a/kherson"] = Route(body=article_page("kherson"), headers={"Content-Type": "text/html"})
    assert watcher.poll([feed]).documents == 1  # validators were forgotten, so the feed is read in full
    assert WatchState(watcher.store).items(feed)["story-kherson"][0] == STORED
    assert site.hits("/a/kharkiv") == 1


def test_entries_without_links_are_coded_from_the_feed_and_a_broken_feed_is_a_rejection(
    tmp_path: Path, open_watcher: Open, reports: list[dict[str, str]], site: Site
) -> None:
    feed_file = tmp_path / "wire.rss"
    feed_file.write_bytes(rss([("kharkiv", None)], "http://unused.invalid"))
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><rss>&a;</rss>")
    watcher = open_watcher()
    tally = watcher.poll([str(feed_file), str(broken), "ftp://example.org/feed"])
    assert tally.documents == 1
    assert sorted(r["code"] for r in reports) == ["FW107", "FW713"]
    assert watcher.poll([str(feed_file)]).documents == 0  # unchanged file: not read again
    assert site.requests == []


def test_a_folder_is_watched_for_new_and_changed_files(tmp_path: Path, open_watcher: Open) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "KYIV, Ukraine — Russian missiles struck an energy facility near Kyiv on Monday, officials said.\n"
    )
    watcher = open_watcher()
    assert watcher.poll([str(folder)]).documents == 1
    assert watcher.poll([str(folder)]).documents == 0
    (folder / "two.txt").write_text(
        "ODESA, Ukraine — Russian drones attacked port facilities in Odesa on Friday, the navy said.\n"
    )
    assert watcher.poll([str(folder)]).documents == 1
    (folder / "one.txt").write_text(
        "KYIV, Ukraine — Air defences shot down drones over Kyiv overnight, the city administration said.\n"
    )
    assert watcher.poll([str(folder)]).documents == 1
    assert len(stored(watcher)) == 3


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90.0), ("30s", 30.0), ("10m", 600.0), ("2h", 7200.0), ("1d", 86400.0)]
)
def test_intervals(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "ten minutes", "5x", "0s", "-3m"])
def test_bad_intervals_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError):
        parse_interval(text)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`frontwatch watch ARGS` through `frontwatch.cli.main` in this process (the model loaded once)."""
    return run_cli("watch", *args)


def test_the_command_refuses_loopback_feeds_unless_allowed(site: Site, tmp_path: Path) -> None:
    serve_feed(site, [("goma", "/a/goma")], etag='"1"')
    db = str(tmp_path / "cli.db")
    refused = cli(site.url("/feed.xml"), "--once", "--db", db, "--quiet")
    assert refused.returncode == 0, refused.stderr
    assert [json.loads(line)["code"] for line in refused.stderr.splitlines()] == ["FW711"]
    assert site.requests == []
    allowed = cli(site.url("/feed.xml"), "--once", "--db", db, "--allow-private", "--delay", "0")
    assert allowed.returncode == 0, allowed.stderr
    assert "poll: 1 documents stored" in allowed.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT doc_id FROM documents").fetchall() == [("story-goma",)]


class StopAfter(LocalEngine):
    """A local engine that stops the run (as Ctrl-C would) after `count` results."""

    def __init__(self, pipeline: Pipeline, count: int) -> None:
        super().__init__(pipeline=pipeline)
        self.count = count

    def code(
        self, items: Iterable[RawDocument | Rejection], *, default_date: date | None = None
    ) -> Iterator[Result]:
        for number, result in enumerate(super().code(items, default_date=default_date), start=1):
            yield result
            if number == self.count:
                raise KeyboardInterrupt


def test_a_watch_stopped_mid_poll_resumes_without_coding_anything_twice(
    site: Site, tmp_path: Path, pipeline: Pipeline, local_fetcher: Callable[..., Fetcher]
) -> None:
    serve_feed(site, [("kharkiv", "/a/kharkiv"), ("kherson", "/a/kherson"), ("goma", "/a/goma")], etag='"1"')
    feed = site.url("/feed.xml")
    with SqliteStore(tmp_path / "w.db") as store:
        stopped = Watcher(store, StopAfter(pipeline, 1), local_fetcher(), report=print)
        with pytest.raises(KeyboardInterrupt):
            stopped.poll([feed])
        assert WatchState(store).source(feed).etag is None  # validators not kept: the poll did not finish
    with SqliteStore(tmp_path / "w.db") as store:
        resumed = Watcher(store, LocalEngine(pipeline=pipeline), local_fetcher(), report=print)
        assert resumed.poll([feed]).documents == 2
        assert {status for status, _ in WatchState(store).items(feed).values()} == {STORED}
        assert store.documents_count() == 3
    # the stored item is not fetched again; the two read ahead but never stored are fetched again
    assert (site.hits("/a/kharkiv"), site.hits("/a/kherson"), site.hits("/a/goma")) == (1, 2, 2)
