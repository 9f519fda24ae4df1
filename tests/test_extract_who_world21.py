"""Persons on news from anywhere in the world, named by structure rather than by a known given name (issue #13).

Every sentence here is invented.  Each rule has a case it must change and a case it must keep.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Person


def persons(text: str, language: str = "en") -> dict[str, Person]:
    return {p.name: p for p in doc_of(text, language).persons}


# --- "Minister of <portfolio> <name>": the name ends the capitalised run, whatever the given name ------

def test_minister_of_a_portfolio_then_an_unknown_name() -> None:
    found = persons("Botswana's Minister of Finance Kabo Sello arrived in Gaborone on Monday.")
    assert set(found) == {"Kabo Sello"}
    assert found["Kabo Sello"].role == "Minister of Finance"
    assert found["Kabo Sello"].country == "BW"


def test_the_portfolio_is_not_read_into_the_name() -> None:
    found = persons("Inspector General of Police Ekow Quaye told reporters in Accra that four suspects were held.")
    assert set(found) == {"Ekow Quaye"}
    assert found["Ekow Quaye"].role == "Inspector General of Police"


def test_deputy_minister_of_foreign_affairs_with_a_name_written_family_first() -> None:
    found = persons("Deputy Minister of Foreign Affairs Nguyen Van Thanh met his Lao counterpart in Hanoi.")
    assert found["Nguyen Van Thanh"].role == "Deputy Minister of Foreign Affairs"


def test_an_organisation_named_of_a_place_stays_no_person() -> None:
    assert persons("The University of Cape Coast said fees would rise.") == {}


# --- "then-President X": the time prefix stays in the role ---------------------------------------------

def test_then_president_before_a_name() -> None:
    found = persons("The decree was signed by then-President Ikenna Eze in 2019.")
    assert found["Ikenna Eze"].role == "then-President"


# --- a rank after an office's apposition comma: the office stays the role ------------------------------

def test_a_rank_after_the_office_apposition_keeps_the_office() -> None:
    found = persons("The Chief of Defence Forces, General Tafadzwa Moyo, said troops would withdraw from the border.")
    assert set(found) == {"Tafadzwa Moyo"}
    assert found["Tafadzwa Moyo"].role == "Chief of Defence Forces"


def test_a_rank_alone_is_still_the_role() -> None:
    found = persons("General Tafadzwa Moyo said troops would withdraw from the border.")
    assert found["Tafadzwa Moyo"].role == "General"


# --- an age between commas marks a person ----------------------------------------------------------------

def test_an_age_between_commas_before_a_verb_of_saying() -> None:
    assert set(persons("Lupe Tamapua, 54, said the harbour in Apia would reopen next week.")) == {"Lupe Tamapua"}


def test_a_number_after_a_road_is_no_age() -> None:
    assert persons("Route Nationale, 12, was closed after the flood.") == {}


# --- given names of Africa, Asia, the Pacific, the Caribbean and Latin America -------------------------

def test_given_names_from_southern_and_west_africa() -> None:
    assert set(persons("Tendai Moyo and Chidi Okafor met in Harare on Monday.")) == {"Tendai Moyo", "Chidi Okafor"}


def test_given_names_from_the_pacific_and_the_caribbean() -> None:
    assert set(persons("Sione Vaipulu and Keisha Grant led the talks in Nuku'alofa.")) == {"Sione Vaipulu",
                                                                                        "Keisha Grant"}


def test_given_names_from_latin_america_and_south_asia() -> None:
    assert set(persons("Ximena Duarte and Meenakshi Rao visited the camp near Cúcuta.")) == {"Ximena Duarte",
                                                                                           "Meenakshi Rao"}


def test_a_fijian_chiefly_title_is_no_part_of_the_name() -> None:
    assert set(persons("Ratu Sitiveni Lomaloma met the delegation in Suva.")) == {"Sitiveni Lomaloma"}


def test_a_mausoleum_named_after_a_person_is_a_venue() -> None:
    assert persons("The Kwame Nkrumah Mausoleum reopened in Accra on Friday.") == {}


def test_an_airport_named_after_a_king_stays_a_venue() -> None:
    assert persons("The plane landed at King Khalid International Airport on Monday.") == {}


# --- "Minister of State" is a title of its own ----------------------------------------------------------

def test_minister_of_state_before_a_name() -> None:
    found = persons("Minister of State Tamba Kanu opened the session in Freetown.")
    assert found["Tamba Kanu"].role == "Minister of State"


def test_minister_of_state_for_a_portfolio_before_a_name() -> None:
    found = persons("India's Minister of State for External Affairs Kirti Vardhan said the visit would go ahead.")
    assert found["Kirti Vardhan"].role == "Minister of State for External Affairs"


def test_a_german_rank_after_the_office_apposition_keeps_the_office() -> None:
    found = persons("Der Armeechef, General Tafadzwa Moyo, sagte, die Truppen würden abziehen.", "de")
    assert found["Tafadzwa Moyo"].role == "Armeechef"


# --- a plural German role for both states, then two names ---------------------------------------------

def test_the_presidents_of_both_states_then_two_names() -> None:
    found = persons("Die Präsidenten beider Länder, Kabo Sellami und Tamba Orazow, setzten ihre Unterschriften "
                    "unter den Vertrag.", "de")
    assert set(found) == {"Kabo Sellami", "Tamba Orazow"}
    assert found["Tamba Orazow"].role == "Präsident"
    assert found["Kabo Sellami"].country is None


def test_the_foreign_ministers_of_both_states_in_the_dative() -> None:
    found = persons("Der Bundesrat hat mit den Aussenministern der beiden Staaten, Kabo Sellami und Tamba Orazow, "
                    "telefoniert.", "de")
    assert found["Kabo Sellami"].role == "Aussenminister"
    assert found["Tamba Orazow"].role == "Aussenminister"


def test_a_singular_role_with_a_complement_keeps_it() -> None:
    found = persons("Der Präsident des Landes, Kabo Sellami, unterschrieb den Vertrag.", "de")
    assert found["Kabo Sellami"].role == "Präsident des Landes"


def test_the_foreign_ministers_of_both_countries_then_two_names() -> None:
    found = persons("The foreign ministers of both countries, Kabo Sellami and Tamba Orazow, spoke by phone on Monday.")
    assert set(found) == {"Kabo Sellami", "Tamba Orazow"}
    assert found["Tamba Orazow"].role == "foreign minister"


def test_both_states_named_before_give_the_names_their_states_in_order() -> None:
    found = persons("Kenia und Uganda verhandeln seit Monaten über die Grenze. Der Bundesrat hat mit den "
                    "Aussenministern beider Länder, Kabo Sellami und Tamba Orazow, telefoniert.", "de")
    assert (found["Kabo Sellami"].country, found["Tamba Orazow"].country) == ("KE", "UG")


def test_given_names_from_the_caucasus_and_central_asia() -> None:
    found = persons("Tigran Avagyan und Serdar Nurlyev trafen sich am Montag in Wien.", "de")
    assert set(found) == {"Tigran Avagyan", "Serdar Nurlyev"}


def test_a_writer_who_contributed_to_the_report_is_no_person() -> None:
    found = persons("Foreign Minister Tamba Kanu spoke in Freetown on Monday. "
                    "Associated Press writer Leila Ouhadi in Rabat contributed to this report.")
    assert set(found) == {"Tamba Kanu"}


def test_ex_president_is_a_role_not_part_of_the_name() -> None:
    found = persons("Ex-President Peter Eze said he would run again in 2027.")
    assert set(found) == {"Peter Eze"}
    assert found["Peter Eze"].role == "Ex-President"


def test_a_hyphenated_inspector_general_before_a_name() -> None:
    found = persons("Acting Inspector-General of Police Ekow Quaye said four suspects were held in Kumasi.")
    assert found["Ekow Quaye"].role == "Acting Inspector-General of Police"


def test_an_age_in_brackets_marks_a_person() -> None:
    assert set(persons("Im Jahr 2020 gewann Kabo Sello (54) die Wahl in Gaborone.", "de")) == {"Kabo Sello"}


def test_a_bracketed_number_after_an_article_and_a_noun_is_no_age() -> None:
    assert persons("Die Bundesstraße Nord (54) bleibt bis Freitag gesperrt.", "de") == {}
