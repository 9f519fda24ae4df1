"""The tense of an event (issue #13): a past form with a changed stem dates its weekday in the past
("sat down on Monday" in an article of a Wednesday is two days before, not next week), and „nach“
before a place is a destination, not an earlier time.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of


@pytest.mark.parametrize("text", [
    "Diplomacy\n\nThe two leaders sat down on the sidelines of the summit on Monday.",
    "Diplomacy\n\nThousands fled the border town on Monday.",
    "Diplomacy\n\nThe rebels fought government troops near the capital on Monday.",
])
def test_an_irregular_past_dates_the_past_weekday(text: str) -> None:
    assert [(e.date, e.status) for e in events_of(text, "en") if e.date] == [("2026-03-16", "past")]


@pytest.mark.parametrize(("text", "language"), [
    ("Diplomatie\n\nDie EU und Lindavien streiten über Zölle. Bundeskanzler Friedrich Merz will demnächst nach "
     "Lindaburg reisen.", "de"),
    ("Diplomatie\n\nDie EU und Lindavien streiten über Zölle. Außenministerin Anna Holm soll nach Lindaburg "
     "reisen.", "de"),
])
def test_a_trip_to_a_place_after_nach_is_still_to_come(text: str, language: str) -> None:
    # „nach Lindaburg reisen“: „nach“ gives the destination, not an earlier time („nach seinem Wahlsieg“)
    trips = [e for e in events_of(text, language) if e.date is None]
    assert trips and all(e.status == "planned" for e in trips)
