"""Places: a city that starts a meeting's or a body's name is no place of the news (CONVENTIONS §6).

Every sentence is invented; each test fails without the rule it names."""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc


def _places(text: str) -> list[str]:
    doc = build_doc(Article(path="seeds/x.txt", name="x.txt", text=text, digest="0", language="en",
                            published="2026-03-04"))
    return [p.name for p in doc.places]


def test_a_city_inside_a_meeting_name_is_no_place() -> None:
    assert _places("Forum\nSpeaking at the Munich Water Security Conference, the minister criticised the plan.") == []
    assert _places("Forum\nShe spoke at the Berlin Energy Transition Dialogue on Monday.") == []


def test_a_city_named_as_the_location_stays_a_place() -> None:
    assert _places("Forum\nThe ministers met in Munich on Monday before a conference.") == ["Munich"]
    assert _places("Forum\nThe talks in Berlin Tuesday ended without a deal.") == ["Berlin"]
