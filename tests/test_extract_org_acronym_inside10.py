"""German bodies named by their shape: capitalised adjectives and one compound before an acronym whose
letters come from inside the compound („die Eidgenössische Finanzkontrolle (EFK)“ is that body, not a bare
guessed "EFK"), and an office whose remit has a capitalised adjective („für Auswärtige Angelegenheiten“).


Every sentence here is invented.  Each rule has a case it must change and a neighbour it must keep.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.acronymnames import adjective_acronym_orgs


def orgs(text: str) -> set[str]:
    return {o.name for o in doc_of(text, "de").organizations}


def test_the_name_before_an_acronym_from_inside_a_compound_is_kept() -> None:
    found = orgs("Die Eidgenössische Finanzkontrolle (EFK) rügte am Montag die Beschaffung. Die EFK fordert mehr.")
    assert found == {"Eidgenössische Finanzkontrolle"}


def test_a_genitive_name_goes_to_its_nominative() -> None:
    assert orgs("Laut der Westfälischen Flusswacht (WFW) steigt der Pegel.") == {"Westfälische Flusswacht"}


def test_a_persons_name_before_a_party_is_no_body() -> None:
    assert adjective_acronym_orgs("Christiane Benner (IGM) sagte am Montag, die Löhne müssten steigen.", "de") == []


def test_letters_the_name_does_not_hold_give_no_name() -> None:
    assert adjective_acronym_orgs("Die Deutsche Flugsicherung (XYZ) meldete Verspätungen.", "de") == []


def test_a_capitalised_remit_adjective_stays_in_the_name() -> None:
    # before: „Ministerium für Auswärtige“, a name cut in half
    assert orgs("Das Ministerium für Auswärtige Angelegenheiten teilte am Montag mit, die Gespräche gingen weiter.") \
        == {"Ministerium für Auswärtige Angelegenheiten"}


def test_a_remit_without_an_adjective_is_unchanged() -> None:
    assert orgs("Das Bundesamt für Bevölkerungsschutz warnte am Montag vor Stürmen.") == {
        "Bundesamt für Bevölkerungsschutz"}
