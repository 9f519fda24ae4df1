"""An office holder a visitor meets is guessed the host state's, where an earlier sentence gives the trip.

Invented sentences.  "V will travel to Kyiv. … V will meet Prime Minister Y": Y serves the state the
visitor travels to.  "V and Prime Minister Y signed an agreement" too.  Not when the meeting's sentence
names a state, nor when the person met is the visitor's own colleague ("of Finland").
"""

from __future__ import annotations

from support.extraction import doc_of


def persons(text: str, language: str) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.country, p.review) for p in doc_of(text, language).persons}


def test_the_office_holder_the_visitor_meets_is_the_hosts() -> None:
    text = ("Foreign Minister Claire Whitfield will travel to Kyiv on Saturday. "
            "Senator Whitfield will meet Prime Minister Yuliia Marko and opposition leader Oleh Rudyk, "
            "her office said.")
    found = persons(text, "en")
    assert found["Yuliia Marko"] == ("UA", "guessed")
    assert found["Oleh Rudyk"] == ("UA", "guessed")


def test_the_office_holder_signing_with_the_visitor_is_the_hosts() -> None:
    text = ("Finnish President Mikael Lindroos arrived in Kyiv on Monday on an unannounced visit. "
            "On the same day, Lindroos and Prime Minister Yuliia Marko signed an agreement on drones.")
    assert persons(text, "en")["Yuliia Marko"] == ("UA", "guessed")


def test_a_german_visit() -> None:
    text = "Außenministerin Claire Weiß reist am Montag nach Kiew. Weiß trifft dort Präsident Oleh Rudyk."
    assert persons(text, "de")["Oleh Rudyk"] == ("UA", "guessed")


def test_the_visitors_own_colleague_is_not_the_hosts() -> None:
    text = ("Finnish President Mikael Lindroos arrived in Kyiv on Monday. "
            "Lindroos and Foreign Minister Anna Virtanen of Finland signed an agreement.")
    assert persons(text, "en")["Anna Virtanen"][0] == "FI"


def test_no_host_without_the_trip() -> None:
    text = ("Foreign Minister Claire Whitfield spoke on Saturday. "
            "Senator Whitfield will meet Prime Minister Yuliia Marko, her office said.")
    assert persons(text, "en")["Yuliia Marko"][0] is None
