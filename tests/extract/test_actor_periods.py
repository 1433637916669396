"""State actors are named after the government of the event's day."""

from __future__ import annotations

import pytest

from frontwatch.extract.actor_periods import dated_name, dated_side, period_label


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Military Forces of Ukraine (2019-)", "2017-06-01", "Military Forces of Ukraine (2014-2019)"),
        ("Military Forces of Ukraine (2019-)", "2022-09-10", "Military Forces of Ukraine (2019-)"),
        ("Military Forces of Syria (2024-) Navy", "2016-03-27", "Military Forces of Syria (2000-2024) Navy"),
        ("Government of the United States", "2020-01-03", "Government of the United States (2017-2021)"),
        ("Government of the United States", "1986-04-15", "Government of the United States (1981-1989)"),
        ("Military Forces of Sierra Leone", "1995-01-19", "Military Forces of Sierra Leone (1992-1996)"),
        ("Government of the Soviet Union", "1980-02-24", "Government of the Soviet Union (1964-1982)"),
        ("Police Forces of Bangladesh", "2024-07-19", "Police Forces of Bangladesh (2009-2024)"),
        ("Government of Israel (2022-)", "2022-01-01", "Government of Israel (2021-2022)"),
        # the day of a coup still belongs to the outgoing government
        ("Government of Niger (2023-)", "2023-07-26", "Government of Niger (2021-2023)"),
        ("Military Forces of Niger (2023-)", "2023-07-27", "Military Forces of Niger (2023-)"),
        # a mutiny is named after the government it rises against
        (
            "Mutiny of Police Forces of Bolivia",
            "2019-11-09",
            "Mutiny of Police Forces of Bolivia (2006-2019)",
        ),
        # no date: today's government
        ("Military Forces of Mali", None, "Military Forces of Mali (2021-)"),
        # before a country's first government, the state it was part of
        ("Police Forces of Slovakia", "1988-03-25", "Police Forces of Czechoslovakia (1969-1989)"),
        ("Police Forces of Kazakhstan", "1986-12-17", "Police Forces of the Soviet Union (1985-1991)"),
        ("Military Forces of Zimbabwe (2017-)", "1977-11-23", "Military Forces of Rhodesia (1965-1979)"),
        ("Military Forces of Croatia (1990-1991)", "1988-05-01", "Military Forces of Yugoslavia (1980-1992)"),
        ("Military Forces of Moldova", "1950-01-01", "Military Forces of the Soviet Union (1941-1953)"),
        # the years before a table's later periods: Perez Jimenez's Venezuela, Batista's Cuba, Greece in 1945
        ("Military Forces of Venezuela", "1955-01-01", "Military Forces of Venezuela (1952-1958)"),
        ("Military Forces of Cuba", "1956-12-05", "Military Forces of Cuba (1952-1959)"),
        ("Government of Greece", "1945-02-12", "Government of Greece (1945-1945)"),
    ],
)
def test_state_actors_carry_the_period_of_the_event_day(name: str, day: str | None, expected: str) -> None:
    assert dated_name(name, day) == expected


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("Civilians (Ukraine)", "2001-01-01"),
        ("Wagner Group", "2001-01-01"),
        ("Military Forces of Atlantis", "2001-01-01"),
        # before the table's first period, and before the first of the state it was part of
        ("Military Forces of Moldova", "1930-01-01"),
    ],
)
def test_other_names_are_left_as_they_are(name: str, day: str) -> None:
    """Non-state actors, countries outside the table, and days before its first period keep their name."""
    assert dated_name(name, day) == name


