"""`explain` and the `gazetteer lookup` / `gazetteer import` commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.cli import main
from frontwatch.geo import Gazetteer, GeoContext, geocode, resolve
from frontwatch.geo.build import default_gazetteer_path
from frontwatch.geo.explain import explain
from frontwatch.geo.keys import has_admin_word

DATA = Path(__file__).parent / "data"


@pytest.fixture
def cache(gazetteer_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of our own that holds (a link to) the index, so imports land in tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    target = default_gazetteer_path()
    target.parent.mkdir(parents=True)
    target.symlink_to(gazetteer_path)
    return target.parent


@pytest.mark.parametrize(
    ("name", "context"),
    [
        ("Lyman", GeoContext(focus_countries=("UA",), anchor_points=((48.59, 38.0),))),
        ("Lyman", GeoContext(focus_countries=("UA",), admin_hints=(("UA", "07"),))),
        ("Kharkiv region", GeoContext(focus_countries=("UA",))),
        ("Paris", GeoContext()),
    ],
)
def test_parts_add_up_to_the_score_resolve_ranks_by(gaz: Gazetteer, name: str, context: GeoContext) -> None:
    ex = explain(gaz, name, context)
    res = resolve(gaz, name, context)
    assert ex.candidates and res.place is not None
    assert ex.candidates[0].place == res.place
    admin_worded = has_admin_word(name)
    matches = gaz.matches(name)
    scored_kinds = geocode.effective_kinds(matches, name, context)
    kinds = {p.geonameid: k for (p, _), k in zip(matches, scored_kinds, strict=True)}
    for c in ex.candidates:
        fit = geocode._kind_fit(c.place, "any", admin_worded)
        assert fit is not None
        expected = geocode._raw_score(c.place, kinds[c.place.geonameid], fit, context, name)
        assert c.raw == pytest.approx(expected)
        assert sum(c.parts.values()) == pytest.approx(c.raw)
    assert res.score <= round(ex.candidates[0].share, 4)


def test_near_moves_the_choice(gaz: Gazetteer) -> None:
    odesa = explain(gaz, "Lyman", GeoContext(focus_countries=("UA",), anchor_points=((45.80, 29.80),)))
    assert odesa.resolution.place is not None and odesa.resolution.place.admin1 == "Odesa"
    assert odesa.candidates[0].distance_km is not None and odesa.candidates[0].distance_km < 60


def test_kind_excludes_candidates(gaz: Gazetteer) -> None:
    ex = explain(gaz, "Kharkiv", GeoContext(focus_countries=("UA",)), kind="region")
    assert ex.excluded > 0
    assert all(c.place.feature_class == "A" for c in ex.candidates)


def test_variant_match_is_named(gaz: Gazetteer) -> None:
    ex = explain(gaz, "Kharkow", GeoContext(focus_countries=("UA",)))
    assert ex.candidates and ex.candidates[0].match == "romanisation variant"
    assert ex.resolution.place is not None and ex.resolution.place.geonameid == 706483


def test_lookup_command_shows_parts(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "lookup", "Lyman", "--near", "48.59,38.0", "--country", "UA"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("'Lyman' -> Lyman") and "Donetsk" in first
    assert "distance=" in out and "country=" in out and "population=" in out and "km" in out


@pytest.mark.parametrize("near", ["north", "91,0", "48.5"])
def test_lookup_rejects_a_bad_point(cache: Path, near: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["gazetteer", "lookup", "Lyman", "--near", near])
    assert info.value.code == 2


def test_lookup_rejects_a_country_name(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "lookup", "Lyman", "--country", "Ukraine"]) == 2
    assert "--country" in capsys.readouterr().err


def test_import_command(cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "UA.txt"
    lines = (DATA / "UA-sample.txt").read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join([*lines, "1\tonly"]) + "\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(bad), str(DATA / "alternateNamesV2-sample.txt")]) == 0
    captured = capsys.readouterr()
    assert "warning [FW306]" in captured.err and "line 12" in captured.err
    assert "8 kept" in captured.out and "1 bad" in captured.out and "lines/s" in captured.out
    assert (cache / "gazetteer-imports.sqlite").is_file()
    assert main(["gazetteer", "lookup", "Klishchiivka", "--country", "UA"]) == 0
    assert capsys.readouterr().out.startswith("'Klishchiivka' -> Klishchiivka (PPL, Donetsk, Ukraine)")
    assert main(["gazetteer", "import", "--reset", str(DATA / "alternateNamesV2-sample.txt")]) == 0
    capsys.readouterr()
    assert main(["gazetteer", "lookup", "Klishchiivka"]) == 0
    out = capsys.readouterr().out  # without the import, the codifier's estimated point is left
    assert "katottg UA14" in out and "(point estimated), score" in out and "geo_precision 2" in out


def test_import_refuses_a_non_dump(cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text("KYIV, Sept 10 (Reuters) - Ukrainian forces entered Kupiansk.\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(story)]) == 1
    assert "[FW305]" in capsys.readouterr().err
