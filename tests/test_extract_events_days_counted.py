"""Days counted from the event told before (issue #13).

Invented sentences.  „am Vortag“, „zwei Tage zuvor“, „tags darauf“, "two days earlier", "the next
day", "the previous day": the day of the event told just before, moved on or back; "the day before
the vote" counts from another occasion and is left alone; a past act is not counted back from an
event still to come.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event
from lagebild.extract.datefind import find_dates


def events_of(text: str, language: str, published: str = "2026-11-20") -> list[Event]:
    return doc_of(text, language, published).events


@pytest.mark.parametrize(("text", "language", "offset"), [
    ("Sie hatte ihn am Vortag empfangen.", "de", -1),
    ("Zwei Tage zuvor hatten beide telefoniert.", "de", -2),
    ("Tags darauf reiste er weiter.", "de", 1),
    ("Two days earlier, they had spoken by phone.", "en", -2),
    ("The next day he flew on to Paris.", "en", 1),
    ("She had received him the previous day.", "en", -1),
])
def test_days_counted_from_the_event_told_before(text: str, language: str, offset: int) -> None:
    found = [m for m in find_dates(text, language) if m.kind == "later"]
    assert [m.offset for m in found] == [offset]


def test_the_day_before_an_occasion_is_not_counted_from_the_event_told() -> None:
    assert not [m for m in find_dates("He arrived the day before the vote.", "en") if m.kind == "later"]


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Außenminister Karl Brandt traf am Dienstag in Rom seinen Amtskollegen Paolo Ferri. Zwei Tage zuvor hatte "
     "Brandt mit der Ministerin Maria Lind telefoniert.", "de", "2026-11-15"),
    ("Foreign Minister Karl Brandt met his counterpart Paolo Ferri in Rome on Tuesday. Two days earlier, Brandt "
     "had spoken by phone with Minister Maria Lind.", "en", "2026-11-15"),
])
def test_an_event_dated_days_before_the_one_told(text: str, language: str, day: str) -> None:
    events = events_of(text, language)
    assert any(e.date == day and "Maria Lind" in e.participants for e in events)


def test_a_past_act_is_not_counted_back_from_an_event_still_to_come() -> None:
    text = ("Der Ausschuss hat heute seine Position für den Rat am 26. November festgelegt. Die Ministerin "
            "berichtete von ihrem Gespräch mit der Ministerin Olga Petrenko, die sie am Vortag empfangen hatte.")
    events = events_of(text, "de")
    assert not any(e.date == "2026-11-25" for e in events)
