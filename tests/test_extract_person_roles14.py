"""Roles of private persons (issue #13, second round), on invented sentences: a trade given in an apposition
("X, a businessman convicted in …": the title, not the participle's clause) and kin ("Oskin's brother, X")."""

from __future__ import annotations

from tests.support.extraction import doc_of


def roles(text: str, language: str = "en") -> dict[str, str | None]:
    return {p.name: p.role for p in doc_of(text, language).persons}


def test_a_trade_in_an_apposition_ends_before_the_participles_clause() -> None:
    text = ("In return, the government freed two foreigners, including Pavel Oskin, a businessman convicted in "
            "Boston in 2024 of fraud, officials said.")
    assert roles(text)["Pavel Oskin"] == "businessman"


def test_kin_named_in_an_apposition_is_the_role() -> None:
    text = "Oskin's brother, Mikhail Oskin, told reporters the family was relieved."
    assert roles(text)["Mikhail Oskin"] == "brother"
