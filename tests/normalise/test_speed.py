"""A loose guard against slow patterns: a 5 KB story normalises in a few milliseconds at most."""

from __future__ import annotations

import time

from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise

from .support import BODY


def test_five_kilobyte_story_is_fast() -> None:
    paragraphs = [f"{BODY} Paragraph {i} adds detail about the fighting near Izium." for i in range(20)]
    text = "This Article is From Sep 10, 2022\n\nKyiv claims gains\n\nMoscow:\n\n" + "\n\n".join(paragraphs)
    text = text[:5200]
    raw = RawDocument("speed", "test", text, "text")
    assert isinstance(normalise(raw), Document)  # warm up: the language model loads once
    timings = []
    for _ in range(30):
        started = time.perf_counter()
        normalise(raw)
        timings.append(time.perf_counter() - started)
    timings.sort()
    assert timings[len(timings) // 2] < 0.010  # median; typically about 1 ms


def test_pathological_lines_stay_linear() -> None:
    for text in ("A " * 200_000, "(" * 100_000, "KYIV, " * 50_000 + "-", "Reporting by A\n" * 20_000):
        started = time.perf_counter()
        normalise(RawDocument("slow", "test", text, "text"))
        assert time.perf_counter() - started < 2.0
