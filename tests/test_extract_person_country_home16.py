"""Person countries from the home of a report (issue #13, third round), on invented sentences.

A dateline in the forms news agencies write ("LIMA, Peru —", „Quito, 21.04.2027 –“, "Accra, Feb. 9, GNA –",
"NAIROBI:") names the report's city.  A government office named bare in a paper's report is the paper's own
country's (a paper gives foreign office holders their state), also when the report names the other side more
often — not a head of state's or a secretary-general's title, not a negotiator's, not in a report datelined
in another state.
"""

from __future__ import annotations

from lagebild.extract.countryhints import dateline_state
from lagebild.extract.placenames import dateline
from tests.support.extraction import doc_of


def countries(text: str, language: str = "en", locale: str | None = None) -> dict[str, str | None]:
    return {p.name: p.country for p in doc_of(text, language, locale=locale).persons}


def test_datelines_with_a_country_a_numeric_date_or_an_agency_after_a_comma() -> None:
    assert dateline("LIMA, Peru — Lima and Santiago will meet again.", "en") == "Lima"
    assert dateline("Quito, 21.04.2027 – Die Regierung hat beschlossen.", "de") == "Quito"
    assert dateline("Accra, Feb. 9, GNA – Ghana and Peru signed two accords.", "en") == "Accra"


def test_no_dateline_when_the_word_after_the_comma_is_no_country() -> None:
    assert dateline("Lima, Quito – beide Städte wollen verhandeln.", "de") is None


_CHILE_TALKS = ("Peru and Chile to resume border talks\n\n"
                "LIMA, Peru — Lima and Santiago will resume talks on the maritime border on Monday, a week after a "
                "Chilean patrol boat stopped a Peruvian trawler. Chilean Foreign Minister Jorge Alvear said "
                "Chile wanted calm. Bolivia will send an observer.\n\n"
                "Trade Secretary Ana Quispe confirmed the date on Friday. Chile's navy said the patrol was routine.")


def test_a_bare_office_in_a_papers_report_from_its_own_country() -> None:
    found = countries(_CHILE_TALKS, locale="en-PE")
    assert found["Ana Quispe"] == "PE"
    assert found["Jorge Alvear"] == "CL"


def test_no_home_without_the_outlets_country() -> None:
    assert countries(_CHILE_TALKS).get("Ana Quispe") is None


def test_a_colon_dateline_in_capitals_names_its_citys_state() -> None:
    doc = doc_of("Budget talks stall\n\nNAIROBI: The Treasury will publish the budget on Monday.", "en")
    assert dateline_state(doc) == "KE"


# A New Zealand paper's report: its own officials bare, the others with their state.
_APIA_TRIP = ("Minister to fly to Apia as Samoa vote nears\n\n"
              "Foreign Minister Mere Tawhiri will travel to Apia on Saturday for the vote.\n\nSamoa's parliament "
              "chooses a new speaker next week. Wellington worries that China could gain influence. New Zealand "
              "gives Samoa about $40 million a year. Tongan Foreign Minister Sione Fifita will also attend.")


def test_a_bare_office_in_a_papers_report_is_its_own_countrys() -> None:
    found = countries(_APIA_TRIP, locale="en-NZ")
    assert found["Mere Tawhiri"] == "NZ"
    assert found["Sione Fifita"] == "TO"


def test_no_outlets_state_without_a_locale() -> None:
    assert countries(_APIA_TRIP).get("Mere Tawhiri") is None


def test_no_outlets_state_for_a_bare_president() -> None:
    text = ("Talks on Samoa's future\n\nNew Zealand will send an observer. President Tavita Leota said on "
            "Monday that the vote would go ahead.")
    assert countries(text, locale="en-NZ").get("Tavita Leota") != "NZ"


def test_no_outlets_state_in_a_report_datelined_in_another_state() -> None:
    text = ("Wharf deal signed\n\nAPIA, Samoa — New Zealand and Australia will pay for a new wharf. New Zealand "
            "engineers arrive next week.\n\nForeign Minister Sina Alapati said the work would start in May.")
    assert countries(text, locale="en-NZ").get("Sina Alapati") != "NZ"


def test_the_one_who_announces_what_the_clause_before_says() -> None:
    text = ("Border talks in Wellington\n\nTalks between Chile's foreign minister and Bolivia's trade minister "
            "will take place in Wellington next week, "
            "Foreign Minister Mere Tawhiri announced on Monday. New Zealand has offered to host the talks.")
    assert countries(text, locale="en-NZ")["Mere Tawhiri"] == "NZ"


def test_a_negotiator_serves_the_side_that_sent_him_not_the_outlets_state() -> None:
    text = ("Georgien und Russland verhandeln in Wien\n\nÖsterreich richtet die Gespräche aus. Sie dauern drei Tage. "
            "Chefverhandler Lasar Dschopua sagte, man sei zu Kompromissen bereit.")
    assert countries(text, "de", locale="de-AT").get("Lasar Dschopua") != "AT"


def test_a_bare_office_in_an_austrian_papers_report_from_vienna() -> None:
    text = ("Außenministerin berichtet\n\nWien (APA) – Außenministerin Erika Haslinger hat am Mittwoch über "
            "den Gipfel in Skopje berichtet. Der serbische Außenminister Milan Petrović sagte ihr zu, "
            "die Gespräche fortzusetzen. Serbien und Österreich wollen enger zusammenarbeiten.")
    found = countries(text, "de", locale="de-AT")
    assert found["Erika Haslinger"] == "AT"
    assert found["Milan Petrović"] == "RS"


def test_a_senator_of_a_city_state_in_a_german_domestic_report() -> None:
    text = ("Haushalt in Hamburg\n\nDie CDU und die SPD haben sich in Hamburg auf den Haushalt geeinigt. "
            "Die SPD-Fraktion stimmte zu. Innensenatorin Petra Lüders sagte, die Zahlen stünden.")
    assert countries(text, "de")["Petra Lüders"] == "DE"


def test_the_head_of_a_business_association_acts_for_no_state() -> None:
    text = ("Zölle auf Maschinen\n\nChina erhebt neue Zölle. China will damit die eigene Industrie schützen. "
            "„Das trifft uns hart“, sagte VDMA-Präsident Karl Brenner. China und die EU verhandeln.")
    assert countries(text, "de").get("Karl Brenner") is None


def test_a_regional_blocs_secretary_general_acts_for_no_state() -> None:
    text = ("Summit opens\n\nHaiti will not be represented at the summit, CARICOM Secretary-General Ruth Belle "
            "confirmed. Haiti has asked for more police.")
    assert countries(text).get("Ruth Belle") is None
