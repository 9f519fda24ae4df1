"""Organisations, places, figures and sources on unseen text (issue #13): a wire's update note, a city named for
its government after a noun of response or between two sides.  Every sentence is invented; each test fails
without the rule it names."""

from __future__ import annotations

from tests.support.extraction import doc_of


def _places(text: str, language: str) -> list[str]:
    return [p.name for p in doc_of(text, language).places]


def test_update_note_names_no_place_body_or_figure() -> None:
    text = ("Talks resume in Oslo\n\n(Adds comment from Lisbon in paragraph 4, FISC statement)\n\n"
            "Negotiators met in Oslo on Monday.")
    doc = doc_of(text, "en")
    assert "Lisbon" not in [p.name for p in doc.places]
    assert "FISC" not in [o.name for o in doc.organizations]
    assert 4 not in [f.value for f in doc.figures]
    german = ("Zölle: Gespräche gehen weiter\n\n(NEU: Reaktionen aus Madrid, KVRB)\n\n"
              "Die Unterhändler trafen sich in Oslo.")
    doc = doc_of(german, "de")
    assert "Madrid" not in [p.name for p in doc.places]
    assert not {"NEU", "KVRB"} & {o.name for o in doc.organizations}


def test_city_after_a_noun_of_response_is_its_government() -> None:
    text = "Die Antwort aus Madrid kam am Abend. Nach Angaben aus Lissabon ist der Termin vom Tisch."
    assert _places(text, "de") == []


def test_city_between_two_sides_is_a_government() -> None:
    assert "Lisbon" not in _places("A truce between Lisbon and the rebels took effect on Monday.", "en")


def test_list_of_capitals_without_a_preposition_is_governments() -> None:
    assert _places("Das sehen auch Berlin, Paris und Rom so.", "de") == []


def test_city_named_as_a_location_stays_a_place() -> None:
    assert _places("Die Minister trafen sich in Madrid zu Gesprächen.", "de") == ["Madrid"]
