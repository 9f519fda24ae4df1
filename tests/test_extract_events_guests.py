"""Receiving a named guest is a meeting; welcoming a decision is none (issue #13).

Invented sentences.  "received"/"welcomed" were no event verbs in English, so "Pope Leo received
President Ana Costa …, the Holy See said" became a statement with the Holy See taking part, and
"Macron welcomed Xi Jinping to Paris" lost Xi (read as judged).
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event


def events_of(text: str) -> list[Event]:
    return doc_of(text, "en").events


@pytest.mark.parametrize(("text", "guests"), [
    ("Pope Leo received President Ana Costa at the Vatican on Monday, the Holy See said.", {"Leo", "Ana Costa"}),
    ("Macron welcomed Xi Jinping to Paris on Monday.", {"Macron", "Xi Jinping"}),
    ("King Harald greeted Prime Minister Ola Berg at the palace on Monday.", {"Harald", "Ola Berg"}),
])
def test_receiving_a_named_guest_is_a_meeting_of_host_and_guest(text: str, guests: set[str]) -> None:
    events = events_of(text)
    assert [e.kind for e in events] == ["meeting"]
    assert guests <= set(events[0].participants)
    assert "Holy See" not in events[0].participants


@pytest.mark.parametrize("text", [
    "Macron welcomed the decision on Monday.",
    "Macron welcomed Monday's decision on Tuesday.",
    "Macron welcomed EU support on Monday.",
])
def test_welcoming_a_thing_is_no_meeting(text: str) -> None:
    assert all(e.kind != "meeting" for e in events_of(text))
