"""Figures: the Indian numbering, more currency signs, and numbers that name a thing (CONVENTIONS §9)."""

from __future__ import annotations

import pytest

from lagebild.extract.doc import Sentence
from lagebild.extract.figures import figures_in


def _figures(text: str, language: str = "en") -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in figures_in(Sentence(0, text, 0, len(text)), language)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rs 1,200 crore was set aside for the port.", (12_000_000_000, "INR")),
    ("The state will spend ₹450 crore on new roads.", (4_500_000_000, "INR")),
    ("The Rs. 30 lakh grant was approved.", (3_000_000, "INR")),
    ("Nairobi earmarked KSh 3.5 billion for the talks.", (3_500_000_000, "KES")),
    ("Abuja released ₦12 billion for relief.", (12_000_000_000, "NGN")),
])
def test_currencies_and_the_indian_scales(text: str, expected: tuple[float, str]) -> None:
    assert _figures(text) == [expected]


def test_lakh_counts_people() -> None:
    assert _figures("About 5 lakh people were displaced by the floods.") == [(500_000, "people")]


def test_a_german_rupee_sign_is_no_dollar() -> None:
    assert _figures("Delhi stellt ₹ 500 Millionen bereit.", "de") == [(500_000_000, "INR")]


@pytest.mark.parametrize(("text", "language"), [
    ("Route 66 remained closed after the storm.", "en"),
    ("Passengers waited at Terminal 2 until noon.", "en"),
    ("Der Zug hielt an Gleis 7.", "de"),
])
def test_a_capitalised_noun_before_a_number_names_it(text: str, language: str) -> None:
    assert _figures(text, language) == []


def test_lower_case_noun_before_a_count_keeps_the_count() -> None:
    assert _figures("On the road 5 soldiers were wounded.") == [(5, "soldiers")]


def test_a_plural_without_s_ends_the_counted_noun() -> None:
    assert _figures("At the gate 40 people waited for hours.") == [(40, "people")]
