"""Figures: a number after a label word names a part, it counts nothing (CONVENTIONS §9:
numbers inside names).  Every sentence is invented; each test fails without the label word it names."""

from __future__ import annotations

from lagebild.extract.doc import Sentence
from lagebild.extract.figures import figures_in


def _values(text: str, language: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, text, 0, len(text)), language)]


def test_a_part_of_a_report_is_no_figure_in_german() -> None:
    # („des Berichts“ would otherwise be read as the counted noun after the adjective-like article)
    assert _values("Teil 2 des Berichts nennt 40 Fälle.", "de") == [40]


def test_a_part_of_a_report_is_no_figure_in_english() -> None:
    assert _values("The findings in part 2 of the report list 40 cases.", "en") == [40]

