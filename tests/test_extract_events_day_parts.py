"""A time of day counts from the day its own sentence gives first (issue #13).

Invented sentences.  „reist am Freitag nach Hamburg, wo sie am Abend … spricht“: the evening is that
Friday's, not the day of an event told in an earlier sentence (which then took the traveller's people).
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event


def events_of(text: str, language: str, published: str = "2026-11-20") -> list[Event]:
    return doc_of(text, language, published).events


@pytest.mark.parametrize(("text", "language"), [
    ("Die Ministerin Anna Roth hatte am Montag in Wien erklärt, man werde nicht nachgeben. Am Freitag reist "
     "die Präsidentin Lea Vogt nach Hamburg weiter, wo sie am Abend vor der Handelskammer spricht.", "de"),
    ("Minister Anna Roth said in Vienna on Monday that they would not give in. On Friday President Lea Vogt "
     "travels on to Hamburg, where she will address the chamber of commerce in the evening.", "en"),
])
def test_an_evening_counts_from_the_day_of_its_own_sentence(text: str, language: str) -> None:
    events = events_of(text, language)
    monday = [e for e in events if e.date == "2026-11-16"]
    assert all("Lea Vogt" not in e.participants for e in monday)
    assert any(e.date == "2026-11-20" and "Lea Vogt" in e.participants for e in events)
