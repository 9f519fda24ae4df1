"""Parties of many states that the person stage already knows (for a member's country) are organizations
in English articles too; a party name that is also an ordinary word is not found by the word alone.
Every sentence here is invented."""

from __future__ import annotations

from support.extraction import doc_of


def orgs(text: str) -> set[str]:
    return {o.name for o in doc_of(text, "en").organizations}


def test_a_known_party_of_another_state_is_an_organization() -> None:
    assert "Frelimo" in orgs("Frelimo won the vote in the capital on Sunday, the electoral body said.")


def test_a_party_name_that_is_an_ordinary_word_is_not_found_alone() -> None:
    assert "Jubilee" not in orgs("Crowds marked the Platinum Jubilee in the capital on Sunday.")


def test_a_party_of_the_german_lexicon_in_its_own_language_is_found_in_english() -> None:
    assert "Partito Democratico" in orgs("The centre-left Partito Democratico voted against the bill on Tuesday.")


def test_a_party_name_that_is_an_english_word_is_not_taken_over() -> None:
    assert orgs("Art of the Renaissance was shown in the museum on Sunday.") == set()
