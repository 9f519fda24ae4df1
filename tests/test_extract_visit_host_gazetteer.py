"""The office holder a visitor meets is the host state's, for a destination anywhere in the gazetteer (issue #13).

Invented sentences: "X will travel to Port Moresby. … X will meet Prime Minister Y" gives Y Papua New
Guinea as a guess, although Port Moresby is not among the capitals that stand for their governments.
"""

from __future__ import annotations

from support.extraction import doc_of


def persons(text: str, url: str | None = None) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.country, p.review) for p in doc_of(text, "en", url=url).persons}


def test_the_host_a_visitor_meets_in_a_gazetteer_city() -> None:
    text = ("Foreign Minister Jane Holloway will travel to Port Moresby on Friday. "
            "Senator Holloway will meet Prime Minister John Kaupa on Saturday, her office said.")
    assert persons(text, url="https://news.example.com/x")["John Kaupa"] == ("PG", "guessed")
