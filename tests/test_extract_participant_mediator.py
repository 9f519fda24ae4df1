"""A sentence after an event that names who mediated or hosted it adds that party (invented sentences)."""

from __future__ import annotations

from support.extraction import dated


def test_the_state_that_mediated_the_swap_takes_part() -> None:
    event = dated("Talks\n\nGENEVA – Norway and Iceland exchanged 40 prisoners on 12 January. The swap was mediated "
                  "by Switzerland.", "en", "2026-01-12")
    assert {"NO", "IS", "CH"} <= set(event.participants)


def test_german_the_state_that_mediated_takes_part() -> None:
    event = dated("Gespräche\n\nGenf – Norwegen und Island haben am 12. Januar je 40 Gefangene ausgetauscht. "
                  "Vermittelt hatte die Schweiz.", "de", "2026-01-12")
    assert {"NO", "IS", "CH"} <= set(event.participants)


def test_a_sentence_on_the_topic_adds_no_mediator() -> None:
    event = dated("Talks\n\nGENEVA – Norway and Iceland exchanged 40 prisoners on 12 January. Switzerland said "
                  "the swap was a good sign.", "en", "2026-01-12")
    assert "CH" not in event.participants
