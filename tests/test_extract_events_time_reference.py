"""An event noun after "after"/„nach“, "before"/„vor“, "since"/„seit“ that stand after a date is a time
reference for the date's act, not the event the date belongs to (its own day is another: a wrong date).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of


@pytest.mark.parametrize(("text", "language"), [
    ("Oil prices jumped on Monday after the talks failed.", "en"),
    ("Markets fell on Monday before the summit.", "en"),
    ("Foreign Minister Tomas Rilke arrived in Lisbon on Monday after talks with President Ana Costello.", "en"),
    ("Der Ölpreis stieg am Montag, nachdem die Verhandlungen gescheitert waren.", "de"),
    ("Außenministerin Petra Lindqvist kehrte am Montag nach den Gesprächen mit Präsident Aivars Kalns nach Riga "
     "zurück.", "de"),
])
def test_an_event_noun_after_a_time_preposition_is_not_dated_by_the_date_before_it(text: str, language: str) -> None:
    assert not [e for e in events_of(text, language) if e.date == "2026-03-16" and e.kind in ("talks", "meeting")]


@pytest.mark.parametrize(("text", "language"), [
    ("After the talks on Monday, Foreign Minister Tomas Rilke flew home.", "en"),
    ("Nach den Gesprächen am Montag flog Außenministerin Petra Lindqvist nach Riga zurück.", "de"),
    ("Foreign Minister Tomas Rilke held talks with President Ana Costello on Monday.", "en"),
])
def test_an_event_noun_dated_after_the_preposition_keeps_its_date(text: str, language: str) -> None:
    assert [e for e in events_of(text, language) if e.date == "2026-03-16" and e.kind == "talks"]
