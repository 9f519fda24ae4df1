"""An adjective of nationality before means of force names the state that attacks (invented sentences)."""

from __future__ import annotations

from support.extraction import dated


def test_the_drones_of_a_state_make_it_the_attacker() -> None:
    event = dated("Angriff\n\nOslo – Norwegian drones attacked Iceland overnight on 12 January, killing three.",
                  "en", "2026-01-12")
    assert {"NO", "IS"} <= set(event.participants)


def test_a_missile_strike_of_a_state_makes_it_the_attacker() -> None:
    event = dated("Strike\n\nOSLO – A Norwegian missile strike hit a harbour in Iceland on 12 January, "
                  "officials in Reykjavik said.", "en", "2026-01-12")
    assert "NO" in event.participants


def test_german_drone_attacks_of_a_state_make_it_the_attacker() -> None:
    event = dated("Angriff\n\nOslo – Bei norwegischen Drohnenangriffen auf Island sind am 12. Januar drei Menschen "
                  "getötet worden.", "de", "2026-01-12")
    assert {"NO", "IS"} <= set(event.participants)


def test_goods_of_a_state_name_no_attacker() -> None:
    event = dated("Handel\n\nOSLO – Iceland banned imports of Norwegian seafood on 12 January.", "en", "2026-01-12")
    assert "NO" not in event.participants