def test_before_the_first_period_a_suffix_of_today_is_dropped() -> None:
    """Regression: Israel's forces in 1953 were "Military Forces of Israel (2022-)", today's suffix."""
    assert dated_name("Military Forces of Niger (2023-)", "1955-01-01") == "Military Forces of Niger"


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Military Forces of Pakistan (2018-2022)", "2009-05-01", "Military Forces of Pakistan (2008-2013)"),
        ("Military Forces of Niger (2023-)", "2001-01-01", "Military Forces of Niger (1999-2010)"),
        ("Military Forces of Yemen", "2011-03-18", "Military Forces of Yemen (1978-2012)"),
        ("Government of Brazil", "2005-06-01", "Government of Brazil (2003-2011)"),
        ("Police Forces of Nigeria", "1999-05-29", "Police Forces of Nigeria (1998-1999)"),
        (
            "Military Forces of the Democratic Republic of Congo",
            "1998-08-02",
            "Military Forces of the Democratic Republic of Congo (1997-2001)",
        ),
    ],
)
def test_older_news_gets_the_period_of_its_day(name: str, day: str, expected: str) -> None:
    """Tables reach back to 1997: an event before a country's recent governments is named after its own."""
    assert dated_name(name, day) == expected


def test_every_table_covers_1997_where_the_state_had_a_government() -> None:
    """Every country's first period began by 1997-01-01, but for states born later (South Sudan, Kosovo, East
    Timor)."""
    from frontwatch.extract.actor_periods import periods

    later = {"South Sudan", "Kosovo", "East Timor"}
    assert sorted(c for c, (starts, _) in periods().items() if starts[0] > "1997-01-01") == sorted(later)


def test_unknown_country_has_no_label() -> None:
    assert period_label("Atlantis", "2020-01-01") is None


@pytest.mark.parametrize(
    ("side", "kind", "day", "expected"),
    [
        ("Afghanistan: Taliban", "government", "2017-05-31", "Afghanistan"),
        ("Afghanistan: Taliban", "police", "2023-01-11", "Afghanistan: Taliban"),
        ("Afghanistan: Taliban", "rebels", "2017-05-31", "Afghanistan: Taliban"),  # the insurgents' own side
        ("Libya: GNU", "military", "2019-04-10", "Libya: GNA"),
        ("Ukraine", "military", "2017-05-31", "Ukraine"),
        ("Afghanistan: Taliban", "government", None, "Afghanistan: Taliban"),
    ],
)
def test_the_side_of_a_states_actors_follows_the_regime(
    side: str, kind: str, day: str | None, expected: str
) -> None:
    """Kabul officials in 2017 were read as speaking for the Taliban, today's government."""
    assert dated_side(side, kind, day) == expected


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        # an al-Qaeda affiliate in the Sahel before JNIM was formed is AQIM
        (
            "JNIM: Group for Support of Islam and Muslims",
            "2010-09-21",
            "AQIM: Al Qaeda in the Islamic Maghreb",
        ),
        (
            "JNIM: Group for Support of Islam and Muslims",
            "2019-05-01",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        # the Seleka before its dissolution is the rebel coalition, after it its fighters are ex-Seleka
        ("Ex-Seleka Militia", "2012-12-10", "Seleka Rebel Coalition"),
        ("Ex-Seleka Militia", "2017-12-05", "Ex-Seleka Militia"),
        ("Ex-Seleka Militia", None, "Ex-Seleka Militia"),
        # "the IRA" before the New IRA took the name is the Provisional IRA
        ("New IRA", "1996-02-09", "PIRA: Provisional Irish Republican Army"),
        ("New IRA", "2019-04-19", "New IRA"),
        # the Nusra Front before it merged into Hayat Tahrir al-Sham, HTS after
        ("HTS: Hayat Tahrir al Sham", "2014-08-02", "Jabhat al Nusra"),
        ("HTS: Hayat Tahrir al Sham", "2017-08-02", "HTS: Hayat Tahrir al Sham"),
    ],
)
def test_armed_groups_bear_the_name_of_the_event_day(name: str, day: str | None, expected: str) -> None:
    assert dated_name(name, day) == expected


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Military Forces of Israel (2022-)", "1982-06-06", "Military Forces of Israel (1977-1983)"),
        ("Military Forces of Israel (2022-)", "1996-04-13", "Military Forces of Israel (1995-1996)"),
        (
            "Military Forces of the United Kingdom (2024-)",
            "1969-08-14",
            "Military Forces of the United Kingdom (1964-1970)",
        ),
        ("Military Forces of Argentina (2023-)", "1982-04-02", "Military Forces of Argentina (1976-1983)"),
    ],
)
def test_governments_before_the_nineties_are_dated(name: str, day: str, expected: str) -> None:
    assert dated_name(name, day) == expected
