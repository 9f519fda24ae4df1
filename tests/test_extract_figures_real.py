"""Figures as real news writes them: dozens, scaled compounds, quotes, names and ordinals.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc


def _values(text: str, language: str) -> list[float]:
    doc = build_doc(Article(path="seeds/x.txt", name="x.txt", text=text, digest="0", language=language))
    return [f.value for f in doc.figures]


def test_dozens_multiply() -> None:
    assert _values("The plan is backed by about four dozen other nations.", "en") == [48]
    assert _values("The bill passed with about a dozen Democrats voting in favor.", "en") == [12]


def test_a_number_completing_a_name_is_no_figure() -> None:
    assert _values("The Group of 20 nations will meet at COP 30 next month.", "en") == []
    assert _values("Auf der COP 30 drohten rund 25 Länder mit einem Veto.", "de") == [25]


def test_a_german_ordinal_before_a_capitalised_noun_is_no_figure() -> None:
    assert _values("Anlass sei das 75. Jubiläum der Beziehungen, hieß es.", "de") == []


def test_numbers_inside_quotes_count() -> None:
    assert _values('"Our 31 countries did not cause this," said the envoy.', "en") == [31]


def test_a_scaled_compound_and_one_percent_are_read() -> None:
    values = _values("«Wir haben ein 12-Milliarden-Defizit», sagte er. Zölle von einem Prozent seien zu wenig.", "de")
    assert sorted(values) == [1, 12_000_000_000]


def test_the_counted_noun_after_german_adjectives() -> None:
    doc = build_doc(Article(path="seeds/x.txt", name="x.txt", digest="0", language="de",
                            text="Der Fonds unterstützt 120 kleine ländliche Gemeinden im Norden."))
    assert [(f.value, f.unit) for f in doc.figures] == [(120, "Gemeinden")]


def test_decades_are_a_duration() -> None:
    assert _values("The rule has worked for almost three decades, the envoy said.", "en") == []
