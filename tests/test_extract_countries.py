"""Country names as news text writes them, beside the forms the CLDR data abbreviates."""

from __future__ import annotations

import pytest

from lagebild.extract.countries import countries_in


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Wahlen in St Lucia am Sonntag", "de", "LC"),
    ("Wahlen in St. Lucia am Sonntag", "de", "LC"),
    ("Wahlen in Sankt Lucia am Sonntag", "de", "LC"),
    ("Saint Lucia’s ruling party held on", "en", "LC"),
    ("the premier of St Kitts and Nevis said", "en", "KN"),
    ("talks with Trinidad and Tobago", "en", "TT"),
    ("talks with Trinidad & Tobago", "en", "TT"),
    ("Gespräche mit Bosnien und Herzegowina", "de", "BA"),
])
def test_abbreviated_and_ampersand_names_are_found_as_written(text: str, language: str, code: str) -> None:
    assert code in {found for _, _, found in countries_in(text, language)}
