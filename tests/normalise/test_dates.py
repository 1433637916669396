from __future__ import annotations

from datetime import date

import pytest

from frontwatch.config import Limits
from frontwatch.model import Document
from frontwatch.normalise import normalise, parse_published

from .support import BODY, doc, raw


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-10", date(2022, 9, 10)),
        ("2022-09-10T08:00:00Z", date(2022, 9, 10)),
        ("2022-09-10T23:30:00-05:00", date(2022, 9, 10)),  # as written, not converted to UTC
        ("2022-09-10 08:00", date(2022, 9, 10)),
        ("20220910", date(2022, 9, 10)),
        ("Sat, 10 Sep 2022 08:00:00 +0000", date(2022, 9, 10)),
        ("Sat, 10 Sep 2022 23:59:00 -0800", date(2022, 9, 10)),
        ("10 Sep 2022", date(2022, 9, 10)),
        ("September 10, 2022", date(2022, 9, 10)),
        ("Sept. 10, 2022", date(2022, 9, 10)),
        ("  2023-04-15  ", date(2023, 4, 15)),
        ("Saturday 10th of September 2022", date(2022, 9, 10)),
    ],
)
def test_parse_published_formats(value: str, expected: date) -> None:
    period = parse_published(value)
    assert period is not None
    assert period.start == period.end == expected
    assert period.granularity == "day"


@pytest.mark.parametrize(
    "value",
    ["", "   ", "yesterday", "3 days ago", "not a date", "2022-13-45", "1850-01-01", "2999-01-01",
     "Sat, 10 Sep 1066 08:00:00 +0000", "31 February 2022", "x" * 10_000],
)  # fmt: skip
def test_parse_published_unreadable_or_implausible(value: str) -> None:
    assert parse_published(value) is None


def test_next_year_is_plausible_and_later_is_not() -> None:
    next_year = date.today().year + 1
    assert parse_published(f"{next_year}-01-01") is not None
    assert parse_published(f"{next_year + 1}-01-01") is None


def test_container_date_wins() -> None:
    result = doc("This Article is From Sep 10, 2022\n\n" + BODY, published="2022-09-11T06:00:00Z")
    assert result.published is not None and result.published.start == date(2022, 9, 11)
    assert result.published_from == "container"


def test_unreadable_container_date_falls_back_to_the_header() -> None:
    result = doc("This Article is From Sep 10, 2022\n\n" + BODY, published="sometime last week")
    assert result.published is not None and result.published.start == date(2022, 9, 10)
    assert result.published_from == "header"


def test_default_date_is_the_last_resort() -> None:
    result = normalise(raw(BODY), default_date=date(2022, 9, 12))
    assert isinstance(result, Document)
    assert result.published is not None and result.published.start == date(2022, 9, 12)
    assert result.published_from == "option"
    none = doc(BODY)
    assert none.published is None and none.published_from is None


def test_text_over_the_limit_is_fw104() -> None:
    result = normalise(raw(BODY), limits=Limits(max_text_chars=50))
    assert not isinstance(result, Document) and result.code == "FW104"
