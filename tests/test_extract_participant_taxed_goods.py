"""A tariff on goods of a state makes that state the party the act is directed at (invented sentences)."""

from __future__ import annotations

from support.extraction import dated


def test_german_tariffs_on_goods_from_a_state() -> None:
    event = dated("Zölle\n\nOslo – Norwegen hat am 12. Januar Zölle von bis zu 30 Prozent auf Fischöl aus Island "
                  "verhängt.", "de", "2026-01-12")
    assert {"NO", "IS"} <= set(event.participants)


def test_a_tariff_on_goods_named_by_the_state_adjective() -> None:
    event = dated("Tariffs\n\nOSLO – Norway imposed a 30% tariff on Icelandic fish oil on 12 January.", "en",
                  "2026-01-12")
    assert {"NO", "IS"} <= set(event.participants)


def test_a_tariff_on_goods_from_a_state() -> None:
    event = dated("Tariffs\n\nOSLO – Norway imposed a 30% tariff on fish oil from Iceland on 12 January.", "en",
                  "2026-01-12")
    assert {"NO", "IS"} <= set(event.participants)


def test_imports_from_a_state_without_a_tariff_add_no_party() -> None:
    event = dated("Trade\n\nOSLO – Norway doubled its imports of fish oil from Iceland on 12 January.", "en",
                  "2026-01-12")
    assert "IS" not in event.participants
