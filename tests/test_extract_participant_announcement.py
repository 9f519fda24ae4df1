"""An announcement or statement event takes only its teller as participant (CONVENTIONS §7: whoever
only announced an event is no party to it, and the parties of what is announced, or whoever speaks
about it later, are none of the announcement's).  Every sentence here is invented."""

from __future__ import annotations

from support.extraction import events_of


def test_a_later_paragraph_about_the_called_off_round_adds_nobody_to_its_announcement() -> None:
    text = ("Die für Donnerstag in Tarvik geplante Verhandlungsrunde zwischen Nordland und Vertretern von Südland "
            "findet nicht statt. Wie der Ostbund am Mittwochabend mitteilte, wird das Treffen auf Ende April "
            "verschoben.\n\nOstland hatte sich im Winter als Gastgeber angeboten. Außenministerin Clara Voss "
            "bedauerte die Absage und betonte, Ostland stehe weiter als Gastgeber bereit.")
    told = [e for e in events_of(text, "de") if e.kind == "announcement"]
    assert len(told) == 1
    assert "Clara Voss" not in told[0].participants
