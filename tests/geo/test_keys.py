from __future__ import annotations

import pytest

from frontwatch.geo.keys import admin_key, has_admin_word, is_latin_key, name_key


@pytest.mark.parametrize(
    "variants",
    [
        ("Kupiansk", "Kupyansk", "Kup'yans'k", "Kup’yans’k", "KUPIANSK"),
        ("Izium", "Izyum"),
        ("Balakliia", "Balakliya"),
        ("Khmelnytskyi", "Khmelnytskyy", "Khmelnitskiy", "Khmelnitsky"),
        ("Krasnyi Lyman", "Krasnij Liman", "Krasnyy Lyman"),
        ("Sana'a", "Sanaa", "Sana’a"),
        ("Port-au-Prince", "Port au Prince", "port au  prince"),
        ("São Paulo", "Sao Paulo"),
        ("Łódź", "Lodz"),
        ("the Gaza Strip", "Gaza Strip"),
    ],
)
def test_variants_share_a_key(variants: tuple[str, ...]) -> None:
    assert len({name_key(v) for v in variants}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [("Paris", "Parish"), ("Kyiv", "Kiev"), ("Gaza", "Ghazni"), ("Mali", "Malir"), ("Rafah", "Raqqa")],
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_admin_key_strips_generic_words() -> None:
    assert admin_key("Donetsk Oblast") == name_key("Donetsk")
    assert admin_key("the Kharkiv region") == name_key("Kharkiv")
    assert admin_key("Autonomous Republic of Crimea") == "crimea"
    assert admin_key("Rakhine State") == "rakhine"
    assert has_admin_word("Kherson region")
    assert not has_admin_word("Central African Republic")
    assert not has_admin_word("Kherson")


def test_latin_keys() -> None:
    assert is_latin_key(name_key("Kharkiv"))
    assert not is_latin_key(name_key("Харків"))
    assert not is_latin_key(name_key("الخرطوم"))
    assert not is_latin_key("")
