"""A country's name inside a place's name ("Port Sudan", "Kuwait City") is that place, no participant."""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of


@pytest.mark.parametrize(("text", "language"), [
    ("Reise\n\nDie Delegation reiste am Dienstag weiter in die Hafenstadt Port Sudan.", "de"),
    ("Trip\n\nThe envoy travelled on Tuesday to the port city of Port Sudan for talks with army officers.", "en"),
])
def test_a_country_inside_a_place_name_does_not_take_part(text: str, language: str) -> None:
    events = events_of(text, language)
    assert events and all("SD" not in event.participants for event in events), events


def test_the_country_itself_still_takes_part() -> None:
    events = events_of("Talks\n\nSudan and Egypt held talks on Tuesday in Port Sudan.", "en")
    assert any({"SD", "EG"} <= set(event.participants) for event in events), events


def test_german_tschad_is_the_state() -> None:
    events = events_of("Gespräche\n\nDer Sudan und der Tschad führten am Dienstag Gespräche.", "de")
    assert any({"SD", "TD"} <= set(event.participants) for event in events), events
