"""Implausible container dates never become a publication date; names keep no bidi controls."""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise, parse_published

from .hostile_cases import STORY

IMPLAUSIBLE = ["3020-01-01", "0000-00-00", "10/09/22", "1899-12-31", "-2022-01-01", "2022-13-45",
               "Sat, 10 Sep 3022 08:00:00 +0000", "99999999-01-01", "2022-09-10" + "0" * 10_000]  # fmt: skip


@pytest.mark.parametrize("value", IMPLAUSIBLE, ids=range(len(IMPLAUSIBLE)))
def test_an_implausible_container_date_is_no_publication_date(value: str) -> None:
    period = parse_published(value)
    assert period is None or 1900 <= period.start.year <= date.today().year + 1
    document = normalise(RawDocument("d", "d", STORY, "jsonl", published=value))
    assert isinstance(document, Document)
    assert document.published is None or document.published.start <= date.today().replace(
        year=date.today().year + 1
    )


def test_a_negative_year_is_not_read_as_its_absolute_value() -> None:
    assert parse_published("-2022-01-01") is None
