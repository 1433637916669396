from __future__ import annotations

import pytest

from frontwatch.normalise.wire import match_dateline

from .support import BODY, blanked, doc, kept


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("Moscow: ", "Moscow", None),
        ("New Delhi: ", "New Delhi", None),
        ("KYIV, Ukraine (AP) — ", "KYIV, Ukraine", "AP"),
        ("KHARTOUM, Sudan (Reuters) - ", "KHARTOUM, Sudan", "Reuters"),
        ("GAZA CITY — ", "GAZA CITY", None),
        ("Kyiv, Sept 10 (Reuters) - ", "Kyiv", "Reuters"),
        ("NAYPYITAW, Myanmar, March 27 (AFP) - ", "NAYPYITAW, Myanmar", "AFP"),
        ("BAMAKO (Reuters) - ", "BAMAKO", "Reuters"),
        ("BERLIN (dpa) - ", "BERLIN", "dpa"),
        ("DONETSK, Ukraine, Sept. 10 (AP) -- ", "DONETSK, Ukraine", "AP"),
        ("Rio de Janeiro (Reuters) - ", "Rio de Janeiro", "Reuters"),
        ("14:20 Sukhumi: ", "Sukhumi", None),  # a live blog's entry, opened by its time
        ("9.15 am KHARKIV — ", "KHARKIV", None),
        ("Nairobi, 11 Nov (AFP) - ", "Nairobi", "AFP"),  # the day before the month
    ],
)
def test_dateline_at_the_start_of_the_first_paragraph(opening: str, place: str, agency: str | None) -> None:
    text = "Headline about the front line\n\n" + opening + BODY + "\n\nA second paragraph follows here."
    result = doc(text)
    assert result.dateline == place
    assert result.agency == agency
    assert result.dateline_span is not None
    assert result.text[result.dateline_span.start : result.dateline_span.end] == place
    assert blanked(result, opening.rstrip())
    assert kept(result, BODY)


def test_dateline_alone_on_a_line() -> None:
    result = doc("KYIV, Ukraine (AP) —\n" + BODY)
    assert result.dateline == "KYIV, Ukraine" and result.agency == "AP"
    assert blanked(result, "KYIV, Ukraine (AP) —")


def test_agency_only_opening() -> None:
    result = doc("(Reuters) - " + BODY, media_type="jsonl")
    assert result.dateline is None and result.dateline_span is None
    assert result.agency == "Reuters"
    assert blanked(result, "(Reuters) -")


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow announced Saturday that it was withdrawing forces - a major shift.",
        "Update: the ministry said more troops had arrived.",
        "Ukraine War: Live updates from the front.",
        "He said: we will hold the line.",
        "Meanwhile - the army regrouped.",
        "President Zelensky - who spoke on Friday - said the advance continued.",
        "KYIV-based analysts said the offensive was well planned.",
        "11:52 p.m. — Police have begun firing tear gas at the crowd.",
        "10:30 Police said: the crowd had gone home.",
        # the labels of ACLED's notes name the event's kind, not a place
        "HQ established: On 7 September 2021, the Taliban announced a caretaker government in Kabul.",
        "Property destruction: On 9 August 2022, gunmen set vehicles on fire in Guadalajara.",
    ],
)
def test_ordinary_sentences_are_not_datelines(sentence: str) -> None:
    assert match_dateline(sentence) is None
    result = doc(sentence + " " + BODY, media_type="jsonl")
    assert result.dateline is None
    assert kept(result, sentence)


def test_colon_form_only_in_the_first_body_paragraph() -> None:
    text = BODY + "\n\nLondon: officials were said to be worried.\n\nMore text."
    assert doc(text, media_type="jsonl").dateline is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("This Article is From Sep 10, 2022", "2022-09-10"),
        ("Published: 10 September 2022", "2022-09-10"),
        ("Published On Sep 10, 2022 08:00 AM IST", "2022-09-10"),
        ("Updated: Sep 10, 2022 14:02 IST", "2022-09-10"),
        ("Last Updated: September 10th, 2022", "2022-09-10"),
    ],
)
def test_wire_header_gives_the_date_and_is_blanked(header: str, expected: str) -> None:
    result = doc(header + "\n\n" + BODY)
    assert result.published is not None and result.published.start.isoformat() == expected
    assert result.published_from == "header"
    assert blanked(result, header)


def test_published_header_wins_over_updated() -> None:
    result = doc("Updated: Sep 12, 2022\nPublished: Sep 10, 2022\n\n" + BODY)
    assert result.published is not None and result.published.start.isoformat() == "2022-09-10"


def test_relative_update_line_is_blanked() -> None:
    result = doc("Updated: 2 hours ago\n\n" + BODY)
    assert blanked(result, "Updated: 2 hours ago")
    assert result.published is None


def test_sentences_starting_like_headers_are_kept() -> None:
    sentence = "Published reports said the bridge at Antonivskyi was hit again on Sep 10, 2022."
    result = doc(BODY + "\n\n" + sentence, media_type="jsonl")
    assert kept(result, sentence)
    assert result.published is None


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke rises over the city after the strike. (File)",
        "Soldiers ride an armoured vehicle near Izium. (Representational)",
        "A destroyed tank outside Kharkiv. (Reuters)",
        "Refugees wait at the border crossing. (AFP)",
        "Firefighters work at the site. (AP Photo/Jane Doe)",
        "Photo: a damaged apartment block",
        "Image: The bridge after the blast",
        "File photo of the Zaporizhzhia plant",
    ],
)
def test_captions_are_blanked(caption: str) -> None:
    result = doc(
        BODY + "\n\n" + caption + "\n\nThe fighting went on into the evening, witnesses said.", "jsonl"
    )
    assert blanked(result, caption)
    assert kept(result, BODY)


