"""Role phrases with a complement before the name (issue #13, third round), on invented sentences.

"special envoy on Myanmar X" (a state after "on"), "the vice-president responsible for trade, X", "the minister
in charge of trade, X": the complement belongs to the role; the name follows.
"""

from __future__ import annotations

from tests.support.extraction import doc_of


def persons(text: str, language: str = "en", locale: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in doc_of(text, language, locale=locale).persons}


def test_an_envoy_on_a_state_before_the_name() -> None:
    text = "Talks resume\n\nUS special envoy on South Sudan Hans Grundberg said on Sunday that the door was open."
    assert persons(text)["Hans Grundberg"] == ("special envoy on South Sudan", "US")


def test_an_envoy_on_a_state_before_a_comma_and_the_name() -> None:
    text = "Talks resume\n\nThe UN special envoy on Yemen, Ines Moll, said on Sunday that the door was open."
    assert persons(text)["Ines Moll"][0] == "UN special envoy on Yemen"


def test_a_role_responsible_for_a_portfolio_before_the_name() -> None:
    text = ("Talks resume\n\nThe minister will brief the Commission vice-president responsible for trade, "
            "Anna Kowal, on Monday.")
    assert persons(text)["Anna Kowal"][0] == "Commission vice-president responsible for trade"


def test_a_role_in_charge_of_a_portfolio_before_the_name() -> None:
    text = "Talks resume\n\nThe minister in charge of trade, Anna Kowal, said on Monday that talks would resume."
    assert persons(text)["Anna Kowal"][0] == "minister in charge of trade"


def test_the_commissions_vice_president_acts_for_no_state_in_a_domestic_paper() -> None:
    text = ("Brussels talks\n\nIreland wants a quick review. The minister will brief the Commission "
            "vice-president responsible for trade, Anna Kowal, on Monday. Ireland exports most to Britain.")
    assert persons(text, locale="en-IE")["Anna Kowal"][1] is None
