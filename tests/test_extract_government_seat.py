"""A person's state guessed from the government their sentence or paragraph names (issue #13).

Invented sentences.  "…, wie das Präsidialamt in Ankara mitteilte": the president the sentence is about
is that state's; "the government delegation is led by X" after "Sierra Leone's government": X serves
Sierra Leone.  Not when the sentence names another state, nor when two governments were named.
"""

from __future__ import annotations

from support.extraction import doc_of


def persons(text: str, language: str = "en") -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.country, p.review) for p in doc_of(text, language).persons}


def test_a_presidential_office_at_its_seat_names_the_presidents_state() -> None:
    text = ("Präsident Kemal Yıldırım hatte am Freitag mit Kanzler Olaf Brandt telefoniert, wie das Präsidialamt "
            "in Ankara mitteilte.")
    assert persons(text, "de")["Kemal Yıldırım"] == ("TR", "guessed")


def test_a_government_at_its_seat_names_the_ministers_state() -> None:
    text = ("Foreign Minister Alan Koroma said on Monday, according to a statement from the government in Freetown, "
            "that talks would resume.")
    assert persons(text)["Alan Koroma"] == ("SL", "guessed")


def test_no_seat_state_when_the_sentence_names_another_state() -> None:
    text = ("Foreign Minister Alan Koroma said Liberia had agreed, according to a statement from the government in "
            "Freetown.")
    assert persons(text)["Alan Koroma"][0] != "SL"


def test_the_government_delegation_is_the_named_governments() -> None:
    text = ("Sierra Leone's government and the rebels met again on Monday. "
            "The government delegation is led by Deputy Minister Alan Koroma.")
    assert persons(text)["Alan Koroma"] == ("SL", "guessed")


def test_no_government_delegation_state_when_two_governments_were_named() -> None:
    text = ("Sierra Leone's government and Liberia's government met again on Monday. "
            "The government delegation is led by Deputy Minister Alan Koroma.")
    assert persons(text)["Alan Koroma"][0] is None
