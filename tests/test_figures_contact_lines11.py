"""Figures: a contact line's telephone number and postcode count nothing (CONVENTIONS §9).

Every sentence is invented; each test fails without the rule it names."""

from __future__ import annotations

from lagebild.extract.doc import Sentence
from lagebild.extract.figures import figures_in


def _values(text: str, language: str) -> list[float]:
    return [f.value for f in figures_in(Sentence(0, text, 0, len(text)), language)]


def test_a_number_after_tel_with_its_dot_is_a_telephone_number() -> None:
    assert _values("Anmeldung unter Tel. 5512 3344 bis Freitag.", "de") == []
    assert _values("Bookings on tel. 5512 3344 until Friday.", "en") == []


def test_an_area_code_with_its_leading_zero_is_no_figure() -> None:
    assert _values("Auskunft gibt das Büro, 0472 834455, ab Montag.", "de") == []


def test_a_postcode_before_a_town_is_no_figure() -> None:
    assert _values("Die Anschrift lautet Hauptplatz 3, 39042 Brixen.", "de") == []
    assert _values("Die Messe zieht von 80331 München nach Wien.", "de") == []
    assert _values("Am Fest nahmen 3000 Besucher teil.", "de") == [3000]
