"""Organisations as real news names them: titles that give their body, acronyms spelled out, forms as written.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.extract.orgnames import initials_match, nominative


def _orgs(text: str, language: str, locale: str | None = None) -> list[str]:
    return [o.name for o in doc_of(text, language, published=None, locale=locale).organizations]


def test_a_title_gives_its_specific_body_in_an_eu_article() -> None:
    orgs = _orgs("Vor dem EU-Gipfel traf der Kanzler Kommissionspräsident Jan Berg und Ratspräsident Ole Lund.", "de")
    assert "EU-Kommission" in orgs
    assert "Europäischer Rat" in orgs
    assert "EU" in orgs


def test_an_eu_council_presidency_gives_the_council_of_the_eu_and_the_eu() -> None:
    orgs = _orgs("Die Schwerpunkte des kommenden EU-Ratsvorsitzes wurden am Dienstag vorgestellt.", "de")
    assert sorted(orgs) == ["EU", "Rat der EU"]


def test_a_member_of_the_european_parliament_gives_the_parliament() -> None:
    orgs = _orgs("Die Europaabgeordnete Anna Vogt kritisierte die EU-Pläne scharf.", "de")
    assert "Europäisches Parlament" in orgs


def test_an_acronym_is_shown_as_the_text_writes_it_until_the_full_name_appears() -> None:
    assert _orgs("Die UN warnten am Montag vor einer Hungersnot in der Region.", "de") == ["UN"]
    both = _orgs("Die UN warnten vor einer Hungersnot. Die Vereinten Nationen riefen zu Spenden auf.", "de")
    assert both == ["Vereinte Nationen"]


def test_two_names_of_one_body_give_the_fuller_one_once() -> None:
    orgs = _orgs("Die EU-Kommission legte den Text vor. Die Europäische Kommission will rasch entscheiden.", "de")
    assert orgs == ["Europäische Kommission"]


def test_an_acronym_spelled_out_by_its_initials_gives_the_full_name() -> None:
    text = ("Leaders met on the sidelines of the Pacific Islands Trade Council (PITC) summit. "
            "The PITC has twelve members.")
    assert _orgs(text, "en") == ["Pacific Islands Trade Council"]
    assert initials_match(["Economic", "Community", "of", "West", "African", "States"], "ECOWAS")
    assert initials_match(["Asia-Pacific", "Economic", "Cooperation"], "APEC")
    assert not initials_match(["Sunday", "Asia-Pacific", "Economic", "Cooperation"], "APEC")


def test_a_national_ministry_acting_is_an_organisation_but_not_inside_a_title() -> None:
    orgs = _orgs("The Chinese foreign ministry rejected the claim, and the Philippine coastguard sent a ship.", "en")
    assert orgs == ["Chinese foreign ministry", "Philippine coastguard"]
    assert _orgs("A Chinese foreign ministry spokesman declined to comment.", "en") == []


def test_a_leader_s_administration_acts() -> None:
    assert "Trump administration" in _orgs("The Trump administration boycotted the summit.", "en")


def test_a_venue_named_as_a_location_is_a_place_not_an_actor() -> None:
    text = "The leaders met at the White House on Thursday. Later the White House said talks went well."
    doc = doc_of(text, "en", published=None)
    assert [p.name for p in doc.places] == ["White House"]
    assert [o.name for o in doc.organizations] == ["White House"]
    only_place = _orgs("Trump will return to the White House in January.", "en")
    assert "White House" not in only_place


def test_datelines_cantons_initials_ships_and_weekdays_are_no_organisations() -> None:
    orgs = _orgs("BERLIN (dpa) - Nationalrätin Eva Muster (Mitte/BL) sprach am Montag über die Lage. Danach "
                 "wurde über die weiteren Schritte beraten./sk/DP/mis", "de", "de-CH")
    assert orgs == ["Mitte", "Nationalrat"]  # the member's title names the chamber (CONVENTIONS §4)
    assert _orgs("The coastguard deployed the BRP Maria Santos.", "en") == []
    assert _orgs("The European Commission on Monday sent a list to capitals.", "en") == ["European Commission"]


def test_a_german_organisation_found_by_its_head_is_in_the_nominative() -> None:
    assert "Junge Union" in _orgs("Kritik kam vor allem aus der Jungen Union.", "de")


def test_taiwan_parties_by_full_name_and_acronym_are_one_each() -> None:
    text = ("Der Kandidat der Demokratischen Fortschrittspartei (DPP) siegte. Die Kuomintang (KMT) unterlag. "
            "Die KMT will nun beraten.")
    orgs = _orgs(text, "de")
    assert sorted(orgs) == ["Demokratische Fortschrittspartei", "Kuomintang"]


def test_an_association_named_in_a_role_complement_but_not_a_description() -> None:
    assert "Verband der Deutschen Müller" in _orgs(
        "Der Präsident des Verbands der Deutschen Müller, Kern, warnte vor Engpässen.", "de")
    assert _orgs("Er forderte die Gründung eines Verbands der Gemeinden im Norden.", "de") == []


@pytest.mark.parametrize(("phrase", "nominative_form"), [
    ("Die Raiffeisen Bank International", "Raiffeisen Bank International"),  # a name does not decline
    ("Europäischen Gerichtshofs", "Europäischer Gerichtshof"),
    ("Jungen Union", "Junge Union"),
    ("Obersten Gerichtshofs", "Oberster Gerichtshof"),
    ("Gemeinsamen Ausschusses", "Gemeinsamer Ausschuss"),
])
def test_only_adjectives_decline_before_an_organisations_head(phrase: str, nominative_form: str) -> None:
    assert nominative(phrase) == nominative_form


def test_a_plural_possessive_stays_inside_an_english_name() -> None:
    orgs = _orgs("The Irish Farmers' Association staged protests outside Leinster House on Wednesday.", "en")
    assert "Irish Farmers' Association" in orgs


def test_an_acronym_that_an_apposition_names_as_a_body_is_an_organisation() -> None:
    orgs = _orgs("IBEC, the employers' group, warned against isolation. NUJ, a union representing journalists, "
                 "protested. Jane Roe, a member of the group, said the talks failed.", "en")
    assert {"IBEC", "NUJ"} <= set(orgs)
    assert "Jane Roe" not in orgs


def test_a_known_outlet_in_quotation_marks_is_one_source() -> None:
    doc = doc_of("Laut „Kronen Zeitung“ gab es Streit.", "de", published=None)
    assert [s.name for s in doc.sources] == ["Kronen Zeitung"]


def test_two_states_standing_meeting_format_is_no_organisation() -> None:
    orgs = _orgs("The India-Indonesia Joint Commission met in New Delhi on Thursday. The Joint Working Group on "
                 "maritime security also met. The Ukraine Defence Contact Group met. The Joint Chiefs of Staff said.",
                 "en")
    assert "India-Indonesia Joint Commission" not in orgs and "Joint Working Group" not in orgs
    assert {"Ukraine Defence Contact Group", "Joint Chiefs of Staff"} <= set(orgs)  # bodies that act stay
