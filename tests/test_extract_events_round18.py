"""Events, round 18: classes seen on the tuning sets (blind8 first).

Every sentence here is invented for the test; each test is one class.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Wednesday in March.
PUBLISHED = "2027-03-03"


# --- a weekday of a named week: that week's day, not the nearest such weekday ---------------------------

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Reise an den Golf\n\nZum Abschluss der Reise ist am Mittwoch kommender Woche in Doha die Unterzeichnung "
     "eines Abkommens geplant.", "de", "2027-03-10"),
    ("Reise an den Golf\n\nDie Ministerin reist am Montag nächster Woche nach Oslo.", "de", "2027-03-08"),
    ("Reise an den Golf\n\nDer Minister reiste am Donnerstag vergangener Woche nach Oslo.", "de", "2027-02-25"),
    ("Gulf trip\n\nThe minister will travel to Oslo on Wednesday next week.", "en", "2027-03-10"),
    ("Gulf trip\n\nThe minister travelled to Oslo on Thursday of last week.", "en", "2027-02-25"),
])
def test_a_weekday_of_a_named_week_is_that_weeks_day(text: str, language: str, day: str) -> None:
    assert [e.date for e in events_of(text, language, PUBLISHED)] == [day]
