"""Venues named by their last words, and a land named only in an office (CONVENTIONS §4, §6)."""

from __future__ import annotations

from lagebild.extract.doc import Doc
from tests.support.extraction import doc_of


def _doc(text: str, language: str = "en") -> Doc:
    return doc_of(text, language, "2027-02-10")


def test_a_convention_centre_is_a_place_not_an_organisation_or_participant() -> None:
    doc = _doc("Summit set for Nairobi\n\nThe summit in Nairobi's Mwangaza International Convention Centre is "
               "planned for April 3, the Kenyan foreign ministry said.")
    places = [p.name for p in doc.places]
    assert "Mwangaza International Convention Centre" in places and "Nairobi" in places
    assert not any("Convention" in o.name for o in doc.organizations)
    assert not any("Convention" in part for event in doc.events for part in event.participants)


def test_a_land_before_its_office_is_no_place() -> None:
    doc = _doc("Aid pledged\n\nOntario Premier Wes Carver said on Tuesday that the province would send aid.")
    assert "Ontario" not in [p.name for p in doc.places]


def test_a_land_named_as_a_location_stays_a_place() -> None:
    doc = _doc("Aid pledged\n\nThe ministers met in Ontario on Tuesday, Premier Wes Carver said.")
    assert "Ontario" in [p.name for p in doc.places]
