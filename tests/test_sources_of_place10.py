"""A newspaper named by its head word and a place ("The Times of Malta") is cited by its whole name, not as
the shorter paper of the lexicon ("The Times").  Every sentence here is invented."""

from __future__ import annotations

from support.extraction import doc_of


def sources(text: str) -> list[str]:
    return [s.name for s in doc_of(text, "en").sources]


def test_a_paper_of_a_place_keeps_its_place() -> None:
    assert sources("A senior official told The Times of Malta on Monday that the deal was close.") == [
        "The Times of Malta"]


def test_the_short_paper_stays_short() -> None:
    assert sources("The minister told The Times on Monday that the deal was close.") == ["The Times"]


def test_a_weekday_after_of_is_no_place() -> None:
    assert sources("The Washington Post of Friday reported the talks.") == ["The Washington Post"]
