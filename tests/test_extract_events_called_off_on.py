"""The day an event is called off is a dated act of its own (issue #13).

Invented sentences.  "A follow-up meeting planned for this week was called off on Monday", „Am Montag
sagte das Ministerium den Termin ab“, „Das Treffen wurde am Montag abgesagt“: the date is the calling
off's — a past announcement — and used to be dropped with the plan.  The day of the plan that changed
(„das Treffen am Montag wurde abgesagt“, "the meeting on Monday was called off", "postponed to Friday")
still dates nothing that happened.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event
from lagebild.extract.datefind import find_dates
from lagebild.extract.eventcancel import called_off_on


def events_of(text: str, language: str) -> list[Event]:
    return doc_of(text, language, "2026-11-18").events


def off_day(text: str, language: str, day: str) -> bool:
    mention = next(m for m in find_dates(text, language) if m.text.lower().startswith(day.lower()))
    return called_off_on(text, mention.start, mention.end, language) is not None


@pytest.mark.parametrize(("text", "language", "day", "expected"), [
    ("Am Montag sagte das Ministerium den Termin ab.", "de", "Montag", True),
    ("Das Treffen wurde am Montag abgesagt.", "de", "Montag", True),
    ("Das Treffen am Montag wurde abgesagt.", "de", "Montag", False),
    ("Das für Mittwoch geplante Treffen wurde am Montag abgesagt.", "de", "Mittwoch", False),
    ("Die Sitzung wurde am Montag auf Freitag verschoben.", "de", "Freitag", False),
    ("A follow-up meeting planned for this week was called off on Monday.", "en", "Monday", True),
    ("The meeting on Monday was called off.", "en", "Monday", False),
    ("The vote was postponed to Friday.", "en", "Friday", False),
])
def test_the_day_of_calling_off(text: str, language: str, day: str, expected: bool) -> None:
    assert off_day(text, language, day) is expected


@pytest.mark.parametrize(("text", "language"), [
    ("Eigentlich hätten die Minister Karl Brandt und Paolo Ferri am Mittwoch in Rom verhandeln sollen. Am Montag "
     "sagte das italienische Außenministerium den Termin ab.", "de"),
    ("Ministers Karl Brandt and Paolo Ferri had been due to meet in Rome on Wednesday. The meeting was called off "
     "on Monday, an official said.", "en"),
])
def test_the_calling_off_is_a_past_event_of_its_day(text: str, language: str) -> None:
    events = events_of(text, language)
    assert any(e.date == "2026-11-16" and e.status == "past" for e in events)
    assert not any(e.date == "2026-11-18" for e in events)
