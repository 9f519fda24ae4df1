"""Parties joined by "and" and parties named in the sentence after the event (invented sentences)."""

from __future__ import annotations

from tests.support.extraction import dated


def test_an_acronym_coordinated_with_another_party_takes_part() -> None:
    event = dated("Deal\n\nBRUSSELS – The European Union and ASEAN signed a fisheries accord on Saturday.",
                  "en", "2026-03-14")
    assert {"EU", "ASEAN"} <= set(event.participants)


def test_an_acronym_before_its_verb_is_the_subject_not_a_qualifier() -> None:
    event = dated("Sanctions\n\nBRUSSELS – NATO condemned the launch on Tuesday, and ASEAN imposed new curbs on "
                  "Wednesday.", "en", "2026-03-18")
    assert "ASEAN" in event.participants
