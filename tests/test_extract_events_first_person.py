"""A saying the text's own voice tells in the first person, outside quotation marks (an interview's
answer, the writer's own words recalled), is no news event, dated or not.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of


@pytest.mark.parametrize(("text", "language"), [
    ("Ich bleibe dabei, wie ich es vergangene Woche im Ausschuss gesagt habe: Wir lassen uns nicht erpressen.", "de"),
    ("As I told the committee last week, we will not be blackmailed.", "en"),
    ("We made it clear on Monday that the offer stands.", "en"),
])
def test_a_saying_in_the_first_person_is_no_event(text: str, language: str) -> None:
    assert events_of(text, language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("„Wie ich vergangene Woche gesagt habe, bleibt das Angebot“, sagte Außenministerin Petra Lindqvist am Montag.",
     "de"),
    ("Foreign Minister Tomas Rilke told the committee last week that the offer stands.", "en"),
])
def test_a_saying_told_of_someone_else_stays(text: str, language: str) -> None:
    assert [e for e in events_of(text, language) if e.date]
