"""Telephone numbers count nothing (CONVENTIONS §9): their digit groups are no figures.

Every sentence is invented; each case to drop has a neighbour that must keep its figure.
"""

from __future__ import annotations

import pytest

from lagebild.extract.doc import Sentence
from lagebild.extract.figures import figures_in
from lagebild.extract.phonenumbers import phone_spans


def _values(text: str, language: str) -> list[float]:
    return [float(f.value) for f in figures_in(Sentence(0, text, 0, len(text)), language)]


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Anmeldungen nimmt das Sekretariat unter Telefon 030 2274 5566 entgegen, 500 Gäste werden erwartet.", "de",
     [500.0]),
    ("Families can call the hotline on +44 20 7946 0958; 300 families have registered.", "en", [300.0]),
    ("Auskunft: Tel. +41 31 322 21 11.", "de", []),
    ("Reservations for the 40 delegates: (202) 555-0143.", "en", [40.0]),
    ("Die Hotline 0800 111 0 111 ist rund um die Uhr erreichbar.", "de", []),
])
def test_a_telephone_number_is_no_figure(text: str, language: str, kept: list[float]) -> None:
    assert _values(text, language) == kept


@pytest.mark.parametrize(("text", "language"), [
    ("Der Fonds umfasst 4 500 000 Euro.", "de"),
    ("The army sent 12 500 soldiers to the border.", "en"),
])
def test_a_thousands_grouping_is_no_telephone_number(text: str, language: str) -> None:
    assert phone_spans(text, language) == []


def test_a_dotted_thousands_grouping_keeps_its_figure() -> None:
    assert _values("Die Regierung sagte 1.250.000 Franken zu.", "de") == [1250000.0]
