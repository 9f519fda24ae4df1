"""Events of a clause whose verb only speaks of a possibility (issue #13, ``eventdoubt.only_possible``).

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


# -- a clause whose verb only speaks of a possibility, with no event noun (``eventdoubt.only_possible``)

@pytest.mark.parametrize(("text", "language"), [
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Bewegung könnte es am Freitag geben.", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. A breakthrough could come on Friday.", "en"),
])
def test_a_mere_possibility_is_no_event(text: str, language: str) -> None:
    assert dates(events_of(text, language)) == ["2026-03-16"]


@pytest.mark.parametrize(("text", "language"), [
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Das nächste Treffen könnte am Freitag stattfinden.",
     "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. The next meeting could take place on Friday.", "en"),
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Der Weg ist frei für die Abstimmung im Rat. Diese "
     "könnte noch am Freitag erfolgen.", "de"),
])
def test_an_event_noun_that_could_happen_stays_planned(text: str, language: str) -> None:
    events = events_of(text, language)
    assert "2026-03-20" in dates(events)
    assert next(e for e in events if e.date == "2026-03-20").status == "planned"


def test_a_possibility_in_what_was_said_leaves_the_dated_saying() -> None:
    """The dated clause's verb is the saying; "could"/„könnte“ belongs to the content clause after it."""
    en = "Foreign Minister Lena Holm warned on Tuesday that the ceasefire could collapse within days."
    de = "Außenministerin Lena Holm warnte am Dienstag, dass die Waffenruhe bald zusammenbrechen könnte."
    for text, language in ((en, "en"), (de, "de")):
        assert events_of(text, language), text
