"""A day told with „findet nicht statt“ / "will not take place" (issue #13, ``*_time.CALLED_OFF``).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from lagebild.briefing.model import Event
from tests.support.extraction import events_of

# A Wednesday: "am Freitag" ahead is 2026-03-20, "am Montag" behind is 2026-03-16.
PUBLISHED = "2026-03-18"


def dates(events: list[Event]) -> list[str | None]:
    return [e.date for e in events]


# -- an event whose day is told with "does not take place": the plan that changed, no event that day
# (``*_time.CALLED_OFF``)

@pytest.mark.parametrize(("text", "language"), [
    ("Grenze\n\nDie Minister trafen sich am Montag in Linz. Die für Donnerstag in Genf geplante Verhandlungsrunde "
     "zwischen Norland und Sudria findet nicht statt.", "de"),
    ("Border\n\nThe ministers met in Leeds on Monday. The talks planned for Thursday in Geneva will not take place.",
     "en"),
])
def test_a_day_that_does_not_take_place_dates_no_event(text: str, language: str) -> None:
    assert "2026-03-19" not in dates(events_of(text, language))
