"""Person countries from roles, datelines and the outlet's home (session 18), on invented sentences.

"DRC" names the Democratic Republic of Congo; "adviser in Peru's interim government" serves Peru; a UN agency's
acronym ("UNHCR", "UNFCCC") opens an international office.  Datelines of agency copy: "LIMA, 3rd March, 2027
(ANDINA) --", "Lima, Mar 3 (ANDINA) Peru and …", a known city alone before the report ("Lima. The …").  A
bare bench of domestic politics ("Opposition Leader") in a paper's report about another state is the paper's
own state's (the locale given with the article); an office seated in a place not known to lie in the home state
(„Chef der Führung in Tiraspol“) takes no outlet home.  "eastern Congo" names where, not who takes part.
"""

from __future__ import annotations

from lagebild.extract.clausecues import spatial
from lagebild.extract.placenames import dateline
from tests.support.extraction import doc_of


def countries(text: str, language: str = "en", locale: str | None = None) -> dict[str, str | None]:
    return {p.name: p.country for p in doc_of(text, language, locale=locale).persons}


def test_drc_before_an_office_names_the_congo() -> None:
    text = "Summit ends\n\nThe leaders met on Friday. DRC President Paul Kasongo joined by video."
    assert countries(text)["Paul Kasongo"] == "CD"


def test_a_state_genitive_with_a_qualifier_before_its_government() -> None:
    text = ("Water talks\n\nThe talks were chaired by Rosa Quispe, adviser for water in Peru's interim government, "
            "on Monday.")
    assert countries(text)["Rosa Quispe"] == "PE"


def test_a_un_agency_acronym_opens_an_international_office() -> None:
    text = ("Talks close\n\nBonn, 17 June 2027 – The talks in Bonn closed on Friday. Germany hosted them. "
            "UNFCCC Executive Secretary Amara Diallo said the money was short. Germany pledged more.")
    assert countries(text).get("Amara Diallo") is None


def test_agency_datelines_with_a_long_day_a_double_hyphen_or_no_dash() -> None:
    assert dateline("LIMA, 3rd March, 2027 (ANDINA) -- The minister met his guests.", "en") == "Lima"
    assert dateline("Lima, Mar 3 (ANDINA) Peru and Chile on Monday agreed to talk.", "en") == "Lima"
    assert dateline("Bonn, 17 June 2027 – The talks closed.", "en") == "Bonn"


def test_a_known_city_alone_before_the_report_is_its_dateline() -> None:
    assert dateline("Lima.", "en") == "Lima"
    assert dateline("Weather.", "en") is None


def test_an_opposition_leader_in_a_papers_report_about_another_state_is_the_papers() -> None:
    text = ("PM in Lima\n\nThe Prime Minister signed a deal with Peru in Lima. Peru will buy wheat. Peru's navy "
            "welcomed it. Peru and Australia will meet again in Peru next year.\n\n"
            "Opposition Leader Tom Hale said the deal was weak for Australia.")
    assert countries(text, locale="en-AU")["Tom Hale"] == "AU"


def test_an_office_seated_in_an_unknown_place_takes_no_outlet_home() -> None:
    text = ("Gespräche in Wien\n\nIn Wien beginnt eine Gesprächsrunde. Österreich ist Gastgeber. Die Republik Moldau "
            "und Österreich hoffen auf Fortschritte. Ob der Chef der Führung in Rybniza, Igor Sarow, anreist, "
            "war offen.")
    assert countries(text, "de", locale="de-AT").get("Igor Sarow") is None


def test_a_region_of_a_state_is_where_not_who() -> None:
    assert spatial("Leaders meet as eastern ", "en")
    assert spatial("fighting in south-eastern ", "en")


def test_a_security_conferences_chairman_acts_for_no_state() -> None:
    en = ("Budget row\n\nCANBERRA – Australia will raise defence spending, Australia's government said. Australia "
          "and Japan will talk. Tom Berg, chairman of the Pacific Security Conference, agreed.")
    assert countries(en, locale="en-AU").get("Tom Berg") is None
    de = ("Haushalt\n\nBerlin – Deutschland erhöht die Ausgaben. Deutschland und Frankreich beraten. Deutschland "
          "zahlt. Der Vorsitzende der Hamburger Sicherheitskonferenz, Tom Berg, stimmte zu.")
    assert countries(de, "de", locale="de-DE").get("Tom Berg") is None
