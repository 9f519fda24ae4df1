"""Dates whose clause tells no occurrence make no event, or only a guessed one (issue #13).

Rules that apply or take effect, a state counted from a day, an anniversary and a figure that is to
change are no event the article reports (CONVENTIONS §7: states, "sanctions in force"); the start of
a ceasefire is.  A deadline or something running out is at most a guessed event, in the future when
told in the present tense.  Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of


@pytest.mark.parametrize(("text", "language"), [
    ("Zollstreit\n\nDie Zölle gelten seit dem 4. März für alle Waren aus Lindavien.", "de"),
    ("Zollstreit\n\nSeit Montag herrscht in der Hauptstadt eine Ausgangssperre.", "de"),
    ("Zollstreit\n\nDie neuen Zölle gelten ab dem 1. April.", "de"),
    ("Zollstreit\n\nDas neue Gesetz, das am 1. Juli in Kraft tritt, sieht höhere Zölle vor.", "de"),
    ("Zollstreit\n\nDie Sanktionen sind seit dem 24. Februar in Kraft.", "de"),
    ("Tariff row\n\nThe tariffs, in place since March 4, cover all goods from Lindavia.", "en"),
    ("Tariff row\n\nThe law, which takes effect on July 1, raises tariffs on steel.", "en"),
    ("Tariff row\n\nThe new tariffs apply from April 1.", "en"),
    ("Tariff row\n\nSince January 1, the new rules have applied to all imports.", "en"),
    # a figure that is to change
    ("Ölpreis\n\nDer Preisdeckel soll am Mittwoch auf 60 Dollar sinken.", "de"),
    ("Oil price\n\nThe price cap is due to fall to 60 dollars on Wednesday.", "en"),
])
def test_a_clause_without_an_occurrence_makes_no_event(text: str, language: str) -> None:
    assert events_of(text, language) == []


def test_an_anniversary_does_not_date_what_is_remembered() -> None:
    # the attack happened in another year: no event on that day (it may be told undated, in passing)
    events = events_of("Jahrestag\n\nAm 24. Februar jährt sich der Angriff auf Lindavien zum vierten Mal.", "de")
    assert [e.date for e in events if e.date] == []


@pytest.mark.parametrize(("text", "language"), [
    ("Waffenruhe\n\nDie Waffenruhe trat am Freitag in Kraft.", "de"),
    ("Truce\n\nThe ceasefire took effect on Friday.", "en"),
])
def test_the_start_of_a_ceasefire_stays_an_event(text: str, language: str) -> None:
    assert [(e.date, e.status) for e in events_of(text, language)] == [("2026-03-13", "past")]


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Zollstreit\n\nDie Frist für eine Einigung endet am 1. August.", "de", "2026-08-01"),
    ("Zollstreit\n\nDer Vertrag läuft im Dezember aus.", "de", "2026-12"),
    ("Tariff row\n\nThe agreement expires in December.", "en", "2026-12"),
])
def test_a_deadline_is_at_most_a_guessed_event_still_to_come(text: str, language: str, day: str) -> None:
    for event in events_of(text, language):
        assert event.review == "guessed"
        assert (event.date, event.status) == (day, "planned")
