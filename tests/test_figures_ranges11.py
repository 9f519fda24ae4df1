"""Figures: the first end of a range shares the scale or percent sign written once after the second
("20 to 30 million" is 20 million, not 20).  Every sentence is invented; each test fails without the rule."""

from __future__ import annotations

from lagebild.extract.doc import Sentence
from lagebild.extract.figures import figures_in


def _values(text: str, language: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, text, 0, len(text)), language)]


def test_a_range_shares_its_scale_in_english() -> None:
    assert _values("Floods displaced 20 to 30 million people, the agency said.", "en") == [20_000_000, 30_000_000]
    assert _values("Repairs will cost $4-6 billion, officials said.", "en") == [4_000_000_000, 6_000_000_000]


def test_a_range_shares_its_scale_in_german() -> None:
    assert _values("Der Umbau kostet zwischen 20 und 30 Millionen Euro.", "de") == [20_000_000, 30_000_000]
    assert _values("Die Zahl stieg von 40 auf 55 Milliarden.", "de") == [40_000_000_000, 55_000_000_000]


def test_a_range_of_percentages_is_no_tally() -> None:
    # ("5-10" alone reads like a vote's tally; the percent sign after it makes both ends shares)
    assert _values("Tariffs of 5-10% hit exporters.", "en") == [5, 10]


def test_separate_numbers_keep_their_own_scale() -> None:
    assert _values("They sent 300 tanks and 2 billion euros.", "en") == [300, 2_000_000_000]
