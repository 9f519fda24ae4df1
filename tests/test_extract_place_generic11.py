"""Places: a German venue compound whose first part is a common word is a common noun, no venue's name
(CONVENTIONS §6).  Every sentence is invented; each test fails without the rule it names."""

from __future__ import annotations

from lagebild.extract.placenames import marked_places


def _names(text: str) -> list[str]:
    return [name for _s, _e, name in marked_places(text, "de")]


def test_common_venue_compounds_are_no_places() -> None:
    assert _names("Er verlor seinen Arbeitsplatz, die Polizei sperrte die Bundesstraße.") == []
    assert _names("Die Gespräche stecken in einer Sackgasse, sagte er vor dem Regierungsgebäude.") == []


def test_named_venue_compounds_stay_places() -> None:
    assert _names("Die Kundgebung auf dem Schwarzenbergplatz zog vor das Europagebäude.") == \
        ["Schwarzenbergplatz", "Europagebäude"]
