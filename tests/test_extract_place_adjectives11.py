"""Places: a town's adjective („nach Berliner Lesart“) and a noun a demonym describes („im russischen Militär“)
name no place (CONVENTIONS §6).  Every sentence is invented; each test fails without the rule it names."""

from __future__ import annotations

from lagebild.extract.placenames import free_places


def _names(text: str) -> list[str]:
    return [name for _s, _e, name in free_places(text, "de")]


def test_a_towns_adjective_before_its_noun_is_no_place() -> None:
    assert _names("Das sei nach Hamburger Lesart falsch, aus Grazer Sicht aber richtig.") == []


def test_a_noun_after_a_demonym_is_no_place() -> None:
    assert _names("Die Lage im russischen Militär und im polnischen Luftraum bleibt angespannt.") == []


def test_a_town_after_a_demonym_and_a_preposition_stays_a_place() -> None:
    assert sorted(_names("Die Minister trafen sich im ukrainischen Isjum und reisten nach Hamburg.")) == \
        ["Hamburg", "Isjum"]
