"""A person's country from the institution their role names and from their party (issue #13).

Invented sentences.  „commander in the Kenya Defence Forces“ serves Kenya; "X of the United Workers Party"
and "the party P is represented by its deputy chairman X" are P's state's politicians.
"""

from __future__ import annotations

from support.extraction import doc_of


def persons(text: str, language: str = "en") -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.country, p.review) for p in doc_of(text, language).persons}


def test_an_army_named_in_the_role_gives_its_state() -> None:
    text = ("Chief mediator Lazarus Otieno, a former commander in the Kenya Defence Forces, said the talks "
            "would resume.")
    assert persons(text)["Lazarus Otieno"] == ("KE", "extracted")


def test_a_ministry_named_with_its_adjective_gives_its_state() -> None:
    text = "Der Sprecher des ungarischen Außenministeriums, Bence Farkas, wies die Kritik zurück."
    assert persons(text, "de")["Bence Farkas"][0] == "HU"


def test_a_party_after_the_name_gives_its_state() -> None:
    text = ("The opposition leader, Ms Marie Joseph of the United Workers Party, refused to concede. "
            "Ms Joseph said her party would seek recounts.")
    assert persons(text)["Marie Joseph"][0] == "LC"


def test_its_deputy_chairman_belongs_to_the_party_before() -> None:
    text = ("The talks opened on Monday. The opposition party SPLM-IO is represented by its deputy chairman, "
            "Peter Gatdet Yak.")
    assert persons(text)["Peter Gatdet Yak"][0] == "SS"


def test_coordinated_adjectives_give_each_person_their_state_in_order() -> None:
    text = ("The talks resumed on Monday. The Armenian and Azerbaijani foreign ministers, Anna Petrosyan and "
            "Thomas Mammadov, met in the afternoon.")
    found = persons(text)
    assert found["Anna Petrosyan"][0] == "AM"
    assert found["Thomas Mammadov"][0] == "AZ"


def test_coordinated_german_adjectives_with_determiners_keep_their_order() -> None:
    text = ("Die Gespräche begannen am Montag. Der französische und der deutsche Außenminister, Pierre Lambert "
            "und Thomas Becker, trafen sich am Nachmittag.")
    found = persons(text, "de")
    assert found["Pierre Lambert"][0] == "FR"
    assert found["Thomas Becker"][0] == "DE"


def test_a_capitalised_er_adjective_of_a_state_gives_its_state() -> None:
    # („Schweizer“ is never declined: without it the federal title would go to Germany by default)
    text = "Die Gespräche begannen am Montag. Der Schweizer Bundespräsident Beat Keller sprach von Fortschritten."
    assert persons(text, "de")["Beat Keller"][0] == "CH"
