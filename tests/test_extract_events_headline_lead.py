"""A headline's event is the event the body's lead tells, also when the two name it with other
words or other parties (issue #13: a headline told again as an undated event is a false fact).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.briefing.model import Event
from lagebild.extract.pipeline import build_doc

PUBLISHED = "2026-03-18"  # a Wednesday


def events_of(text: str, language: str) -> list[Event]:
    article = Article(path="x.txt", name="x.txt", text=text, digest="0", published=PUBLISHED, language=language)
    return build_doc(article).events


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
