"""Groups named by the text itself: the name after "calling itself", "known as" and the like."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from frontwatch.extract.self_named import self_named_group


def test_the_name_a_group_gives_itself_is_its_name() -> None:
    actor = self_named_group(
        "a previously unknown group calling itself the Vanguards of Liberation said", "EG"
    )
    assert actor is not None
    assert (actor.name, actor.country_code, actor.kind) == ("Vanguards of Liberation", "EG", "armed group")


def test_the_name_ends_at_its_last_capitalised_word() -> None:
    actor = self_named_group("a cell known as Ansar al-Sharia and the police", None)
    assert actor is not None and actor.name == "Ansar al-Sharia"


def test_a_group_named_in_lower_case_words_is_no_name() -> None:
    assert self_named_group("a group calling itself a defender of the people", None) is None


@given(st.text(max_size=200))
def test_any_name_found_is_words_of_the_text(text: str) -> None:
    actor = self_named_group(text, None)
    assert actor is None or (actor.name and actor.name in text)
