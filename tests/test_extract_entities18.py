"""Organisations and places, round 18: more national capitals, a source before "Kigali", a body's long name
before its acronym, a state's formal name, the Staatskanzlei as a venue.  Every sentence is invented; each
test fails without the rule it names."""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.doc import Doc
from lagebild.extract.pipeline import build_doc


def _doc(text: str, language: str) -> Doc:
    return build_doc(Article(path="seeds/x.txt", name="x.txt", text=text, digest="0", language=language,
                             locale=None))


def _places(text: str, language: str) -> list[str]:
    return [p.name for p in _doc(text, language).places]


def _orgs(text: str, language: str) -> list[str]:
    return [o.name for o in _doc(text, language).organizations]


def test_more_national_capitals_are_places_where_named_as_locations() -> None:
    assert _places("Die erste Runde hatte im Herbst in Caracas stattgefunden, die zweite in Havanna.", "de") \
        == ["Caracas", "Havanna"]
    assert _places("The delegation arrived in Valletta on Monday.", "en") == ["Valletta"]
    # still a government where it acts
    assert _places("Caracas wies die Vorwürfe am Montag zurück.", "de") == []


def test_a_source_before_the_comma_makes_no_list_with_the_city() -> None:
    # "according to X, Kigali has …": the city opens the clause and acts as its government
    assert _places("According to Reuters, Kigali has rejected the claim.", "en") == []
    assert _places("The envoy flew to Nairobi, Kigali and Kampala.", "en") == ["Nairobi", "Kigali", "Kampala"]


def test_a_compound_head_opens_the_long_name_before_an_acronym() -> None:
    orgs = _orgs("Nach Angaben des Bundesverbands Binnenschifffahrt Häfen und Logistik (BBL) stieg die Zahl.", "de")
    assert orgs == ["Bundesverband Binnenschifffahrt Häfen und Logistik"]
    orgs = _orgs("Die Regierung verhandelt mit der Rebellengruppe Vereinte Befreiungsarmee (FRU) in Oslo.", "de")
    assert "Vereinte Befreiungsarmee" in orgs
    # the genitive head of a spelled name is in the nominative too
    assert _orgs("Ein Sprecher des Bundesamts für Verkehr (BAV) sagte am Montag, man prüfe das.", "de") \
        == ["Bundesamt für Verkehr"]


def test_a_states_formal_name_is_no_organisation() -> None:
    doc = _doc("The delegate of the Russian Federation spoke after the envoy of the Democratic Republic of "
               "Congo (DRC) on Monday.", "en")
    assert [o.name for o in doc.organizations] == []
    assert {c.code for c in doc.countries} >= {"RU", "CD"}


def test_the_staatskanzlei_is_a_place_where_named_as_a_location() -> None:
    assert _places("Die Ministerpräsidentin empfing den Gast in der Staatskanzlei in Erfurt.", "de") \
        == ["Staatskanzlei", "Erfurt"]
    assert _places("Die Staatskanzlei teilte am Montag mit, man sei zufrieden.", "de") == []


def test_a_chamber_of_commerce_is_an_organisation_and_no_person() -> None:
    doc = _doc("Die Regierung hat die Maut beschlossen. Auch die Industrie- und Handelskammer Potsdam warnte vor "
               "den Folgen.", "de")
    assert [o.name for o in doc.organizations] == ["Industrie- und Handelskammer Potsdam"]
    assert [p.name for p in doc.persons] == []
    assert [p.name for p in doc.places] == []  # the city inside the chamber's name is no place
    # the short form and its city, named again bare: one chamber
    assert _orgs("Die Regierung hat die Maut beschlossen. Die IHK Erfurt warnte. Die IHK will klagen.", "de") \
        == ["IHK Erfurt"]


def test_a_truncated_compound_at_the_start_is_no_dateline() -> None:
    assert _places("Auch die Industrie- und Handelskammer warnte vor den Folgen der Maut.", "de") == []


