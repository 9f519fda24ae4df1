"""Capitals that stand for their governments as acting parties (invented sentences)."""

from __future__ import annotations

from support.extraction import dated


def test_a_capital_as_the_subject_of_its_verb_is_its_state() -> None:
    event = dated("Zölle\n\nBrüssel (dpa) – Warschau leitete am Montag Ermittlungen gegen Lachs aus Chile ein.",
                  "de", "2026-03-16")
    assert "PL" in event.participants


def test_capitals_between_which_talks_go_on_are_their_states() -> None:
    event = dated("Talks\n\nGENEVA – Talks between Tokyo and Seoul resumed in Geneva on Monday.", "en", "2026-03-16")
    assert {"JP", "KR"} <= set(event.participants)


def test_a_capital_named_as_a_place_is_no_party() -> None:
    event = dated("Visit\n\nOSLO – The minister flew to Tokyo on Monday for talks.", "en", "2026-03-16")
    assert "JP" not in event.participants


def test_a_capital_as_a_topic_is_no_party() -> None:
    event = dated("Sanktionen\n\nBrüssel (dpa) – Die EU beschloss am Montag Sanktionen gegen Moskau.", "de",
                  "2026-03-16")
    assert "RU" not in event.participants


def test_a_capital_acting_in_another_clause_is_no_party() -> None:
    event = dated("Trip\n\nOSLO – The minister will travel to Fiji on Saturday, days before a vote Tokyo fears could "
                  "tilt the region.", "en", "2026-03-21")
    assert "JP" not in event.participants


def test_a_capital_with_a_day_before_its_verb_is_its_state() -> None:
    event = dated("Claims\n\nOSLO – Tokyo on Tuesday rejected claims that it was seeking a base in the region.", "en",
                  "2026-03-17")
    assert "JP" in event.participants
