"""A real database coded by the real pipeline, and a real `frontwatch serve` process on a free
127.0.0.1 port, for the API and browser tests."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontwatch.runner import Coded, Pipeline
from frontwatch.store.reviewed import open_reviewed_store

ROOT = Path(__file__).resolve().parents[2]
STORIES = ROOT / "examples" / "stories"
FRONTWATCH = Path(sys.executable).with_name("frontwatch")
SAMPLE = (
    "2022-09-10-kupiansk.txt",
    "2022-10-10-kyiv-missile-strikes.txt",
    "2023-03-12-israel-judicial-protests.txt",
    "2023-04-15-khartoum-clashes.txt",
    "2023-11-01-jabalia-air-strike.txt",
    "2024-06-20-nairobi-finance-bill-protest.txt",
)

# A story whose every field carries markup and script: it must show as text and never run.
HOSTILE = {
    "id": "hostile-1",
    "title": (
        '<script>window.__pwned = "title"</script><img src=x onerror="window.__pwned = 1">'
        '<a href="javascript:window.__pwned = 6">Kharkiv</a> shelled'
    ),
    "source": '<img src=x onerror="window.__pwned = 2">Evil Wire',
    "url": "javascript:window.__pwned = 3",
    "published": "2024-05-20",
    "text": (
        "KHARKIV, May 20 (Evil Wire) - Russian forces shelled Kharkiv on Monday, killing two civilians, "
        'regional governor Oleh Syniehubov said. <script>window.__pwned = "text"</script>\n\n'
        '<img src=x onerror="window.__pwned = 4"> Officials gave details '
        '<a href="javascript:window.__pwned = 5">here</a> and urged residents to stay in shelters.'
    ),
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_built: list[tuple[Path, str]] = []  # the first database this process built, and its token


def build_database(pipeline: Pipeline, folder: Path) -> tuple[Path, str]:
    """Code the sample stories and the hostile story into a new database; returns (path, token).

    The API and the browser tests both ask for it: the stories are coded once per process and
    later callers get a copy of that file (same rows, same token)."""
    if _built:
        db = folder / "served.db"
        shutil.copyfile(_built[0][0], db)
        return db, _built[0][1]
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = folder / "served.db"
    paths = [STORIES / name for name in SAMPLE] + [hostile]
    with open_reviewed_store(str(db)) as store:
        for result in pipeline.run(paths):
            assert isinstance(result, Coded), result
            store.save_document(result.document, result.events)
        token = store.create_token("alice")
    _built.append((db, token))
    return db, token


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def request(
    url: str, *, method: str = "GET", body: Any = None, headers: dict[str, str] | None = None
) -> Reply:
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None and "Content-Type" not in (headers or {}):
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return Reply(
                response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
            )
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


class LiveServer:
    """A server process; `base` is its URL. Started by the test and stopped by it."""

    def __init__(self, command: list[str]) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [*command, "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        self._wait()

    @classmethod
    def serve(cls, db: Path, *extra: str) -> LiveServer:
        return cls([str(FRONTWATCH), "serve", "--db", str(db), *extra])

    def _wait(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.process.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the server did not start within 30 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stderr is not None:
            self.process.stderr.close()
