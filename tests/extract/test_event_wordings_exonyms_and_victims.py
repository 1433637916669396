"""Places and doers of wordings met in fresh news text: a big city the press names by its exonym, whatever
small town abroad bears that name as its own; a victim told in the clause that says when the act
happened.

The texts are our own, written for these tests."""

from __future__ import annotations

from stories import FieldCase, first_event_field_test

# name, text, publication date, a field of the first event, its value
FIELDS: list[FieldCase] = [
    (
        "mecca_is_the_saudi_city_not_a_californian_town",
        "RIYADH (Reuters) - Gunmen seized a hotel near the Grand Mosque in Mecca on Friday and held "
        "dozens of pilgrims inside, the interior ministry said.",
        "1990-07-14",
        "country",
        "Saudi Arabia",
    ),
    (
        "dili_is_east_timors_capital_not_delhi",
        "DILI (Reuters) - Gunmen shot dead two policemen in Dili on Monday, the United Nations said.",
        "2006-06-13",
        "country",
        "East Timor",
    ),
    (
        "the_man_shot_as_he_left_home_did_not_shoot",
        "BUDAPEST (Reuters) - A Roma man was shot dead outside his house in the village of Tiszalok late on "
        "Wednesday as he was leaving for work, police said.",
        "2009-04-23",
        "actor1",
        "Unidentified Armed Group (Hungary)",
    ),
]


test_first_event_field = first_event_field_test(FIELDS)
