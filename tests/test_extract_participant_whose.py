"""A role noun that only says whose aide, spokesman or office acts ("ein Sprecher des Kanzlers", "an
adviser to the prime minister", "the prime minister's office said") does not make the person it
means a participant, and the house that owns a committee is no party of the committee's session
(issue #13: a wrong participant is worse than a missing one).  Every sentence is invented."""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Event


def _on(text: str, language: str, day: str) -> Event:
    found = [e for e in doc_of(text, language).events if e.date == day]
    assert found, f"no event on {day} in {text!r}"
    return found[0]


def test_the_aide_of_a_role_does_not_bring_the_role_holder_de() -> None:
    text = ("Bundeskanzler Tim Kranz ist in Paris. "
            "Der Berater des Kanzlers traf am Montag Präsident Olav Berg.")
    parts = _on(text, "de", "2026-03-16").participants
    assert "Olav Berg" in parts and "Tim Kranz" not in parts


def test_an_adviser_to_a_role_does_not_bring_the_role_holder_en() -> None:
    text = ("Prime Minister Tim Kranz is in Paris. "
            "An adviser to the prime minister met President Olav Berg on Monday.")
    parts = _on(text, "en", "2026-03-16").participants
    assert "Olav Berg" in parts and "Tim Kranz" not in parts


def test_a_role_in_the_genitive_before_an_office_is_not_its_holder_en() -> None:
    text = ("Prime Minister Tim Kranz is in Paris. "
            "The prime minister's spokesman met President Olav Berg on Monday.")
    assert "Tim Kranz" not in _on(text, "en", "2026-03-16").participants


def test_the_role_holder_acting_himself_still_takes_part() -> None:
    text = ("Prime Minister Tim Kranz is in Paris. "
            "The prime minister met President Olav Berg on Monday.")
    assert "Tim Kranz" in _on(text, "en", "2026-03-16").participants


def test_the_house_that_owns_a_committee_is_not_a_party_of_its_session_de() -> None:
    text = "Der Europaausschuss des Bundestags hat am Montag über die Sanktionen beraten."
    parts = _on(text, "de", "2026-03-16").participants
    assert "Europaausschuss" in parts and "Bundestag" not in parts
