"""A plan told in reported speech keeps its own date and stays to come; an infinitive after a modal
is no past form; meetings told with „zusammengekommen“/„zusammengetroffen“ are events; a trip told
after that day's meeting among the same people is that meeting (issue #13).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event

PUBLISHED = "2026-03-18"  # a Wednesday: the coming Thursday is 2026-03-19, the last one 2026-03-12


def events_of(text: str, language: str) -> list[Event]:
    return doc_of(text, language, PUBLISHED).events


@pytest.mark.parametrize(("text", "language"), [
    ("Brenner im Fernsehen\n\nKanzler Otto Brenner sagte, er werde am Donnerstag mit Präsidentin Lea Sommer "
     "telefonieren.", "de"),
    ("Brenner on TV\n\nChancellor Otto Brenner said he would speak with President Lea Sommer on Thursday.", "en"),
    ("Brenner on TV\n\nChancellor Otto Brenner told reporters that he will meet President Lea Sommer on Thursday.",
     "en"),
])
def test_a_reported_plan_is_dated_ahead(text: str, language: str) -> None:
    assert [(e.date, e.status) for e in events_of(text, language)] == [("2026-03-19", "planned")]


def test_the_day_of_saying_stays_the_sayings() -> None:
    text = "Brenner on TV\n\nChancellor Otto Brenner told reporters on Thursday that the bloc would respond."
    assert [(e.date, e.status) for e in events_of(text, "en")] == [("2026-03-12", "past")]


@pytest.mark.parametrize(("text", "status"), [
    ("Gedenken in Leeds\n\nDer britische Premierminister Otto Brenner wird dort eine Rede halten.", "planned"),
    ("Gerüchte\n\nDer Minister Otto Brenner soll sich mit dem Unternehmer Lea Sommer getroffen haben.", "past"),
])
def test_an_infinitive_after_a_modal_is_no_past(text: str, status: str) -> None:
    assert [(e.date, e.status) for e in events_of(text, "de")] == [(None, status)]


@pytest.mark.parametrize("verb", ["zusammengekommen", "zusammengetroffen"])
def test_a_meeting_told_with_zusammen_verbs_is_an_event(verb: str) -> None:
    text = f"Paris\n\nPräsident Otto Brenner ist in Paris mit Präsidentin Lea Sommer {verb}."
    events = events_of(text, "de")
    assert [(e.date, e.kind) for e in events] == [(None, "meeting")]
    assert set(events[0].participants) == {"Otto Brenner", "Lea Sommer"}


def test_a_trip_told_after_its_meeting_is_that_meeting() -> None:
    text = ("Brenner bei Sommer\n\nKanzler Otto Brenner hat am heutigen Mittwoch Präsidentin Lea Sommer in "
            "Paris getroffen. Brenner absolviert am heutigen Mittwoch seine erste Auslandsreise, eine "
            "Pressekonferenz mit Sommer ist geplant.")
    assert [(e.date, e.status) for e in events_of(text, "de")] == [("2026-03-18", "past")]
