"""Organisations and places, round 17: capitals that receive or act through a preposition, regional
executives, think tanks inside a role compound.  Every sentence is invented; each test fails without
the rule it names."""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.doc import Doc


def _doc(text: str, language: str) -> Doc:
    return doc_of(text, language, published=None)


def _places(text: str, language: str) -> list[str]:
    return [p.name for p in _doc(text, language).places]


def _orgs(text: str, language: str) -> list[str]:
    return [o.name for o in _doc(text, language).organizations]


def test_a_capital_addressed_after_to_is_its_government() -> None:
    # a cue of addressing up to four words before "to": the government receives (CONVENTIONS §6)
    assert _places("The opposition accused the cabinet of outsourcing its fisheries policy to Paris.", "en") == []
    assert _places("A letter to Beijing was signed by all nine ministers.", "en") == []
    assert _places("The minister was accused of deferring to Washington on tariffs.", "en") == []
    assert _places("Short of money, the island turned to Canberra for help.", "en") == []


def test_a_capital_after_to_stays_a_destination() -> None:
    assert _places("The envoy flew to Paris on Monday.", "en") == ["Paris"]
    # another act between the cue and "to": the trip's destination
    assert _places("She wrote a letter before she flew to Paris.", "en") == ["Paris"]
    assert _places("He offered to travel to Paris in May.", "en") == ["Paris"]


def test_a_capital_as_the_agent_after_von_is_its_government() -> None:
    assert _places("Die Allianz dürfe sich nicht von Peking spalten lassen, warnte sie.", "de") == []
    assert _places("Der von Moskau kontrollierte Sender klagt über Zensur.", "de") == []
    # a route, a participle of moving: the city is named as a location
    assert _places("Die Flüge von Moskau nach Rom fallen aus.", "de") == ["Moskau", "Rom"]
    assert _places("Die Delegation ist am Montag von Moskau gekommen.", "de") == ["Moskau"]


def test_a_region_s_executive_is_an_organisation() -> None:
    assert "Northern Ireland Executive" in _orgs("The ministers of the Northern Ireland Executive met on Monday.",
                                                 "en")
    doc = _doc("Salaries were late again. The Kurdistan Regional Government said it would pay them.", "en")
    assert [o.name for o in doc.organizations] == ["Kurdistan Regional Government"]
    assert [p.name for p in doc.persons] == []  # the body said it, no person
    assert _orgs("Hong Kong Chief Executive Li Wen said on Monday the law would pass.", "en") == []


def test_a_think_tank_inside_a_role_compound() -> None:
    assert _orgs("Bruegel-Ökonom Paul Reiter rechnet vor, dass die Zölle steigen.", "de") == ["Bruegel"]


def test_a_view_from_a_capital_is_its_government_also_fronted_or_capitalised() -> None:
    # „Auch aus X kam Kritik“: the view noun after the verb of coming
    assert _places("Auch aus Rom kam am Montag scharfe Kritik an dem Plan.", "de") == []
    # the noun of a view opens the sentence
    assert _places("Pressure from Paris has grown since the vote.", "en") == []
    assert _places("Word from Paris was that the talks would resume.", "en") == []
    # people coming from the city: a location
    assert _places("Er kam am Montag aus Rom zurück.", "de") == ["Rom"]


def test_a_body_of_three_words_after_a_possessive_is_named() -> None:
    assert _orgs("The two ministers meet for a session of their Permanent Water Commission on Monday.", "en") == \
        ["Permanent Water Commission"]
    # two words after the possessive describe the owner's body
    assert _orgs("Valoria may send ships, including those of its Harbour Guard, into the strait.", "en") == []

