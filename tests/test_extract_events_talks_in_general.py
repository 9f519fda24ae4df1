"""Negotiations in general are no event (CONVENTIONS §7: "negotiations in general", processes):
talks going on since a year, or talks named only as the topic of what is told („ging es um die
Verhandlungen“).  The first talks since a year are one occurrence.  Every sentence is invented for
the test (issue #13).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of


@pytest.mark.parametrize(("text", "language"), [
    ("Zollstreit\n\nDie EU und Lindavien streiten über Zölle. Die EU verhandelt seit 2019 mit Lindavien über "
     "ein Abkommen.", "de"),
    ("Zollstreit\n\nDie EU und Lindavien streiten über Zölle. Dabei ging es auch um die Verhandlungen über ein "
     "Freihandelsabkommen.", "de"),
    ("Tariff row\n\nThe EU and Lindavia are at odds over tariffs. Lindavia has held talks with the EU since "
     "2019.", "en"),
    ("Tariff row\n\nThe EU and Lindavia are at odds over tariffs. The two sides have negotiated since 2019.", "en"),
])
def test_negotiations_in_general_are_no_event(text: str, language: str) -> None:
    assert [e for e in events_of(text, language) if e.kind == "talks"] == []


@pytest.mark.parametrize(("text", "language"), [
    ("Zollstreit\n\nDie beiden Länder haben erstmals seit 2019 Gespräche geführt.", "de"),
    ("Tariff row\n\nThe two countries held their first talks since 2019.", "en"),
])
def test_the_first_talks_since_a_year_are_an_event(text: str, language: str) -> None:
    assert [(e.date, e.kind, e.status) for e in events_of(text, language)] == [(None, "talks", "past")]
