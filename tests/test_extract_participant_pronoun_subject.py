"""A pronoun in an event's sentence keeps the person it takes up, also when the verb of saying around it is
withheld or the sentence before names two persons (invented sentences)."""

from __future__ import annotations

from support.extraction import dated, events_of


def test_a_pronoun_after_a_named_speaker_is_the_speaker_when_the_sentence_before_names_two() -> None:
    text = ("Fishing truce\n\nWASHINGTON — President Tom Vance and Norwegian Prime Minister Lars Holm agreed on "
            "Thursday to extend their fishing truce for another year. The call, which lasted about an hour, was "
            "their first this year. Vance said afterward that he would travel to Oslo in April, a trip Norwegian "
            "officials have not yet confirmed.")
    trip = dated(text, "en", "2026-04")
    assert "Tom Vance" in trip.participants


def test_no_event_gets_a_nameless_participant() -> None:
    text = ("Fishing truce\n\nWASHINGTON — President Tom Vance and Norwegian Prime Minister Lars Holm agreed on "
            "Thursday to extend their fishing truce. He will travel to Oslo in April.")
    assert all(name for e in events_of(text, "en") for name in e.participants)


def test_the_subject_of_a_clause_after_after_is_what_a_later_pronoun_takes_up() -> None:
    text = ("Trade talks\n\nBRUSSELS — The EU's trade chief, Pieter Vandamme, will fly to Washington on Wednesday. "
            "The decision comes after Vandamme spoke to Commerce Secretary Tom Carver on Monday and Trade "
            "Representative Jennifer Caldwell on Tuesday. He will meet Carver and Caldwell separately, a "
            "spokesperson said.")
    meetings = [e for e in events_of(text, "en") if "Jennifer Caldwell" in e.participants and e.date is None]
    assert meetings and all("Pieter Vandamme" in e.participants for e in meetings)
