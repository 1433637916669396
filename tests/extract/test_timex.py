"""Time expressions: finding them in news text and resolving them against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.extract.timex import Timex, find_timexes, resolve_timex
from frontwatch.model import Period

SAT = date(2022, 9, 10)  # a Saturday
WED = date(2022, 9, 14)  # a Wednesday
MAR23 = date(2023, 3, 15)

D = date.fromisoformat


def day(iso: str) -> Period:
    return Period(D(iso), D(iso), "day")


def span(start: str, end: str, granularity: str) -> Period:
    return Period(D(start), D(end), granularity)  # type: ignore[arg-type]


def only(text: str, anchor: date | None = SAT) -> Timex:
    found = find_timexes(text, anchor)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------------------
# Seed stories


def test_seed_weekday_is_the_publication_day() -> None:
    t = only("Moscow announced Saturday that its troops were regrouping.")
    assert t.text == "Saturday"
    assert t.period == day("2022-09-10")
    assert t.period.time_precision == 1
    assert t.kind == "point"
    assert t.relative


def test_seed_month_without_year() -> None:
    t = only("The town was captured by Russian forces in May.")
    assert t.text == "in May"
    assert t.period == span("2022-05-01", "2022-05-31", "month")
    assert t.period.time_precision == 3


def test_seed_since_year() -> None:
    t = only("The area has been under the control of Moscow-backed rebel groups since 2014.")
    assert t.text == "since 2014"
    assert t.kind == "since"
    assert t.period == span("2014-01-01", "2014-12-31", "year")
    assert not t.relative


def test_seed_three_day_operation_is_a_duration() -> None:
    t = only("Ukraine said it had completed a three-day operation near the border.")
    assert t.text == "three-day"
    assert t.kind == "duration"
    assert t.period is None


def test_seed_for_months_is_a_duration() -> None:
    t = only("The city has been shelled for months.")
    assert (t.text, t.kind, t.period) == ("for months", "duration", None)


# --------------------------------------------------------------------------------------------------
# Table of single expressions: (sentence, anchor, expected text, expected period)

POINTS: list[tuple[str, date, str, Period]] = [
    # two days named together: from the first to the second ("burned villages on 3 and 4 September"; an
    # event's date is the first)
    (
        "Soldiers burned villages on 3 and 4 September.",
        SAT,
        "on 3 and 4 September",
        span("2022-09-03", "2022-09-04", "day"),
    ),
    ("Fighting raged on 3-4 September.", SAT, "on 3-4 September", span("2022-09-03", "2022-09-04", "day")),
    # weekdays: most recent on or before the anchor
    ("Moscow announced Saturday that", SAT, "Saturday", day("2022-09-10")),
    ("The strike came on Saturday.", SAT, "on Saturday", day("2022-09-10")),
    ("Shelling resumed Saturday night.", SAT, "Saturday night", day("2022-09-10")),
    ("The convoy was hit late on Tuesday.", SAT, "late on Tuesday", day("2022-09-06")),
    ("It happened last Tuesday.", SAT, "last Tuesday", day("2022-09-06")),
    ("Sirens sounded early Monday in Kyiv.", SAT, "early Monday", day("2022-09-05")),
    ("Troops left on Friday.", SAT, "on Friday", day("2022-09-09")),
    ("Troops left on Sunday.", SAT, "on Sunday", day("2022-09-04")),
    ("Troops left on Sunday.", WED, "on Sunday", day("2022-09-11")),
    ("Troops left on Wednesday.", WED, "on Wednesday", day("2022-09-14")),
    ("It happened last Wednesday.", WED, "last Wednesday", day("2022-09-07")),
    ("Talks resume next Monday.", SAT, "next Monday", day("2022-09-12")),
    ("Talks resume this coming Saturday.", SAT, "coming Saturday", day("2022-09-17")),
    ("THE ATTACK ON SATURDAY", SAT, "ON SATURDAY", day("2022-09-10")),
    # days relative to the anchor
    ("Officials said today that", SAT, "today", day("2022-09-10")),
    ("Explosions were heard tonight.", SAT, "tonight", day("2022-09-10")),
    ("Drones struck this morning.", SAT, "this morning", day("2022-09-10")),
    ("Drones struck this afternoon.", SAT, "this afternoon", day("2022-09-10")),
    ("Drones struck this evening.", SAT, "this evening", day("2022-09-10")),
    ("The mayor said earlier today that", SAT, "earlier today", day("2022-09-10")),
    ("Yesterday, the mayor said", SAT, "Yesterday", day("2022-09-09")),
    ("Drones struck yesterday morning.", SAT, "yesterday morning", day("2022-09-09")),
    ("Drones struck last night.", SAT, "last night", day("2022-09-09")),
    ("Drones struck the city overnight.", SAT, "overnight", day("2022-09-10")),
    # the day named says which night: "overnight on Thursday" is Thursday, not the story's date
    ("Gunmen raided the village overnight on Thursday.", SAT, "on Thursday", day("2022-09-08")),
    ("Rockets hit the town overnight into Friday.", SAT, "Friday", day("2022-09-09")),
    ("A shell hit the school the previous day.", SAT, "the previous day", day("2022-09-09")),
    ("Rockets fell on the town the previous evening.", SAT, "the previous evening", day("2022-09-09")),
    ("A blast hit the metro the previous afternoon.", SAT, "the previous afternoon", day("2022-09-09")),
    ("Gunmen shot a councillor the night before.", SAT, "the night before", day("2022-09-09")),
    ("Rebels had taken the town a day earlier.", SAT, "a day earlier", day("2022-09-09")),
    ("He arrived the day before yesterday.", SAT, "the day before yesterday", day("2022-09-08")),
    # weeks, months and years relative to the anchor
    ("Fighting intensified this week.", SAT, "this week", span("2022-09-05", "2022-09-11", "week")),
    ("Fighting intensified this week.", WED, "this week", span("2022-09-12", "2022-09-18", "week")),
    ("Fighting intensified last week.", SAT, "last week", span("2022-08-29", "2022-09-04", "week")),
    ("Dozens died in the past week.", SAT, "in the past week", span("2022-09-04", "2022-09-10", "week")),
    ("A deal is expected next week.", SAT, "next week", span("2022-09-12", "2022-09-18", "week")),
    ("He said earlier this month that", SAT, "earlier this month", span("2022-09-01", "2022-09-30", "month")),
    ("Prices rose this month.", SAT, "this month", span("2022-09-01", "2022-09-30", "month")),
    ("Prices rose last month.", SAT, "last month", span("2022-08-01", "2022-08-31", "month")),
    ("Prices rose last month.", D("2023-01-05"), "last month", span("2022-12-01", "2022-12-31", "month")),
    ("Prices rose this year.", SAT, "this year", span("2022-01-01", "2022-12-31", "year")),
    ("Prices rose earlier this year.", SAT, "earlier this year", span("2022-01-01", "2022-12-31", "year")),
    ("Prices rose last year.", SAT, "last year", span("2021-01-01", "2021-12-31", "year")),
    (
        "Troops massed over the weekend.",
        D("2022-09-12"),
        "over the weekend",
        span("2022-09-10", "2022-09-11", "week"),
    ),
    ("Troops massed last weekend.", WED, "last weekend", span("2022-09-10", "2022-09-11", "week")),
    # counted back from the anchor
    ("The village fell three days ago.", SAT, "three days ago", day("2022-09-07")),
    ("The village fell 10 days ago.", SAT, "10 days ago", day("2022-08-31")),
    ("She said she had been detained two days earlier.", SAT, "two days earlier", day("2022-09-08")),
    ("The village fell two weeks ago.", SAT, "two weeks ago", span("2022-08-22", "2022-08-28", "week")),
    ("The village fell a month ago.", SAT, "a month ago", span("2022-08-01", "2022-08-31", "month")),
    ("The village fell a year ago.", SAT, "a year ago", span("2021-01-01", "2021-12-31", "year")),
    # month names without a year: the most recent on or before the anchor's month
    ("It was captured in May.", SAT, "in May", span("2022-05-01", "2022-05-31", "month")),
    ("Fighting began in early May.", SAT, "in early May", span("2022-05-01", "2022-05-31", "month")),
    ("Fighting began late May.", SAT, "late May", span("2022-05-01", "2022-05-31", "month")),
    ("Fighting began mid-May.", SAT, "mid-May", span("2022-05-01", "2022-05-31", "month")),
    ("Fighting began in September.", SAT, "in September", span("2022-09-01", "2022-09-30", "month")),
    ("Fighting began in December.", MAR23, "in December", span("2022-12-01", "2022-12-31", "month")),
    ("Fighting began last March.", MAR23, "last March", span("2022-03-01", "2022-03-31", "month")),
    ("Fighting began in Sept", SAT, "in Sept", span("2022-09-01", "2022-09-30", "month")),
    ("Fighting began in Jan.", SAT, "in Jan.", span("2022-01-01", "2022-01-31", "month")),
    (
        "Fighting began at the end of May.",
        SAT,
        "at the end of May",
        span("2022-05-01", "2022-05-31", "month"),
    ),
    ("Fighting began in October.", SAT, "in October", span("2021-10-01", "2021-10-31", "month")),
    # day and month without a year
    ("The attack on May 5 killed", SAT, "on May 5", day("2022-05-05")),
    ("The attack on 5 May killed", SAT, "on 5 May", day("2022-05-05")),
    ("The attack on May 5th killed", SAT, "on May 5th", day("2022-05-05")),
    ("The attack on Sept. 10 killed", SAT, "on Sept. 10", day("2022-09-10")),
    ("The attack on 10 September killed", SAT, "on 10 September", day("2022-09-10")),
    ("The attack on the 5th of May killed", SAT, "on the 5th of May", day("2022-05-05")),
    ("Talks are set for September 15.", SAT, "September 15", day("2022-09-15")),
    ("The attack on December 20 killed", SAT, "on December 20", day("2021-12-20")),
    ("The war began on Feb. 24.", SAT, "on Feb. 24", day("2022-02-24")),
    ("The war began on February 29.", SAT, "on February 29", day("2020-02-29")),
    # a day of the month alone, as translated press writes it: this month's, or last month's if to come
    ("Police on the 9th arrested a soldier.", SAT, "on the 9th", day("2022-09-09")),
    ("The girl was attacked on the night of the 28th.", SAT, "on the night of the 28th", day("2022-08-28")),
    # absolute dates
    ("Signed on Sep 10, 2022 in Minsk", SAT, "on Sep 10, 2022", day("2022-09-10")),
    ("Signed on 10 September 2022 in Minsk", SAT, "on 10 September 2022", day("2022-09-10")),
    ("Signed on 2022-09-10 in Minsk", SAT, "on 2022-09-10", day("2022-09-10")),
    ("Signed on Saturday, Sept. 10, 2022, in Minsk", SAT, "on Saturday, Sept. 10, 2022", day("2022-09-10")),
    ("Signed in May 2014 in Minsk", SAT, "in May 2014", span("2014-05-01", "2014-05-31", "month")),
    ("Signed in December 2021 in Minsk", SAT, "in December 2021", span("2021-12-01", "2021-12-31", "month")),
    # years
    ("Crimea was annexed in 2014.", SAT, "in 2014", span("2014-01-01", "2014-12-31", "year")),
    ("Crimea was annexed in early 2014.", SAT, "in early 2014", span("2014-01-01", "2014-12-31", "year")),
    ("Crimea was annexed mid-2014.", SAT, "mid-2014", span("2014-01-01", "2014-12-31", "year")),
    ("Elections due in 2023 were postponed.", SAT, "in 2023", span("2023-01-01", "2023-12-31", "year")),
    ("Chechnya was devastated in the 1990s.", SAT, "in the 1990s", span("1990-01-01", "1999-12-31", "year")),
]


@pytest.mark.parametrize(("sentence", "anchor", "text", "period"), POINTS)
def test_point_expressions(sentence: str, anchor: date, text: str, period: Period) -> None:
    t = only(sentence, anchor)
    assert t.text == text
    assert sentence[t.start : t.end] == text
    assert t.period == period
    assert t.kind == "point"


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "period"),
    [
        ("under rebel control since 2014.", "since 2014", "since", span("2014-01-01", "2014-12-31", "year")),
        (
            "at war since February 2022.",
            "since February 2022",
            "since",
            span("2022-02-01", "2022-02-28", "month"),
        ),
        ("occupied since May.", "since May", "since", span("2022-05-01", "2022-05-31", "month")),
        ("occupied since March.", "since March", "since", span("2022-03-01", "2022-03-31", "month")),
        ("closed since Monday.", "since Monday", "since", day("2022-09-05")),
        ("in place until 2023.", "until 2023", "until", span("2023-01-01", "2023-12-31", "year")),
        ("to leave by May 2023.", "by May 2023", "until", span("2023-05-01", "2023-05-31", "month")),
        ("extended until Friday.", "until Friday", "until", day("2022-09-09")),
        ("Since 2014, the region", "Since 2014", "since", span("2014-01-01", "2014-12-31", "year")),
    ],
)
def test_since_and_until(sentence: str, text: str, kind: str, period: Period) -> None:
    t = only(sentence)
    assert (t.text, t.kind, t.period) == (text, kind, period)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("a three-day operation", "three-day"),
        ("the shelling lasted for months", "for months"),
        ("within 48 hours of the strike", "within 48 hours"),
        ("over the past two weeks", "over the past two weeks"),
        ("killed in the past 24 hours", "in the past 24 hours"),
        ("a months-long siege", "months-long"),
        ("for more than three years", "for more than three years"),
        ("a 10-day ceasefire", "10-day"),
        ("a 24-hour truce", "24-hour"),
        ("for several weeks", "for several weeks"),
    ],
)
def test_durations_have_no_period(sentence: str, text: str) -> None:
    t = only(sentence)
    assert (t.text, t.kind, t.period, t.relative) == (text, "duration", None, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "May God protect them.",  # the modal verb, sentence-initial
        "Officials said they may withdraw.",
        "Talks may resume, but May is uncertain.",
        "He said 2,014 people were evacuated.",
        "Some 20,000 troops were deployed.",
        "The strike hit at 14:00 local time.",
        "A 12-year-old boy was wounded.",
        "Records from 10/09/2022 were lost.",
        "In 1950 troops were sent.",  # a count, not a year
        "He paid 2014 dollars.",
        "since the start of the war",
        "The week was long and the year was hard.",
        "Jan Kowalski and June Carter spoke.",
        "They march on the capital.",
        "The Boeing 737 landed in 2150 metres of fog.",
        "It happened in 1850.",
        "the days were long",
        "The holidays and birthdays were cancelled.",
        "Riot police sealed off May 1 Square.",  # a date in a place's name
        "Traffic was stopped on the 6 October Bridge.",
        "",
    ],
)
def test_not_time_expressions(sentence: str) -> None:
    assert find_timexes(sentence, SAT) == []


def test_future_years_are_bounded_by_the_anchor() -> None:
    assert find_timexes("in 2030", SAT) == []
    assert only("in 2030", None).period == span("2030-01-01", "2030-12-31", "year")
    assert find_timexes("in 2150", None) == []


def test_day_month_moves_to_the_previous_year_only_beyond_a_week() -> None:
    assert only("on September 17", SAT).period == day("2022-09-17")  # 7 days ahead: same year
    assert only("on September 18", SAT).period == day("2021-09-18")  # 8 days ahead: previous year
    assert only("on January 2", D("2023-01-01")).period == day("2023-01-02")


def test_feasts_of_a_fixed_day_resolve_like_a_day_and_month() -> None:
    assert only("a mob burned a church on New Year's Day", D("2008-02-28")).period == day("2008-01-01")
    assert only("since Christmas Eve", D("2012-01-05")).period == day("2011-12-24")
    assert only("since Christmas Eve", D("2012-01-05")).kind == "since"
    assert only("killed on Christmas", D("2011-12-27")).period == day("2011-12-25")
    assert only("a crowd pelted a restaurant on New Year's night", D("2017-01-02")).period == day(
        "2017-01-01"
    )
    assert find_timexes("the Christmas market opened", SAT) == []
    assert find_timexes("shoppers at a Christmas market", SAT) == []
    assert only("on Christmas Day", None).period is None
    # a feast that names a thing ("a Christmas Eve mass") dates nothing where the text names the day
    copts = find_timexes(
        "gunmen fired on people leaving a Christmas Eve mass late on Wednesday", D("2010-01-07")
    )
    assert [t.text for t in copts] == ["late on Wednesday"]
    assert only("worshippers leaving a Christmas Eve mass", D("2010-12-25")).period == day("2010-12-24")


def test_invalid_days_are_not_dates() -> None:
    assert find_timexes("on 31 September", SAT) == []
    assert find_timexes("on February 30", SAT) == []
    assert only("on 2022-09-10", SAT).period == day("2022-09-10")
    assert find_timexes("on 2022-13-10", SAT) == []


# --------------------------------------------------------------------------------------------------
# Without an anchor: relative expressions are found but not resolved; absolute ones resolve


@pytest.mark.parametrize(
    "sentence",
    ["on Saturday", "in May", "yesterday", "last week", "this year", "on May 5", "three days ago", "mid-May"],
)
def test_relative_without_anchor_has_no_period(sentence: str) -> None:
    t = only(sentence, None)
    assert t.relative
    assert t.period is None


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("since 2014", span("2014-01-01", "2014-12-31", "year")),
        ("on 10 September 2022", day("2022-09-10")),
        ("in May 2022", span("2022-05-01", "2022-05-31", "month")),
        ("2022-09-10", day("2022-09-10")),
        ("the 1990s", span("1990-01-01", "1999-12-31", "year")),
    ],
)
def test_absolute_without_anchor(sentence: str, period: Period) -> None:
    t = only(sentence, None)
    assert not t.relative
    assert t.period == period


# --------------------------------------------------------------------------------------------------
# Several expressions in one text


def test_all_expressions_in_order_with_offsets() -> None:
    text = (
        "KYIV (AP) — Moscow announced Saturday that troops would leave Izium, captured in April. "
        "The region has been contested since 2014. Shelling overnight killed 10 people, and a "
        "three-day evacuation began on Sept. 8, officials said this week."
    )
    found = find_timexes(text, SAT)
    assert [t.text for t in found] == [
        "Saturday",
        "in April",
        "since 2014",
        "overnight",
        "three-day",
        "on Sept. 8",
        "this week",
    ]
    assert all(text[t.start : t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert found[5].period == day("2022-09-08")


def test_weekday_with_date_is_one_expression() -> None:
    t = only("on Saturday 10 September the city fell")
    assert t.text == "on Saturday 10 September"
    assert t.period == day("2022-09-10")


# --------------------------------------------------------------------------------------------------
# resolve_timex


@pytest.mark.parametrize(
    ("expression", "anchor", "period"),
    [
        ("Saturday", SAT, day("2022-09-10")),
        ("May", SAT, span("2022-05-01", "2022-05-31", "month")),
        ("in December", MAR23, span("2022-12-01", "2022-12-31", "month")),
        ("2014", None, span("2014-01-01", "2014-12-31", "year")),
        ("since February 2022", None, span("2022-02-01", "2022-02-28", "month")),
        ("last week", SAT, span("2022-08-29", "2022-09-04", "week")),
        ("  yesterday ", SAT, day("2022-09-09")),
        ("Sep 10, 2022", None, day("2022-09-10")),
        # a range of days within a month keeps its last day
        ("between 16 and 21 February 2000", None, span("2000-02-16", "2000-02-21", "day")),
        ("from 3 to 5 September", SAT, span("2022-09-03", "2022-09-05", "day")),
        ("6-8 September 2022", None, span("2022-09-06", "2022-09-08", "day")),
        # a last day that is no later, or not in the month, leaves the first day alone
        ("between 21 and 16 February 2000", None, day("2000-02-21")),
        ("between 28 and 31 February 2000", None, day("2000-02-28")),
    ],
)
def test_resolve_timex(expression: str, anchor: date | None, period: Period) -> None:
    assert resolve_timex(expression, anchor) == period


@pytest.mark.parametrize(
    ("expression", "anchor"),
    [("Saturday", None), ("in May", None), ("for months", SAT), ("three-day", SAT), ("no date here", SAT)],
)
def test_resolve_timex_unresolvable(expression: str, anchor: date | None) -> None:
    assert resolve_timex(expression, anchor) is None


def test_precision_follows_granularity() -> None:
    assert only("on Saturday").period.time_precision == 1  # type: ignore[union-attr]
    assert only("last week").period.time_precision == 2  # type: ignore[union-attr]
    assert only("in May").period.time_precision == 3  # type: ignore[union-attr]
    assert only("in 2014").period.time_precision == 3  # type: ignore[union-attr]


# --------------------------------------------------------------------------------------------------
# Properties and large inputs

TOKENS = (
    *"abcdefghijklmnopqrstuvwxyzMSTJAFOND0123456789 ,.-:/'’\n",
    *("May", "Saturday", "since", "in", "last", "week", "days", "ago", "the", "2014", "Sept.", "of", "for"),
    *("yesterday", "early", "mid-", "months", "-long", "2022-09-10", "1990s", "\u00a0", " ", " ", " "),
)
NEWSY = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)
ANCHORS = st.one_of(st.none(), st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)))


def _check(text: str, anchor: date | None) -> None:
    found = find_timexes(text, anchor)
    previous_end = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= previous_end
        previous_end = t.end
        assert t.kind in ("point", "since", "until", "duration")
        if t.period is not None:
            assert t.period.start <= t.period.end
        if anchor is None and t.relative:
            assert t.period is None
        if t.kind == "duration":
            assert t.period is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), ANCHORS)
def test_never_raises_on_arbitrary_text(text: str, anchor: date | None) -> None:
    _check(text, anchor)


@settings(max_examples=500, deadline=None)
@given(NEWSY, ANCHORS)
def test_never_raises_on_date_like_text(text: str, anchor: date | None) -> None:
    _check(text, anchor)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), st.dates()))
def test_resolve_never_raises(expression: str, anchor: date | None) -> None:
    period = resolve_timex(expression, anchor)
    assert period is None or period.start <= period.end


def test_extreme_anchors_do_not_raise() -> None:
    for anchor in (date.min, date.max):
        for text in ("yesterday", "next week", "last year", "in May", "on May 5", "900 years ago"):
            _check(text, anchor)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        "May " * 250_000,
        "May" + " " * 1_000_000 + "5",
        "in the " * 150_000,
        "day " * 250_000,
        "1 " * 500_000,
        "since 2014 " * 90_000,
        "last " * 200_000 + "week",
    ],
    ids=["letters", "may", "spaces", "leads", "day", "digits", "since", "long-lead"],
)
def test_one_megabyte_inputs_finish(text: str) -> None:
    _check(text, SAT)
