"""Places: a city that starts a meeting's or a body's name is no place of the news (CONVENTIONS §6).

Every sentence is invented; each test fails without the rule it names."""

from __future__ import annotations

from support.extraction import doc_of


def _places(text: str) -> list[str]:
    doc = doc_of(text, "en", "2026-03-04")
    return [p.name for p in doc.places]


def test_a_city_inside_a_meeting_name_is_no_place() -> None:
    assert _places("Forum\nSpeaking at the Munich Water Security Conference, the minister criticised the plan.") == []
    assert _places("Forum\nShe spoke at the Berlin Energy Transition Dialogue on Monday.") == []


def test_a_city_named_as_the_location_stays_a_place() -> None:
    assert _places("Forum\nThe ministers met in Munich on Monday before a conference.") == ["Munich"]
    assert _places("Forum\nThe talks in Berlin Tuesday ended without a deal.") == ["Berlin"]
