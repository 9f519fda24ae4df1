"""A house named as the first part of its election's compound („Landtagswahl“) is what is elected,
not a party of the election.  Every sentence here is invented."""

from __future__ import annotations

from support.extraction import dated


def test_a_house_named_in_its_election_compound_is_no_party_de() -> None:
    # „Landtagswahl“: the Landtag is what is elected; the parties take part
    text = ("Zehn Tage nach der Landtagswahl in Westmark beginnen die Sondierungen. Die Linke scheiterte im "
            "Landtag an der Fünfprozenthürde. Bei der Wahl am 8. März hatte die SPD 31 Prozent erreicht.")
    event = dated(text, "de", "2026-03-08")
    assert "SPD" in event.participants
    assert "Landtag" not in event.participants
