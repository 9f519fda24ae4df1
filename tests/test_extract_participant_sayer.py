"""Who closes a sentence with a clause of saying only reports the event the sentence tells
(CONVENTIONS §7: not who only announced or reported it).  Every sentence here is invented."""

from __future__ import annotations

import pytest
from support.extraction import dated


@pytest.mark.parametrize(("text", "language", "day", "sayer"), [
    ("Rebel drones struck a power plant near Tarvik overnight on Sunday, Governor Anton Melnyk reported.",
     "en", "2026-03-15", "Anton Melnyk"),
    ("The complaint will be filed on Monday with the regional court, Minister Clara Voss said.",
     "en", "2026-03-23", "Clara Voss"),
    ("Rebellen beschossen am Sonntag ein Kraftwerk bei Tarvik, berichtete Gouverneur Anton Melnyk.",
     "de", "2026-03-15", "Anton Melnyk"),
    ("Die Klage wird am Montag beim Landgericht eingereicht, teilte Ministerin Clara Voss mit.",
     "de", "2026-03-23", "Clara Voss"),
])
def test_who_closes_the_sentence_by_saying_it_only_reports(text: str, language: str, day: str, sayer: str) -> None:
    assert sayer not in dated(text, language, day).participants


@pytest.mark.parametrize(("text", "language", "day", "sayer"), [
    # the clause of saying has its own date: the telling is the dated event, its speaker takes part
    ("Die Klage werde am Montag beim Landgericht eingereicht, sagte Ministerin Clara Voss am Mittwoch.",
     "de", "2026-03-18", "Clara Voss"),
    ("The talks with Jan Novak went well, Foreign Minister Karl Berger said on Monday.",
     "en", "2026-03-16", "Karl Berger"),
])
def test_a_dated_clause_of_saying_keeps_its_speaker(text: str, language: str, day: str, sayer: str) -> None:
    assert sayer in dated(text, language, day).participants


def test_a_fronted_time_is_no_clause_before_the_saying() -> None:
    text = "On Thursday, Minister Clara Voss said her government would hold talks with Canada."
    assert "Clara Voss" in dated(text, "en", "2026-03-12").participants
