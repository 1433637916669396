"""Regression: the same story coded from a JSON Lines record without a title gave other events (and other
event ids) than from a text file, because only text files had their opening headline recognised."""

from __future__ import annotations

import json
from pathlib import Path

from frontwatch.runner import Coded, Pipeline

STORY = Path(__file__).resolve().parents[2] / "examples" / "stories" / "2022-10-17-kyiv-drone-attack.txt"


def test_a_titleless_jsonl_record_codes_like_the_text_file(pipeline: Pipeline, tmp_path: Path) -> None:
    text = STORY.read_text(encoding="utf-8")
    as_text = tmp_path / "story.txt"
    as_text.write_text(text, encoding="utf-8")
    as_jsonl = tmp_path / "story.jsonl"
    as_jsonl.write_text(json.dumps({"id": "s", "text": text, "published": "2022-10-17"}) + "\n", "utf-8")
    coded = [r for r in pipeline.run([as_text, as_jsonl]) if isinstance(r, Coded)]
    assert len(coded) == 2
    from_text, from_jsonl = ([(e.event_id, e.sub_event_type, e.claimant) for e in c.events] for c in coded)
    assert from_text and from_text == from_jsonl
