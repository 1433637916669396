"""The security middleware answers an unexpected failure with a 500 that still carries its headers."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import MutableMapping
from typing import Any

from frontwatch.api.security import Guard
from frontwatch.api.settings import ApiSettings


async def _failing_app(scope: Any, receive: Any, send: Any) -> None:
    raise RuntimeError("boom")


def test_an_unhandled_error_gets_a_500_with_the_security_headers(tmp_path: Any) -> None:
    settings = ApiSettings(db=str(tmp_path / "fw.db"))
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/api/events", "headers": [], "query_string": b""}
    # in a thread of its own: the browser tests leave an event loop running in this one
    runner = threading.Thread(target=asyncio.run, args=(Guard(_failing_app, settings)(scope, receive, send),))
    runner.start()
    runner.join(timeout=30)
    start = sent[0]
    assert start["status"] == 500
    headers = {k.decode().lower(): v.decode() for k, v in start["headers"]}
    assert "content-security-policy" in headers
    assert b"FW600" in sent[1]["body"]
