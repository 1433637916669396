"""British and American spellings of a word name one group (`actor_index.SPELLINGS`)."""

from __future__ import annotations

import pytest

from frontwatch.extract.actors import find_actors


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("the Chinland Defence Force", "CDF: Chinland Defense Force"),
        ("the Chinland Defense Force", "CDF: Chinland Defense Force"),
    ],
)
def test_british_and_american_spellings_name_one_group(written: str, name: str) -> None:
    found = find_actors(f"Fighters of {written} pulled out of the town.")
    assert {m.actor.name for m in found if m.actor is not None} == {name}
