"""A weekday counted from an occasion is not the weekday nearest the day of writing (invented sentences).

"This pushes the deadline to the Friday before Christmas" was dated to the coming Friday and the
vote's event moved there.  Such a weekday names no day the extractor can place, so the event keeps
the day it is told on, or none (lang/en_dates.OCCASION_WEEKDAY).
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.extract.datefind import find_dates


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.kind) for mention in find_dates(text, "en")]


@pytest.mark.parametrize("text", [
    "The deadline moves to the Friday before Christmas.",
    "The talks are set for the Monday after the election.",
])
def test_a_weekday_of_an_occasion_is_vague(text: str) -> None:
    assert [kind for _, kind in _kinds(text)] == ["vague"]


@pytest.mark.parametrize("text", [
    "Tom Harland met Jean Morel on Monday after the vote.",  # a day, and the meeting came after the vote
    "The ministers meet next Friday before the summit.",
    "Last Friday the Senate voted.",
])
def test_a_plain_weekday_stays_a_weekday(text: str) -> None:
    assert "weekday" in [kind for _, kind in _kinds(text)]


def test_the_event_keeps_its_own_day() -> None:
    text = ("Budget deal\n\nThe Senate passed the measure on Thursday. This pushes the next deadline to the "
            "Friday before Christmas, officials said.")
    doc = doc_of(text, "en", "2017-12-07")
    assert [event.date for event in doc.events if event.date] == ["2017-12-07"]
