"""Figures that count nothing (CONVENTIONS §9): a number inside a name of capitalised words, a noun and its
number opening a sentence, an age said with "aged", numbers joined by a slash.

Every sentence is invented; each rule has a case it must drop and a neighbour it must keep.
"""

from __future__ import annotations

import pytest

from lagebild.extract.doc import Sentence
from lagebild.extract.figures import figures_in


def _values(text: str, language: str = "en") -> list[float]:
    return [f.value for f in figures_in(Sentence(0, text, 0, len(text)), language)]


@pytest.mark.parametrize("text", [
    "The minister told Channel 4 News that the talks had failed.",
    "She spoke to Lakeside Radio 2 Breakfast on Tuesday.",
])
def test_a_number_between_two_name_words_is_part_of_the_name(text: str) -> None:
    assert _values(text) == []


def test_a_count_after_a_weekday_or_month_stays() -> None:
    assert _values("On Monday 40 Britons were flown out of the port.") == [40]
    assert _values("By March 300 Rangers had arrived in the valley.") == [300]


@pytest.mark.parametrize("text", ["Reactor 4 was hit by a drone overnight.",
                                  "Line 2 of the metro was closed after the blast."])
def test_a_sentence_opening_with_a_noun_and_its_number_names_a_thing(text: str) -> None:
    assert _values(text) == []


def test_a_sentence_opening_with_a_qualifier_keeps_its_count() -> None:
    assert _values("About 40 were injured, the ministry said.") == [40]


@pytest.mark.parametrize(("text", "language"), [
    ("One of the delegates, aged 62, said the talks would resume.", "en"),
    ("Der Unterhändler ist im Alter von 71 zurückgetreten.", "de"),
])
def test_an_age_with_its_own_word_is_no_figure(text: str, language: str) -> None:
    assert _values(text, language) == []


def test_a_count_after_the_word_age_stays_when_it_counts() -> None:
    assert _values("Some 62 delegates arrived for the talks.") == [62]


@pytest.mark.parametrize("text", ["The 9/11 attacks changed the alliance.",
                                  "The hotline is staffed 24/7 by volunteers."])
def test_numbers_joined_by_a_slash_are_no_count(text: str) -> None:
    assert _values(text) == []


def test_a_capitalised_number_word_inside_a_sentence_names_a_group() -> None:
    assert _values("On Tuesday the Lakeside Eight welcomed the plan.") == []
    assert _values("Eight ministers welcomed the plan on Tuesday.") == [8]


@pytest.mark.parametrize(("text", "language"), [
    ("Talks resumed on Monday, two Egyptian security sources told reporters.", "en"),
    ("Die Gespräche wurden fortgesetzt, zwei Insider sagten das am Montag.", "de"),
])
def test_informants_counted_in_their_attribution_are_no_figure(text: str, language: str) -> None:
    assert _values(text, language) == []


def test_a_count_of_people_who_did_something_else_stays() -> None:
    assert _values("Two soldiers were wounded near the border on Monday.") == [2]


def test_a_number_glued_to_a_name_by_a_slash_is_no_count() -> None:
    assert _values("Das Bündnis 90/Die Grünen stellte 12 Abgeordnete.", "de") == [12]


def test_letters_glued_to_a_number_by_a_dot_name_a_product() -> None:
    assert _values("Das Modell ID.3 wird in Zwickau gebaut, 2.000 Stellen fallen weg.", "de") == [2000]


def test_an_index_in_capitals_names_its_number() -> None:
    assert _values("The S&P 500 slipped 0.2% and the FTSE 100 rose.") == [0.2]
    assert _values("Labour 30% ahead of the SNP, the poll found.") == [30]
