"""Persons as real news writes them: bare surnames of known office holders, later fuller names, implied roles.

Every sentence here is invented for the test; real office holders appear in made-up situations.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Person
from lagebild.extract.doc import Doc
from lagebild.extract.lang import holders


def _doc(text: str, language: str, locale: str | None = None) -> Doc:
    return doc_of(text, language, published=None, locale=locale)


def _persons(text: str, language: str, locale: str | None = None) -> dict[str, Person]:
    return {p.name: p for p in _doc(text, language, locale).persons}


def test_a_known_holder_named_by_surname_alone_is_a_person_with_his_country() -> None:
    people = _persons("Zölle im Streit\n\nTrump drohte am Montag mit neuen Abgaben. Kritik kam aus Ottawa.", "de")
    assert people["Trump"].country == "US"
    assert people["Trump"].review == "extracted"


def test_a_german_genitive_of_a_known_holder_gives_the_bare_name() -> None:
    people = _persons("Die Abgeordnete warnte vor Orbans Plänen für die Justiz.", "de")
    assert list(people) == ["Orban"]
    assert people["Orban"].country == "HU"


def test_a_holder_of_an_international_office_acts_for_no_state_in_its_period() -> None:
    assert holders.country_of("Donald Tusk", 2017) == (True, None)
    assert holders.country_of("Donald Tusk", 2025) == (True, "PL")
    assert holders.country_of("Erika Unbekannt", 2025) == (False, None)


def test_a_short_form_and_the_full_name_of_one_holder_are_one_person() -> None:
    people = _persons("Lula opened the talks. Brazilian President Luiz Inacio Lula da Silva then spoke to delegates.",
                      "en")
    assert list(people) == ["Luiz Inacio Lula da Silva"]
    assert people["Luiz Inacio Lula da Silva"].country == "BR"


def test_a_later_fuller_name_renames_the_person() -> None:
    text = ("Korea's President Kang to visit Tokyo\n\n"
            "SEOUL - South Korean President Kang Min Ho will visit Japan next week, his office said. "
            "Mr Kang will also meet residents.")
    people = _persons(text, "en")
    assert list(people) == ["Kang Min Ho"]
    assert people["Kang Min Ho"].country == "KR"
    assert people["Kang Min Ho"].role == "President"  # the two-word demonym is the country, not part of the role


def test_a_korean_third_syllable_that_is_a_german_word_stays_in_the_name() -> None:
    people = _persons("Der südkoreanische Präsident Park Min In sagte, man sei bereit.", "de")
    assert "Park Min In" in people


def test_an_international_body_before_a_role_means_no_state() -> None:
    text = "European Commission spokesperson Lena Sorvik confirmed the U.S. talks would go on."
    person = _persons(text, "en")["Lena Sorvik"]
    assert person.country is None
    assert person.role == "European Commission spokesperson"


def test_a_relative_role_keeps_its_literal_words_beside_the_resolved_office() -> None:
    text = "Außenminister Karl Gruber (ÖVP) empfängt am Mittwoch seinen deutschen Amtskollegen Jonas Feld."
    feld = _persons(text, "de", "de-AT")["Jonas Feld"]
    assert feld.role == "Außenminister, deutscher Amtskollege"
    assert feld.country == "DE"


def test_a_party_written_beside_a_canton_gives_the_country() -> None:
    people = _persons("Nationalrätin Eva Muster (Mitte/BL) sagte, die Debatte gehe weiter.", "de", "de-CH")
    assert people["Eva Muster"].role == "Nationalrätin"
    assert people["Eva Muster"].country == "CH"


def test_a_ship_named_after_a_person_is_no_person() -> None:
    people = _persons("The coastguard deployed the BRP Maria Santos near the shoal in May.", "en")
    assert people == {}


def test_reporting_from_a_city_is_no_byline() -> None:
    text = "Reporting from Accra, Al Jazeera's Kofi Mensah said the timing of the statement by the bloc mattered."
    assert "Kofi Mensah" in _persons(text, "en")


def test_an_apposition_that_is_a_clause_about_someone_else_is_no_role() -> None:
    text = "Besides host president Ana Vidal, Chile's president Luis Ortega will also attend the signing."
    people = _persons(text, "en")
    assert people["Ana Vidal"].role == "host president"


def test_a_particle_name_after_a_role_is_read() -> None:
    people = _persons("Das sei ein gutes Zeichen, sagte EU-Kommissionspräsidentin von der Leyen am Abend.", "de")
    assert "von der Leyen" in people
    assert people["von der Leyen"].country is None


def test_a_lone_surname_between_commas_after_a_role_complement() -> None:
    text = "Zudem sagte der Präsident des Bauernverbands, Krämer, dass die Lage ernst sei."
    assert "Krämer" in _persons(text, "de")


def test_a_party_name_after_von_der_is_not_part_of_the_person() -> None:
    people = _persons("Der Kandidat Lin von der Demokratischen Fortschrittspartei (DPP) siegte deutlich.", "de")
    assert all("partei" not in name for name in people)


def test_an_office_of_an_international_body_before_the_apposition_means_no_state() -> None:
    text = "Der UN-Sondergesandte, der frühere kenianische Außenminister Peter Mwangi, traf die Junta."
    person = _persons(text, "de")["Peter Mwangi"]
    assert person.country is None
    assert person.role is not None and person.role.startswith("UN-Sondergesandter")


def test_the_state_before_whose_is_the_holder_s() -> None:
    text = "Diplomats said Chile, whose trade representative Ana Rojas met the panel on Thursday, agreed."
    assert _persons(text, "en")["Ana Rojas"].country == "CL"


def test_an_apposition_after_a_clause_final_verb() -> None:
    text = "Am Freitag wird der Kanzler mit Zhou Min zusammentreffen, dem Parteisekretär der Provinz Anhui."
    doc = doc_of(text, "de", published=None)
    people = {p.name: p for p in doc.persons}
    assert people["Zhou Min"].role == "Parteisekretär der Provinz Anhui"
    assert [p.name for p in doc.places] == []  # the province is part of the role


def test_a_spokesperson_at_the_federal_press_conference_acts_for_the_federal_state() -> None:
    text = ("BERLIN (dpa) - Der Kanzler reist nach China. Das sei wichtig, sagte der stellvertretende "
            "Regierungssprecher Paul Klein in der Bundespressekonferenz mit Blick auf China.")
    klein = _persons(text, "de", "de-DE")["Paul Klein"]
    assert (klein.country, klein.review) == ("DE", "guessed")
