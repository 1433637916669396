"""The example wire story (only on machines that carry the shared corpus)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontwatch.ingest import read_paths
from frontwatch.model import Document, RawDocument
from frontwatch.normalise import normalise

SEED_NAME = "seed-kharkiv-2022-09-10.txt"
# shared/ sits beside the repository (as on CI) or at its usual place on a workstation.
CANDIDATES = (
    Path(__file__).resolve().parents[3] / "shared" / "corpus" / SEED_NAME,
    Path("/work/shared/corpus") / SEED_NAME,
)
SEED = next((path for path in CANDIDATES if path.exists()), CANDIDATES[-1])

STANDFIRST = (
    "The apparent drawdown of Russian forces comes as Ukrainian troops said they had entered the town of"
    " Kupiansk in Kharkiv, with military observers saying Kyiv's army had advanced further still."
)


@pytest.fixture(scope="module")
def seed() -> Document:
    if not SEED.exists():
        pytest.skip(f"the example story {SEED} is not on this machine")
    [raw] = list(read_paths([SEED]))
    assert isinstance(raw, RawDocument)
    result = normalise(raw)
    assert isinstance(result, Document), result
    return result


def test_offsets_are_kept(seed: Document) -> None:
    assert len(seed.coded_text) == len(seed.text)
    assert [i for i, c in enumerate(seed.text) if c == "\n"] == [
        i for i, c in enumerate(seed.coded_text) if c == "\n"
    ]


def test_header_date_outlet_and_dateline(seed: Document) -> None:
    assert seed.published is not None
    assert seed.published.start == seed.published.end == date(2022, 9, 10)
    assert seed.published.granularity == "day"
    assert seed.published_from == "header"
    assert seed.dateline == "Moscow"
    assert seed.dateline_span is not None
    assert seed.text[seed.dateline_span.start : seed.dateline_span.end] == "Moscow"
    assert seed.outlet == "NDTV"
    assert seed.language == "en"
    assert seed.title is not None and "Regrouping" in seed.title


def test_boilerplate_is_blanked(seed: Document) -> None:
    text, coded = seed.text, seed.coded_text
    for fragment in (
        "This Article is From Sep 10, 2022",
        'Russia "Regrouping" Its Forces After Ukraine Announces Gains In Kharkiv',
        "Russia 'Regrouping' Its Forces After Ukraine Announces Gains In Kharkiv",
        'Russia said it is "regrouping" its forces to back efforts in the Donetsk region. (File)',
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a"
        " syndicated feed.)",
        "Moscow:",
    ):
        start = text.index(fragment)
        assert not coded[start : start + len(fragment)].strip(), fragment
    assert not coded.rstrip().endswith(".\n.")
    assert coded[text.rindex("\n.") + 1] == " "  # the lone "." line


def test_the_repeated_standfirst_goes_and_the_body_copy_stays(seed: Document) -> None:
    text, coded = seed.text, seed.coded_text
    first = text.index(STANDFIRST)
    second = text.index(STANDFIRST, first + 1)
    assert not coded[first : first + len(STANDFIRST)].strip()
    assert coded[second : second + len(STANDFIRST)] == STANDFIRST


def test_the_lead_stays(seed: Document) -> None:
    lead = "Moscow announced Saturday that it was withdrawing forces in the eastern Kharkiv region"
    start = seed.text.index(lead)
    assert seed.coded_text[start : start + len(lead)] == lead
    assert seed.coded_text.lstrip().startswith("Moscow announced Saturday")
