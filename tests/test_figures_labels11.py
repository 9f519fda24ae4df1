"""Figures: a number after a label word names a part, it counts nothing (CONVENTIONS §9: numbers inside names);
a preposition opening the sentence is no such word.  Every sentence is invented; each test fails without its rule."""

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



def test_a_preposition_opening_the_sentence_is_no_name_before_the_number() -> None:
    # ("Reactor 4 was hit": a capitalised noun before a bare number names it; a preposition does not)
    assert _values("Mit 51 zu 49 Stimmen setzte sich die Kandidatin durch.", "de") == [51, 49]
    assert _values("Of 40 members present, 31 voted for the motion.", "en") == [40, 31]
