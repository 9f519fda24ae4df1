"""A past form with a changed stem dates its weekday in the past (issue #13): "sat down on Monday" in
an article of a Wednesday is two days before, not next week.  Invented sentences."""

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
