"""A transcript's speaker label names who speaks, not who takes part in what is told — unless the
speaker takes themselves up in the first person.  Every sentence here is invented."""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Event


def dated(text: str, language: str, day: str) -> Event:
    found = [e for e in doc_of(text, language, "2026-03-18").events if e.date == day]
    assert found, f"no event on {day} in {text!r}"
    return found[0]


_INTRO = "Am Mittwoch stellten Paul Brenner und Clara Voss in Tarvik die Reisepläne vor. "


def test_a_spokesman_label_telling_a_signing_is_no_party_de() -> None:
    text = _INTRO + ("Brenner: Geplant ist am Freitag in Tarvik die Unterzeichnung einer Absichtserklärung "
                     "mit Ruritanien über Wasserstoff.")
    assert "Paul Brenner" not in dated(text, "de", "2026-03-20").participants


