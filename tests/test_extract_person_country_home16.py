"""Person countries from the home of a report (issue #13, third round), on invented sentences.

A dateline in the forms news agencies write ("LIMA, Peru —", „Quito, 21.04.2027 –“, "Accra, Feb. 9, GNA –",
"KINGSTON:") names the report's city; a bare office in a paper's report from its own country is that
country's, also when the report names the other side more often.
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
