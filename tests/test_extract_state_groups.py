"""The head or member of a state's group serves that state: "head of the Ukrainian delegation, X".

Invented sentences.  The group noun after the state's adjective belongs to the role (the name comes
after the comma), the state is the person's, before the name or in an apposition after it; a group of
an international body gives no state.
"""

from __future__ import annotations

from support.extraction import doc_of


def persons(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in doc_of(text, language).persons}


def test_the_head_of_a_states_delegation_before_the_name() -> None:
    found = persons("The head of the Ukrainian delegation, Rustem Umarov, said talks would go on.", "en")
    assert found["Rustem Umarov"] == ("head of the Ukrainian delegation", "UA")


def test_the_head_of_a_states_delegation_after_the_name() -> None:
    found = persons("Rustem Umarov, head of the Ukrainian delegation, said talks would go on.", "en")
    assert found["Rustem Umarov"][1] == "UA"


def test_a_german_delegation_leader_after_the_name() -> None:
    found = persons("Rustem Umarow, Leiter der ukrainischen Delegation, sagte, man verhandle weiter.", "de")
    assert found["Rustem Umarow"][1] == "UA"


def test_a_spokesman_of_a_states_government_is_certain() -> None:
    text = "Rustem Umarov, spokesman of the Kenyan government, said talks would go on."
    assert persons(text, "en")["Rustem Umarov"][1] == "KE"


def test_an_international_bodys_delegation_gives_no_state() -> None:
    found = persons("Rustem Umarov, head of the EU delegation, said talks would go on.", "en")
    assert found["Rustem Umarov"][1] is None
