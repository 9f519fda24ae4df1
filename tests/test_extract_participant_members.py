"""A body's envoys and member states act for it (invented sentences)."""

from __future__ import annotations

from support.extraction import dated


def test_a_bodys_ambassadors_in_a_german_compound_give_the_body() -> None:
    event = dated("Abkommen\n\nBrüssel (dpa) – Die EU-Botschafter stimmten am Freitag in Brüssel für das Abkommen.",
                  "de", "2026-03-13")
    assert "EU" in event.participants


def test_a_bodys_member_states_give_the_body() -> None:
    event = dated("Abkommen\n\nBrüssel (dpa) – Die Botschafter der EU-Mitgliedstaaten gaben am Freitag grünes "
                  "Licht.", "de", "2026-03-13")
    assert "EU" in event.participants


def test_a_bodys_ambassadors_in_english_give_the_body() -> None:
    event = dated("Deal\n\nBRUSSELS – EU ambassadors approved the deal on Friday in Brussels.", "en", "2026-03-13")
    assert "EU" in event.participants
