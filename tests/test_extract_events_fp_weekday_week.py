"""The weekday of "on Tuesday week" (issue #13, ``en_dates.WEEKDAY_WEEK_ON``).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from lagebild.briefing.model import Event
from tests.support.extraction import events_of

# A Wednesday: "am Freitag" ahead is 2026-03-20, "am Montag" behind is 2026-03-16.
PUBLISHED = "2026-03-18"


def dates(events: list[Event]) -> list[str | None]:
    return [e.date for e in events]


# -- "Tuesday week": the Tuesday a week after the coming one (``en_dates.WEEKDAY_WEEK_ON``)

def test_a_weekday_week_is_a_week_after_the_coming_one() -> None:
    events = events_of("Trade\n\nEU trade ministers will meet in Brussels on Tuesday week.", "en")
    assert dates(events) == ["2026-03-31"]
    assert dates(events_of("Trade\n\nEU trade ministers will meet in Brussels on Tuesday.", "en")) == ["2026-03-24"]
