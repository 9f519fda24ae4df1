"""A German perfect or pluperfect closes its clause with a participle that may look like a present
(„hat … besucht“): told with a date of the current month, the event is past, not planned.
Every text here is invented."""

from __future__ import annotations

import pytest
from support.extraction import events_of


def _status(text: str) -> str:
    found = [e for e in events_of(text, "de", "2026-04-21") if e.date == "2026-04"]
    assert found, "no event in April"
    return found[0].status


@pytest.mark.parametrize("text", [
    "Die Gesandte Mara Lindt hatte die Hauptstädte beider Länder Anfang April besucht.",
    "Die Gesandte Mara Lindt hat die Hauptstädte beider Länder Anfang April besucht.",
])
def test_a_clause_final_participle_after_a_perfect_auxiliary_is_past(text: str) -> None:
    assert _status(text) == "past"


def test_a_present_with_a_date_is_still_planned() -> None:
    assert _status("Die Gesandte Mara Lindt besucht Ende April die Hauptstädte beider Länder.") == "planned"
