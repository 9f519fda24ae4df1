"""An undated act told in the Konjunktiv I of reported speech (issue #13, ``de_tense.REPORTED_PLAN_VERBS``).

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


# -- an undated act told only by a verb in the Konjunktiv I of reported speech: hearsay of an intention
# (``de_tense.REPORTED_PLAN_VERBS``); an event noun keeps its event

@pytest.mark.parametrize("text", [
    "Haushalt\n\nDie Minister trafen sich am Montag in Linz. Die Ministerin sagte, Norland werde der Verlängerung "
    "zustimmen.",
    "Haushalt\n\nDie Minister trafen sich am Montag in Linz.\n\nDer Streit ist alt. Die Bauern sind wütend.\n\n"
    "Die Kanzlerin Eva Lind wolle den Außenminister Paul Stern empfangen, hieß es.",
])
def test_an_intention_in_reported_speech_is_no_event(text: str) -> None:
    assert dates(events_of(text, "de")) == ["2026-03-16"]


def test_an_event_noun_in_reported_speech_stays_an_event() -> None:
    events = events_of("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Ein weiteres Treffen solle in Genf "
                       "stattfinden, hieß es.", "de")
    assert [(e.date, e.status) for e in events] == [("2026-03-16", "past"), (None, "planned")]
