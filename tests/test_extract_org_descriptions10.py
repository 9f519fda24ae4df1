"""Bodies described, not named (CONVENTIONS §4: descriptions that are not names are no organisations):
a body after a possessive ("its Coast Guard") and a plural head ("Indian and Indonesian coast guards").

Every sentence here is invented.  Each rule has a case it must drop and a neighbour it must keep.
"""

from __future__ import annotations

from support.extraction import doc_of


def orgs(text: str, language: str = "en") -> set[str]:
    return {o.name for o in doc_of(text, language).organizations}


def test_a_body_after_its_owners_possessive_is_a_description() -> None:
    found = orgs("Valoria may send ships, including those of its Harbour Guard, into the strait.")
    assert not any("Harbour Guard" in name for name in found)


def test_the_same_body_named_with_its_owner_stays() -> None:
    assert "Valoria Harbour Guard" in orgs("Ships of the Valoria Harbour Guard entered the strait on Monday.")


def test_a_party_after_a_possessive_stays_named() -> None:
    assert "Lakeside Progress Party" in orgs("Voters deserted their Lakeside Progress Party in the March vote.")


def test_a_plural_state_body_is_no_single_body() -> None:
    found = orgs("Indian and Indonesian coast guards held their first joint patrol last year.")
    assert not any("coast guard" in name.casefold() for name in found)


def test_a_singular_state_body_stays() -> None:
    assert "Indonesian coast guard" in orgs("The Indonesian coast guard seized the trawler on Tuesday.")