def test_international_and_federal_bodies_of_the_lexicon() -> None:
    assert _orgs("Beamte der Bundespolizei kontrollierten am Montag die Grenze.", "de") == ["Bundespolizei"]
    # the long name and its acronym are one body
    assert _orgs("The World Food Programme said aid was stuck. The WFP added that Interpol had been told.", "en") \
        == ["World Food Programme", "Interpol"]


def test_a_capitals_possessive_act_is_its_government() -> None:
    assert _places("Farmers are still reeling from Beijing's decision in May to raise duties.", "en") == []
    assert _places("The patrol came from Moscow's northern suburbs.", "en") == ["Moscow"]


def test_the_horn_of_africa_and_a_capitol_are_places() -> None:
    assert _places("The envoy called for calm in the Horn of Africa on Monday.", "en") == ["Horn of Africa"]
    assert _places("The deal was signed at the Kansas State Capitol on Monday.", "en") == ["Kansas State Capitol"]


def test_a_known_city_and_a_full_stop_open_the_report() -> None:
    assert _places("Mombasa. Leaders of the bloc yesterday called for a ceasefire.", "en") == ["Mombasa"]
    # an unknown word and a full stop is no dateline
    assert _places("Ceasefire. Leaders of the bloc yesterday called for one.", "en") == []


def test_more_cities_of_the_gazetteer() -> None:
    assert _places("We cannot wait, said the people of Juba, Malakal and Wau on Monday.", "en") \
        == ["Juba", "Malakal", "Wau"]
    assert _places("The boat was stopped 150 miles north of Broome on Tuesday.", "en") == ["Broome"]


def test_a_venue_before_its_acronym_is_no_body() -> None:
    doc = _doc("Leaders met on Monday. The summit was held at the Mombasa International Conference Centre (MICC) "
               "in Kenya. The MICC was full.", "en")
    assert [o.name for o in doc.organizations] == []
    assert [p.name for p in doc.places] == ["Mombasa International Conference Centre"]


def test_a_titles_feminine_abbreviation_is_no_body_and_no_place() -> None:
    doc = _doc("Die Regierung plant eine Reise. SRS'in Muster: Ich darf Ihnen die Reise ankündigen.", "de")
    assert [o.name for o in doc.organizations] == []
    assert [p.name for p in doc.places] == []


def test_a_meetings_morning_session_is_no_body() -> None:
    assert _orgs("Security Council, 9001st Meeting (AM). The Council met on Monday.", "en") == ["Security Council"]


def test_states_of_india_and_australia_are_regions() -> None:
    assert _places("Officials met on Monday. The river flows on through Assam. Greco met the Northern "
                   "Territory's cattle farmers.", "en") == ["Assam", "Northern Territory"]
    # the office's land is no place
    assert _places("Officials met on Monday. Kerala Chief Minister Roy said she was not consulted.", "en") == []


def test_a_known_city_in_a_timeline_subheading_is_a_place() -> None:
    text = ("Die Verhandlungen gehen weiter.\n\nChronologie\n\n3. Mai 2024: Erste Runde in Montevideo\n\n"
            "1. Juli: Zweite Runde in Lima\n\nDie dritte Runde ist für den Herbst geplant.")
    assert _places(text, "de") == ["Montevideo", "Lima"]


def test_the_african_union_commission_is_its_own_body() -> None:
    assert _orgs("Ministers met on Monday. Jane Roe, Chairperson of the African Union Commission, welcomed the "
                 "meeting.", "en") == ["African Union Commission"]


def test_a_country_in_brackets_is_no_acronym_of_the_words_before() -> None:
    orgs = _orgs("Ministers met on Monday. Speaking for his state, Council President Kofi Mensah (Ghana) said the "
                 "plan was sound.", "en")
    assert not any("Mensah" in org for org in orgs)


def test_a_pronoun_before_in_and_a_city_names_the_people_there() -> None:
    assert _places("Das haben wir unterschätzt, auch wir in Wien nicht ausgenommen.", "de") == []
    assert _places("Wir trafen uns am Montag in Wien.", "de") == ["Wien"]
