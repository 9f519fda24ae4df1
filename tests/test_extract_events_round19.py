"""Events, round 19: classes seen on several tuning sets.

Every sentence here is invented for the test; each test is one class.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Wednesday in March.
PUBLISHED = "2027-03-03"


# --- a standfirst closed by a format label: its undated events are the body's, told again -----------------

@pytest.mark.parametrize(("text", "language"), [
    ("Waffenruhe am Kap\n\nDie Konfliktparteien haben in Dschidda Gespräche geführt. Die wichtigsten Fragen "
     "und Antworten.\n\nDie Waffenruhe soll die Versorgung der Dörfer sichern.", "de"),
    ("Zollstreit mit Peking\n\nDer Kommissar will eine Einigung, aber nicht um jeden Preis. Ein Gespräch über "
     "Mindestpreise, Batterien und eine Reise nach Peking.\n\nHerr Kommissar, wie nah ist die Einigung?", "de"),
    ("Die Woche in Berlin\n\nDie Konfliktparteien haben in Dschidda Gespräche geführt. Ein Überblick.\n\n"
     "Die Lage ist angespannt.", "de"),
    ("Reef fund\n\nIsland leaders have agreed on a reef fund after talks in Apia. Here is what we know so "
     "far.\n\nThe fund is to be run by the forum.", "en"),
])
def test_undated_events_of_a_labelled_standfirst_are_the_bodys(text: str, language: str) -> None:
    assert [e for e in events_of(text, language, PUBLISHED) if e.date is None] == []


def test_a_dated_event_of_a_labelled_standfirst_stays() -> None:
    text = ("Reef fund\n\nIsland leaders agreed on a reef fund on Monday after talks in Apia. Here is what we "
            "know so far.\n\nThe fund is to be run by the forum.")
    assert [e.date for e in events_of(text, "en", PUBLISHED)] == ["2027-03-01"]


def test_an_undated_event_of_an_unlabelled_lead_stays() -> None:
    text = ("Waffenruhe am Kap\n\nDie Konfliktparteien haben in Dschidda Gespräche geführt. Die Lage bleibt "
            "angespannt.\n\nDie Waffenruhe soll die Versorgung der Dörfer sichern.")
    assert [(e.date, e.kind) for e in events_of(text, "de", PUBLISHED)] == [(None, "talks")]


# --- an event noun after "after/following/nach" is the occasion an agreement followed, not one it arranged -

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Reef fund\n\nThe leaders agreed on a fund after their meeting on Monday.", "en", "2027-03-01"),
    ("Reef fund\n\nThe two governments agreed a ceasefire following talks in Doha on Tuesday.", "en", "2027-03-02"),
    ("Riff-Fonds\n\nDie Staatschefs vereinbarten nach ihrem Treffen am Montag einen Fonds.", "de", "2027-03-01"),
])
def test_an_occasion_an_agreement_followed_is_past(text: str, language: str, day: str) -> None:
    assert [(e.date, e.status) for e in events_of(text, language, PUBLISHED)] == [(day, "past")]


def test_an_event_agreed_on_is_still_to_come() -> None:
    text = "Reef fund\n\nThe leaders agreed to hold a summit on Monday."
    assert [(e.date, e.status) for e in events_of(text, "en", PUBLISHED)] == [("2027-03-08", "planned")]


def test_a_label_like_sentence_that_does_not_close_its_paragraph_is_news() -> None:
    text = ("Gipfel in Wien\n\nEin Gespräch mit der Ministerin ist geplant. Die Delegationen haben in Wien "
            "Gespräche geführt.\n\nDie Lage bleibt angespannt.")
    assert any(e.evidence.startswith("Ein Gespräch mit") for e in events_of(text, "de", PUBLISHED))
