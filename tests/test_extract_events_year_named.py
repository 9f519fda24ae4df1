"""Earlier events named by an event noun with the year in its own noun phrase ("the 2019 election",
„seit der Wahl 2021“): told in passing, past, undated (a year alone gives ``date: null``), guessed.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event


def events_of(text: str, language: str, published: str = "2026-03-04") -> list[Event]:
    return doc_of(text, language, published).events


def _year_events(events: list[Event], noun: str) -> list[Event]:
    return [e for e in events if noun in e.summary.lower()]


@pytest.mark.parametrize(("text", "language", "noun"), [
    # the news's own election told first: the year sets the earlier one apart from it
    ("Vote count\n\nThe Green Party won seven seats in Thursday's general election. That is down from eleven "
     "at the 2019 election.", "en", "2019 election"),
    ("Sea talks\n\nThe envoy met Pretoria officials on Monday. He urged them to respect the 2014 arbitral "
     "ruling, which remains binding.", "en", "2014 arbitral ruling"),
    ("Sea talks\n\nThe envoy met officials on Monday. He said Pretoria had ignored the 2014 court ruling in "
     "every round.", "en", "2014 court ruling"),
    ("Wahl\n\nDie Grünen verloren bei der Wahl am Sonntag vier Sitze. Das sind weniger als bei der Wahl "
     "2019.", "de", "wahl 2019"),
    ("Gipfel\n\nDie Minister trafen sich am Montag in Wien. Die Staaten halten an den Zielen vom Gipfel von "
     "2015 fest.", "de", "gipfel von 2015"),
])
def test_an_event_noun_with_an_earlier_year_in_its_phrase_is_a_past_undated_event(
        text: str, language: str, noun: str) -> None:
    found = _year_events(events_of(text, language), noun)
    assert len(found) == 1
    assert (found[0].date, found[0].status, found[0].review) == (None, "past", "guessed")


@pytest.mark.parametrize(("text", "language", "noun"), [
    # the year of publication or later: it may be still to come, left to the other rules
    ("Vote count\n\nThe Green Party won seven seats in Thursday's general election. It hopes to win more at "
     "the 2026 election.", "en", "2026 election"),
    # a year that is not in the noun's phrase ("in 2019, a meeting …" is dated by the clause, not named)
    ("Treaty\n\nThe 1964 treaty governs flood control on the river.", "en", "treaty"),
])
def test_no_event_from_a_year_outside_the_noun_phrase_or_not_before_publication(
        text: str, language: str, noun: str) -> None:
    assert _year_events(events_of(text, language), noun) == []


def test_the_same_year_named_event_told_twice_is_one_event() -> None:
    text = ("Vote count\n\nThe Green Party won seven seats in Thursday's general election, down from eleven "
            "at the 2019 election. Turnout was lower than at the 2019 election.")
    assert [e.summary for e in events_of(text, "en")].count("the 2019 election") == 1
