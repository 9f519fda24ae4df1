"""A headline's event is the event the body's lead tells, also when the two name it with other
words or other parties (issue #13: a headline told again as an undated event is a false fact); an
event restated („Es war das erste Treffen …“, "Criticism of the visit came from …") is the one told,
and an act placed earlier („zuletzt“, "last") is one of its own.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event

PUBLISHED = "2026-03-18"  # a Wednesday


def events_of(text: str, language: str) -> list[Event]:
    return doc_of(text, language, PUBLISHED).events


@pytest.mark.parametrize(("text", "language", "day"), [
    # the same place: the headline names the countries, the lead their leaders
    ("EU, Japan leaders meet in Tokyo as tensions mount\n\nTOKYO, March 18 (Reuters) - European Commission "
     "President Lea Sommer met Japanese Prime Minister Otto Brenner in Tokyo on Wednesday, as the two sides seek "
     "closer ties.", "en", "2026-03-18"),
    # the same verb and party, of another kind in the lead ("rejects" as a statement, "rejected" a vote)
    ("Senate rejects budget bill\n\nWASHINGTON (AP) — The Senate on Tuesday rejected a Republican budget bill, "
     "raising the prospect of a shutdown.", "en", "2026-03-17"),
])
def test_the_headline_is_the_leads_event(text: str, language: str, day: str) -> None:
    events = events_of(text, language)
    assert [(e.date, e.status) for e in events] == [(day, "past")], [e.summary for e in events]


def test_a_headline_of_another_event_stays_its_own() -> None:
    text = ("Brenner to visit Paris\n\nLEEDS (Reuters) - Lindavian President Otto Brenner met Norland's Prime "
            "Minister Lea Sommer in Leeds on Wednesday.")
    assert len(events_of(text, "en")) == 2


@pytest.mark.parametrize(("text", "language"), [
    # a copula sentence that describes the event just told
    ("Brenner in Linz\n\nKanzler Otto Brenner ist am Montag zu einem Arbeitsbesuch nach Linz gereist. Dort traf er "
     "Präsidentin Lea Sommer. Es war das erste Treffen der beiden seit Brenners Amtsantritt.", "de"),
    ("Brenner in Leeds\n\nChancellor Otto Brenner travelled to Leeds on Monday. There he met President Lea Sommer. "
     "It was their first meeting since Brenner took office.", "en"),
    # a reaction to it: the critics take no part, and it is no event of its own
    ("Brenner in Linz\n\nKanzler Otto Brenner ist am Montag zu einem Arbeitsbesuch nach Linz gereist. Kritik an der "
     "Reise kam von den Grünen.", "de"),
    ("Brenner in Leeds\n\nChancellor Otto Brenner travelled to Leeds on Monday. Criticism of the visit came from "
     "the Greens.", "en"),
])
def test_an_event_restated_is_the_one_told(text: str, language: str) -> None:
    events = events_of(text, language)
    assert [(e.date, e.status) for e in events] == [("2026-03-16", "past")], [e.summary for e in events]


@pytest.mark.parametrize(("text", "language"), [
    ("Brenner in Linz\n\nKanzler Otto Brenner ist am Montag zu einem Arbeitsbesuch nach Linz gereist. Sommer hatte "
     "Österreich zuletzt im Sommer 2023 besucht.", "de"),
    ("Brenner in Leeds\n\nChancellor Otto Brenner travelled to Leeds on Monday. Sommer had last visited Britain "
     "in the summer of 2023.", "en"),
])
def test_an_act_placed_earlier_is_an_event_of_its_own(text: str, language: str) -> None:
    assert [(e.date, e.status) for e in events_of(text, language)] == [("2026-03-16", "past"), (None, "past")]
