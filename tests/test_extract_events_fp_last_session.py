"""A session told as "the last conference" after a past session told (issue #13, ``eventagain``).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from lagebild.briefing.model import Event
from tests.support.extraction import events_of

# A Wednesday: "am Freitag" ahead is 2026-03-20, "am Montag" behind is 2026-03-16.
PUBLISHED = "2026-03-18"


def dates(events: list[Event]) -> list[str | None]:
    return [e.date for e in events]


# -- "the last conference" after a past session told: that session, not a new undated event
# (``eventagain._the_one_before``)

def test_the_last_session_is_the_session_told_before() -> None:
    events = events_of("Talks set for Dover\n\nThe Northern Council is due to convene on 9 April at Dover Castle, "
                       "its first session since January.\n\nThe dispute is old. Farmers are angry. Prices keep "
                       "rising.\n\nThe Liberal Union Party, which boycotted the last conference, said it would again "
                       "stay away.", "en")
    assert dates(events) == ["2026-04-09", "2026-01"]
