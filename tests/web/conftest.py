"""A live server and Debian's chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.live import LiveServer, build_database
from frontwatch.aggregate import rebuild
from frontwatch.runner import Pipeline
from frontwatch.store import open_store


@pytest.fixture(scope="session")
def web_db(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return build_database(pipeline, tmp_path_factory.mktemp("web-db"))


@pytest.fixture(scope="module")
def web_server(web_db: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    copy = tmp_path_factory.mktemp("web-db-copy") / "served.db"
    shutil.copyfile(web_db[0], copy)
    with open_store(str(copy)) as store:
        rebuild(store)  # incidents and control for the map's layers
    live = LiveServer.serve(copy)
    yield live
    live.stop()


@pytest.fixture
def page(browser: Any, web_server: LiveServer) -> Iterator[Any]:
    """A fresh page at 1280x800 on the map, ready; it fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    tab.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " (e) => window.__csp.push(e.violatedDirective));"
    )
    tab.goto(web_server.base + "/")
    tab.wait_for_selector("body[data-ready=true]", timeout=15_000)
    yield tab
    context.close()
    assert not errors, errors
