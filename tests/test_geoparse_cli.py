"""`frontwatch geoparse`, run through `frontwatch.cli.main`: the documented fields, offsets into the text
as read (for HTML, the extracted text), coded rejections on stderr and the exit codes of `extract`.
(`tests/test_cli.py` checks the same streams and exit codes on real processes.)"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from cli_inprocess import run_cli
from frontwatch.ingest import read_paths
from frontwatch.model import RawDocument

DOCS = Path(__file__).resolve().parent.parent / "docs"
FIELDS = (
    *("doc_id", "start", "end", "text", "name", "geonameid", "latitude", "longitude"),
    *("country_code", "admin1", "feature_code", "kind", "score", "geo_precision"),
)
STORY = (
    "KYIV, Ukraine (Reuters) — Russian drones struck Odesa overnight and shells hit the outskirts of "
    "Kherson, officials said. “Zaporizhzhia’s” power plant lost its last line, Ukrainian engineers said.\n"
)
PAGE = """<!doctype html><html><head><title>Strikes on Odesa</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Drones hit Odesa port</h1>
<p>Russian drones struck grain silos in the port of Odesa before dawn on Tuesday, the regional governor
said, and a second wave hit warehouses near Izmail on the Danube.</p>
<p>Air defences shot down most of the drones over the Odesa region, Ukraine’s air force said in a
statement on Telegram, adding that debris had fallen on houses in Chornomorsk.</p>
</article><footer>© Example News</footer></body></html>
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)


def lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    files = {"story": tmp_path / "story.txt", "page": tmp_path / "page.html", "empty": tmp_path / "empty.txt"}
    files["story"].write_text(STORY, encoding="utf-8")
    files["page"].write_text(PAGE, encoding="utf-8")
    files["empty"].write_bytes(b"")
    return files


def test_one_object_per_toponym_with_offsets_into_the_text(inputs: dict[str, Path]) -> None:
    result = run("geoparse", str(inputs["story"]), str(inputs["empty"]), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    toponyms = lines(result.stdout)
    text = inputs["story"].read_text(encoding="utf-8")
    for t in toponyms:
        assert set(FIELDS) <= set(t)
        assert text[int(str(t["start"])) : int(str(t["end"]))] == t["text"]
    by_text = {str(t["text"]): t for t in toponyms}
    assert by_text["KYIV"]["source"] == "dateline" and by_text["KYIV"]["country_code"] == "UA"
    assert by_text["Kherson"]["geo_precision"] == 2
    assert by_text["Ukrainian"]["kind"] == "demonym"
    assert "Zaporizhzhia" in by_text
    assert [r["code"] for r in lines(result.stderr)] == ["FW101"]


def test_html_offsets_are_into_the_extracted_text(inputs: dict[str, Path]) -> None:
    result = run("geoparse", str(inputs["page"]))
    assert result.returncode == 0, result.stderr
    toponyms = lines(result.stdout)
    raw = next(item for item in read_paths([inputs["page"]]) if isinstance(item, RawDocument))
    assert {"Odesa", "Izmail", "Chornomorsk"} <= {str(t["text"]) for t in toponyms}
    for t in toponyms:
        assert raw.text[int(str(t["start"])) : int(str(t["end"]))] == t["text"]


def test_table_and_usage_errors(inputs: dict[str, Path]) -> None:
    table = run("geoparse", str(inputs["story"]), "--format", "table")
    assert table.returncode == 0 and table.stdout.splitlines()[0].split()[:3] == ["start", "end", "text"]
    assert "Odesa" in table.stdout
    assert run("geoparse", str(inputs["story"]), "--date", "soon").returncode == 2
    assert run("geoparse-eval", str(inputs["story"].with_name("missing.jsonl"))).returncode == 2


def test_every_toponym_field_is_documented() -> None:
    from dataclasses import fields

    from frontwatch.extract.toponyms import Toponym

    text = (DOCS / "geoparse-format.md").read_text(encoding="utf-8")
    for field in fields(Toponym):
        assert f"| `{field.name}` |" in text, f"{field.name} is not documented in docs/geoparse-format.md"
