"""Figures (CONVENTIONS §9): numbers that count nothing the news reports — a list item's number, a picture
credit's count, the first day of a date span, a briefing's "five things" — are left out; a ringgit sign is a
currency; a German compound's head names the same thing again.  Every sentence is invented for the test;
each test fails without its rule."""

from __future__ import annotations

from lagebild.extract.doc import Sentence
from lagebild.extract.figures import figures_in
from tests.support.extraction import doc_of


def _values(text: str, language: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, text, 0, len(text)), language)]


def test_a_list_items_number_counts_nothing() -> None:
    assert _values("3.", "en") == []
    assert _values("2) Rail deal", "en") == []
    assert _values("3 ministers resigned.", "en") == [3]


def test_a_picture_credits_count_in_brackets_counts_nothing() -> None:
    assert _values("Fotos: Lena Hofer (3), dpa (2)", "de") == []
    assert _values("Photos: Tom Gale (4), AFP (1)", "en") == []


def test_the_first_day_of_a_date_span_is_no_figure() -> None:
    assert _values("The board meets in Lima from 8 to 10 September.", "en") == []
    assert _values("It costs 8 to 10 million dollars.", "en") == [8_000_000, 10_000_000]


def test_a_briefings_own_list_of_things_counts_nothing() -> None:
    assert _values("Here are five things to know this Friday.", "en") == []
    assert _values("Fünf Dinge, die Sie heute wissen müssen.", "de") == []


def test_ringgit_before_the_number_is_a_currency() -> None:
    figures = figures_in(Sentence(0, "Palm oil exports were worth RM41 billion.", 0, 40), "en")
    assert [(f.value, f.unit) for f in figures] == [(41_000_000_000, "MYR")]


def test_a_compound_and_its_head_count_the_same_thing_once() -> None:
    doc = doc_of("Die sieben Andenländer trafen sich in Quito. Die Bank stellt den sieben Ländern "
                 "3 Milliarden Euro bereit.", "de")
    assert [f.value for f in doc.figures] == [7, 3_000_000_000]


def test_an_age_after_a_lowercase_title_is_no_figure() -> None:
    assert _values("The minister, 62, said he would stay.", "en") == []
    assert _values("A retired teacher, 71, was among the 40 injured.", "en") == [40]


def test_the_second_end_of_a_span_of_ages_is_no_figure() -> None:
    assert _values("Police held 7 suspects aged 19 to 24.", "en") == [7]
    assert _values("Die Polizei nahm 7 Verdächtige im Alter von 19 bis 24 Jahren fest.", "de") == [7]


def test_a_model_number_between_a_name_and_its_capitals_counts_nothing() -> None:
    assert _values("The airline ordered 30 Airbus 321 XLR jets.", "en") == [30]
