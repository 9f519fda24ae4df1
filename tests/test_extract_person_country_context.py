"""A person's country comes from their role and their own context (issue #13).

Invented sentences.  Never from a country that qualifies another person's office in the sentence
before, never from the country the text only names as a topic of the sentence before, a federal
spokesman's from the city of their own sentence, a city's office from that city.
"""

from __future__ import annotations

from support.extraction import doc_of


def countries(text: str, language: str) -> dict[str, str | None]:
    return {p.name: p.country for p in doc_of(text, language).persons}


def test_the_country_of_another_persons_office_is_not_the_next_persons() -> None:
    text = ("Ukrainian and Russian negotiators met in Geneva on Monday. Swiss Foreign Minister Urs Brand hosted "
            "the talks. Olek Sybenko, the country's foreign minister, said a ceasefire was needed.")
    assert countries(text, "en")["Olek Sybenko"] != "CH"


def test_a_topic_of_the_sentence_before_is_no_persons_country() -> None:
    text = ("The Senate passed an aid package for Ukraine on Tuesday. "
            "Majority Leader John Thorne said the vote sent a message.")
    assert countries(text, "en")["John Thorne"] != "UA"


def test_a_federal_spokesman_in_berlin_is_german_whatever_the_paragraph() -> None:
    text = ("Wien (APA) – Österreichs Außenministerin Clara Hofer empfing am Montag in Wien Gäste. "
            "Regierungssprecher Stefan Maier sagte in Berlin, die Bundesregierung begrüße den Dialog.")
    assert countries(text, "de")["Stefan Maier"] == "DE"


def test_a_city_office_is_its_countrys() -> None:
    assert countries("Der Bürgermeister von Kiew, Vitali Klitschko, kritisierte die Gespräche.", "de")[
        "Vitali Klitschko"] == "UA"


def roles(text: str, language: str) -> dict[str, str | None]:
    return {p.name: p.role for p in doc_of(text, language).persons}


def test_a_role_noun_as_the_object_of_anothers_act_gives_no_role() -> None:
    text = "The palace said Olaf Berger would attend. The Foreign Office summoned the ambassador."
    assert roles(text, "en")["Olaf Berger"] is None


def test_a_role_noun_speaking_takes_up_the_person_last_named() -> None:
    text = "Anna Roth war skeptisch. Eine Lösung sei fern, sagte die Analystin."
    assert roles(text, "de")["Anna Roth"] == "Analystin"
