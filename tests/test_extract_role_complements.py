"""Roles with a lowercase complement before the name, and an election's runner-up (issue #13).

Invented sentences: "the EU Special Representative for the dialogue, X," keeps its complement in the role
(and X acts for no state); "Runner-up X said" is a role, not part of X's name.
"""

from __future__ import annotations

from support.extraction import doc_of


def persons(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in doc_of(text, "en").persons}


def test_a_lowercase_complement_before_the_comma_stays_in_the_role() -> None:
    text = "Since then, the EU Special Representative for the dialogue, Tomas Novak, has shuttled between capitals."
    assert persons(text) == {"Tomas Novak": ("EU Special Representative for the dialogue", None)}


def test_a_runner_up_is_a_role_not_a_name() -> None:
    text = ("The commission declared Musa Bello the winner. Runner-up Ibrahim Sani said he would challenge "
            "the result.")
    assert persons(text)["Ibrahim Sani"][0] == "Runner-up"


def test_a_capitalised_complement_is_read_as_before() -> None:
    assert persons("The head of the Bank of Ghana, Kofi Mensah, said rates would rise.")["Kofi Mensah"][0] \
        == "head of the Bank of Ghana"