def test_long_paragraph_ending_with_agency_is_not_a_caption() -> None:
    long_paragraph = BODY + " " + BODY + " (Reuters)"
    result = doc(long_paragraph, media_type="jsonl")
    assert kept(result, long_paragraph)


@pytest.mark.parametrize(
    "note",
    [
        "(With inputs from AFP)",
        "(With agency inputs)",
        "(Reporting by Pavel Polityuk; Editing by Alex Richardson)",
        "Reporting by Tom Balmforth in Kyiv; Writing by Mark Trevelyan; Editing by Nick Macfie",
        "© 2022 The Associated Press. All rights reserved.",
        "Copyright 2022 Example Media Ltd.",
        "Read more: Why the Kharkiv offensive matters",
        "Follow us on Twitter for the latest updates",
        "Associated Press writer Yuras Karmanau in Tallinn, Estonia, contributed to this report.",
        "Advertisement",
        "By Tom Balmforth and Pavel Polityuk",
        ".",
        "***",
    ],
)
def test_credits_and_notes_are_blanked(note: str) -> None:
    result = doc(BODY + "\n\n" + note + "\n", media_type="jsonl")
    start = result.text.rindex(note)
    assert not result.coded_text[start : start + len(note)].strip()
    assert kept(result, BODY)


def test_syndication_note_gives_the_outlet_unless_known() -> None:
    note = (
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a"
        " syndicated feed.)"
    )
    result = doc(BODY + "\n\n" + note)
    assert result.outlet == "NDTV"
    assert blanked(result, note)
    assert doc(BODY + "\n\n" + note, outlet="Given Outlet").outlet == "Given Outlet"


def test_agency_from_credit_when_no_dateline() -> None:
    assert doc(BODY + "\n\n(With inputs from AFP)", media_type="jsonl").agency == "AFP"
    assert doc(BODY + "\n\n© 2022 The Associated Press", media_type="jsonl").agency == "AP"


def test_given_title_is_blanked_where_it_appears_even_with_other_quotes() -> None:
    text = (
        "Russia 'regrouping' in Kharkiv\n\n" + BODY + "\n\nRussia \u201cRegrouping\u201d In Kharkiv\n\nEnd."
    )
    result = doc(text, media_type="html", title='Russia "Regrouping" in Kharkiv')
    assert blanked(result, "Russia 'regrouping' in Kharkiv")
    assert blanked(result, "Russia \u201cRegrouping\u201d In Kharkiv")
    assert result.title == 'Russia "Regrouping" in Kharkiv'


def test_headline_inferred_for_text_files() -> None:
    result = doc("Kyiv claims gains near Kharkiv\n\n" + BODY)
    assert result.title == "Kyiv claims gains near Kharkiv"
    assert blanked(result, "Kyiv claims gains near Kharkiv")


def test_no_headline_when_the_first_line_is_a_sentence_or_alone() -> None:
    assert doc(BODY + "\n\nSecond paragraph.").title is None
    single = doc("Troops shelled the outskirts of Kharkiv overnight")
    assert single.title is None and kept(single, "Troops shelled the outskirts of Kharkiv overnight")


def test_a_titleless_jsonl_record_has_its_headline_recognised_like_a_text_file() -> None:
    text = "Kyiv claims gains\n\n" + BODY
    assert doc(text, media_type="jsonl").title == doc(text).title == "Kyiv claims gains"
    given = doc(text, media_type="jsonl", title="Another title")
    assert given.title == "Another title" and kept(given, "Kyiv claims gains")


def test_repeated_paragraph_keeps_the_later_copy() -> None:
    text = BODY + "\n\nSomething else happened in between the two copies.\n\n" + BODY
    result = doc(text, media_type="jsonl")
    second = text.rindex(BODY)
    assert not result.coded_text[: len(BODY)].strip()
    assert kept(result, BODY, second)


def test_repeated_lines_without_blank_lines_between_paragraphs() -> None:
    text = BODY + "\nSomething else happened in between the two copies.\n" + BODY
    result = doc(text, media_type="html")
    assert not result.coded_text[: len(BODY)].strip()
    assert kept(result, BODY, text.rindex(BODY))


def test_typographic_characters_are_mapped_one_to_one() -> None:
    text = (
        "\u201cWe will win,\u201d he said\u00a0\u2014 Kyiv\u2019s army\u2009advanced \u2013 fast.\x07\r\n"
        + BODY
    )
    result = doc(text, media_type="jsonl")
    assert result.coded_text.startswith('"We will win," he said \u2014 Kyiv\'s army advanced - fast.  \n')


def test_boilerplate_only_is_fw101() -> None:
    from .support import rejected

    rejection = rejected("This Article is From Sep 10, 2022\n\n(With inputs from AFP)\n\n.")
    assert rejection.code == "FW101"


def test_hash_ignores_boilerplate_and_spacing() -> None:
    a = doc("Headline one here\n\n" + BODY + "\n\n(With inputs from AFP)")
    b = doc(
        "Published: 10 September 2022\n\n" + BODY.replace(" Ukrainian", "  Ukrainian") + "\n\n© 2022 Reuters"
    )
    c = doc("Headline one here\n\n" + BODY.replace("Saturday", "Sunday"))
    assert a.document_hash == b.document_hash
    assert a.document_hash != c.document_hash
    assert len(a.document_hash) == 64


def test_boilerplate_spans_match_the_blanks() -> None:
    result = doc("This Article is From Sep 10, 2022\n\nKyiv claims gains\n\nMoscow: " + BODY)
    for span in result.boilerplate:
        assert not result.coded_text[span.start : span.end].strip()
    spans = list(result.boilerplate)
    assert spans == sorted(spans, key=lambda s: s.start)
