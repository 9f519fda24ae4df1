"""The date in an infinitive clause after a verb of agreeing (issue #13, ``eventdates.in_arranged_infinitive``).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Wednesday: "am Freitag" ahead is 2026-03-20, "am Montag" behind is 2026-03-16.
PUBLISHED = "2026-03-18"


# -- a date in an infinitive clause that a verb of agreeing governs (``eventdates.in_arranged_infinitive``)

@pytest.mark.parametrize(("text", "language"), [
    ("Grenze\n\nNorland und Sudria vereinbarten, sich am Freitag erneut in Genf zu treffen.", "de"),
    ("Grenze\n\nNorland und Sudria haben beschlossen, am Freitag in Genf weiterzuverhandeln.", "de"),
    ("Border\n\nNorland and Sudria have agreed to send their foreign ministers to Geneva on Friday for talks.",
     "en"),
    ("Border\n\nNorland and Sudria have decided to send negotiators to Geneva on Friday.", "en"),
])
def test_the_date_of_what_was_agreed_is_still_to_come(text: str, language: str) -> None:
    events = events_of(text, language)
    assert [(e.date, e.status) for e in events] == [("2026-03-20", "planned")]


@pytest.mark.parametrize(("text", "language"), [
    ("Grenze\n\nNorland und Sudria haben am Freitag beschlossen, Gespräche in Genf aufzunehmen.", "de"),
    ("Border\n\nNorland and Sudria agreed on Friday to send negotiators to Geneva.", "en"),
])
def test_the_date_of_the_agreeing_stays_past(text: str, language: str) -> None:
    assert [(e.date, e.status) for e in events_of(text, language)] == [("2026-03-13", "past")]
