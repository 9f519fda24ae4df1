"""Heads of companies, unions, associations, charities and universities act for no state (issue #13).

CONVENTIONS §3: the country is the state a person acts for; people who act for no state get none.
Invented sentences in domestic-politics articles, whose country every office holder would otherwise
take as a guess.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

GERMAN = ("Wien – Österreich streitet über das Budget. Die Regierung in Wien verhandelt, Österreichs Parteien "
          "streiten, in Österreich wächst der Unmut. {sentence} Bundeskanzler Christian Stocker sagte am Mittwoch, "
          "er setze auf Gespräche mit Österreichs Sozialpartnern.")
ENGLISH = ("NEW DELHI – India's budget dispute deepened on Thursday. India's parties argued, and in India the "
           "protests grew. {sentence} Commerce Minister Piyush Rao said India would not give in.")


def countries(text: str, language: str) -> dict[str, str | None]:
    doc = doc_of(text, language, "2026-11-20", locale="de-AT" if language == "de" else None)
    return {p.name: p.country for p in doc.persons}


@pytest.mark.parametrize(("sentence", "name"), [
    ("ÖGB-Präsident Martin Haider drohte mit Streiks.", "Martin Haider"),
    ("Der Präsident des Bauernverbands, Josef Moosbrugger, sprach von Erpressung.", "Josef Moosbrugger"),
    ("Volkswagen-Vorstandschef Oliver Blume kündigte Kürzungen an.", "Oliver Blume"),
    ("Die Vorsitzende der Caritas, Anna Lechner, forderte Hilfen.", "Anna Lechner"),
    ("Der Rektor der Universität Wien, Sebastian Schütze, warnte vor Kürzungen.", "Sebastian Schütze"),
])
def test_german_heads_of_non_state_bodies_get_no_country(sentence: str, name: str) -> None:
    found = countries(GERMAN.format(sentence=sentence), "de")
    assert found[name] is None
    assert found["Christian Stocker"] == "AT"  # the state's office holder keeps the article's country


@pytest.mark.parametrize(("sentence", "name"), [
    ("Tata Steel chief executive Naveen Bhatia said exports had fallen.", "Naveen Bhatia"),
    ("The general secretary of the All India Trade Union Congress, Amarjeet Singh, said workers would strike.",
     "Amarjeet Singh"),
    ("Union leader Ravi Menon called the plan a betrayal.", "Ravi Menon"),
])
def test_english_heads_of_non_state_bodies_get_no_country(sentence: str, name: str) -> None:
    found = countries(ENGLISH.format(sentence=sentence), "en")
    assert found[name] is None
    assert found["Piyush Rao"] == "IN"


def test_a_party_board_is_politics_not_a_company() -> None:
    found = countries(GERMAN.format(sentence="ÖVP-Parteivorstand Karl Nehrer kritisierte die Grünen."), "de")
    assert found["Karl Nehrer"] == "AT"


def home_countries(text: str, locale: str | None) -> dict[str, str | None]:
    return {p.name: p.country for p in doc_of(text, "en", "2026-11-20", locale=locale).persons}


DOMESTIC = ("NAIROBI – Deputy President Kithure Mwangi yesterday defended the Finance Bill. "
            "Senator Edwin Sifuna said the bill would hurt families.")


def test_domestic_offices_in_a_home_report_are_the_home_states() -> None:
    found = home_countries(DOMESTIC, "en-KE")
    assert found["Kithure Mwangi"] == "KE"
    assert found["Edwin Sifuna"] == "KE"


def test_without_the_outlets_country_a_dateline_alone_says_nothing() -> None:
    assert home_countries(DOMESTIC, None)["Kithure Mwangi"] is None
    assert home_countries(DOMESTIC, "en-GB")["Kithure Mwangi"] is None  # a foreign correspondent's dateline


def test_a_visitor_is_not_the_home_states_a_bare_office_is() -> None:
    text = ("NAIROBI – Senator Edwin Sifuna arrived in Nairobi on a state visit. "
            "Foreign Minister Musa Kirui met Uganda's envoy on Tuesday.")
    found = home_countries(text, "en-KE")
    assert found["Edwin Sifuna"] is None
    # (once None: "the report names another state, the minister could be its"; but Uganda's is the envoy, and a
    # Kenyan paper names a foreign minister with his state — bare, the office is Kenya's: homeoffices.outlet_home)
    assert found["Musa Kirui"] == "KE"


@pytest.mark.parametrize(("text", "language", "name", "wrong"), [
    ("Foreign Minister Musa Kirui met Uganda's envoy in Kampala on Tuesday.", "en", "Musa Kirui", "UG"),
    ("Außenminister Karl Brenner traf am Dienstag den ugandischen Gesandten.", "de", "Karl Brenner", "UG"),
])
def test_a_country_that_qualifies_another_office_is_not_the_persons(text: str, language: str, name: str,
                                                                   wrong: str) -> None:
    assert countries(text, language)[name] != wrong


def test_a_countrys_office_before_the_persons_name_is_still_theirs() -> None:
    assert countries("Uganda's envoy Musa Kirui met Kenyan officials on Tuesday.", "en")["Musa Kirui"] == "UG"


def outlet_countries(text: str, url: str | None, outlet: str | None,
                     locale: str | None = None) -> dict[str, str | None]:
    return {p.name: p.country for p in doc_of(text, "en", "2026-11-20", locale=locale, url=url, outlet=outlet).persons}


# Invented: an outlet's own foreign minister named bare, in a report that names the home state and another one.
BARE_AT_HOME = ("Talks between Russia and Ukraine will resume in Istanbul next week. Foreign Minister Olena "
                "Marchuk said the talks would cover prisoner exchanges.")


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://harbourledger.example.com.ua/en/talks-resume", "Harbour Ledger"),  # the country-code domain
    (None, "Harbour Ledger (Kyiv edition)"),  # a city in the outlet's name
])
def test_the_outlets_address_or_name_tells_its_home_state(url: str | None, outlet: str) -> None:
    assert outlet_countries(BARE_AT_HOME, url, outlet)["Olena Marchuk"] == "UA"


@pytest.mark.parametrize(("url", "outlet", "locale"), [
    (None, "Harbour Ledger", None),  # nothing tells the outlet's state
    ("https://harbourledger.example.io/talks", "Harbour Ledger", None),  # a generic name sold as a country code
    (None, "Harbour Ledger (Kyiv or Moscow)", None),  # two states in its name: neither
    ("https://harbourledger.example.com.ua/en/talks", "Harbour Ledger", "en-GB"),  # a locale given wins
])
def test_no_outlet_state_without_one_clear_sign(url: str | None, outlet: str, locale: str | None) -> None:
    assert outlet_countries(BARE_AT_HOME, url, outlet, locale)["Olena Marchuk"] is None
