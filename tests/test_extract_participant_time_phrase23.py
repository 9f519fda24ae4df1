"""A country acting around a time phrase is no party of the event the phrase names (issue #13, session 23).

„Vor dem Gipfel … streiten X und Y“, "…, ahead of the summit": the event inside the phrase is only the time
of the act around it.  Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Vor dem Gipfeltreffen in Brüssel am Donnerstag streiten Deutschland und Frankreich über die Schuldenregeln.",
     "de", {"DE", "FR"}),
    ("Vor dem Treffen der Außenminister am Montag in Genf hat Polen neue Forderungen gestellt.", "de", {"PL"}),
    ("Die Schweiz unterstützt den Prozess seit den ersten Gesprächen der beiden Nachbarn im Mai 2025.", "de",
     {"CH"}),
    ("Ahead of the summit in Brussels on Thursday, Germany and France clashed over the debt rules.", "en",
     {"DE", "FR"}),
    ("Norway sent a mediator to Bamako ahead of the regional summit on Friday.", "en", {"NO"}),
])
def test_who_acts_around_a_time_phrase_is_no_party_of_its_event(text: str, language: str, absent: set[str]) -> None:
    found = [e for e in events_of(text, language) if absent & set(e.participants)]
    assert not found, found


@pytest.mark.parametrize(("text", "language", "kept"), [
    # the phrase names the other side: the doer is the first side
    ("Vor dem Treffen mit Polen am Montag in Genf hat Litauen neue Forderungen gestellt.", "de", "LT"),
    ("Ahead of the talks with Iran on Thursday, Norway proposed a new venue.", "en", "NO"),
    # an election's party is its state
    ("Seit der Parlamentswahl am 3. März ist Portugal ohne neue Regierung.", "de", "PT"),
    # at the event („bei“), the doer takes part
    ("Bei dem Treffen in Wien am Montag einigten sich Serbien und Kosovo auf einen Fahrplan.", "de", "RS"),
    # inside the phrase, its own parties stay
    ("Vor den Gesprächen zwischen Armenien und Aserbaidschan am Montag in Genf ist die Stimmung gedrückt.", "de",
     "AM"),
])
def test_a_time_phrase_keeps_its_own_and_named_sides(text: str, language: str, kept: str) -> None:
    assert any(kept in e.participants for e in events_of(text, language))


# --- a country qualifying a one-person office that an apposition then names ---


@pytest.mark.parametrize(("text", "language", "absent", "person"), [
    ("Der Leiter der ukrainischen Delegation, Oleksandr Bondar, sagte am Montag, die Gespräche seien konstruktiv "
     "gewesen.", "de", "UA", "Oleksandr Bondar"),
    ("The head of the Ukrainian delegation, Oleksandr Bondar, said on Monday that the talks had been constructive.",
     "en", "UA", "Oleksandr Bondar"),
    ("Der Vertreter Ungarns, Botschafter Zoltán Kiss, stimmte am Montag in Brüssel gegen den Beschluss.", "de",
     "HU", "Zoltán Kiss"),
])
def test_a_country_in_a_named_persons_office_is_no_party(text: str, language: str, absent: str,
                                                         person: str) -> None:
    events = events_of(text, language)
    assert any(person in e.participants for e in events), events
    assert not [e for e in events if absent in e.participants]


@pytest.mark.parametrize(("text", "language", "kept"), [
    # the group itself acts
    ("Die ukrainische Delegation unter Leitung von Oleksandr Bondar traf am Montag in Istanbul ein.", "de", "UA"),
    # the apposition names more than one: the list's states stay as they were
    ("The foreign ministers of Poland and Lithuania, Adam Nowak and Rasa Kalniete, met in Vilnius on Monday.",
     "en", "PL"),
])
def test_a_country_whose_group_acts_stays(text: str, language: str, kept: str) -> None:
    assert any(kept in e.participants for e in events_of(text, language))


# --- a topic's list and a question the event is about ---


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Die Gespräche am Montag in Vilnius drehten sich um Russland und Belarus.", "de", "BY"),
    ("The talks on Monday in Vilnius focused on Russia and Belarus.", "en", "BY"),
    ("Polen und Litauen berieten am Montag in Vilnius darüber, wie man Russland begegnen könne.", "de", "RU"),
    ("Poland and Lithuania held talks in Vilnius on Monday on how to counter Russia.", "en", "RU"),
])
def test_a_topics_list_and_question_name_no_party(text: str, language: str, absent: str) -> None:
    events = events_of(text, language)
    assert events, "the event not told"
    assert not [e for e in events if absent in e.participants]


def test_a_list_after_the_other_side_stays() -> None:
    text = "Adam Nowak führte am Montag in Vilnius Gespräche mit Litauen und Lettland."
    assert any("LV" in e.participants for e in events_of(text, "de"))


# --- a clause of time with a country as subject tells another act ---


@pytest.mark.parametrize(("text", "language"), [
    ("The ministers met in Geneva on Monday, the first such meeting since Russia invaded Ukraine.", "en"),
    ("Die Minister trafen sich am Montag in Genf, das erste solche Treffen seit Russland die Ukraine angriff.", "de"),
])
def test_countries_of_a_time_clause_are_no_parties(text: str, language: str) -> None:
    events = events_of(text, language)
    assert events, "the event not told"
    assert not [e for e in events if {"RU", "UA"} & set(e.participants)]


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Die Ukraine verhandelt seit Montag mit Russland in Genf.", "de", "RU"),
    ("Since Azerbaijan retook the region in an offensive in May 2025, Armenia has sought talks.", "en", "AZ"),
])
def test_a_time_clause_keeps_the_event_it_holds_and_a_time_phrase(text: str, language: str, kept: str) -> None:
    assert any(kept in e.participants for e in events_of(text, language))


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("While Germany hesitated, France and Italy agreed on the plan in Rome on Monday.", "en", "DE"),
    ("Während Deutschland noch zögerte, einigten sich Frankreich und Italien am Montag in Rom auf den Plan.", "de",
     "DE"),
    ("Serbia and Kosovo met in Brussels on Monday while Russia warned against the deal.", "en", "RU"),
])
def test_countries_of_a_clause_of_contrast_are_no_parties(text: str, language: str, absent: str) -> None:
    events = events_of(text, language)
    assert events, "the event not told"
    assert not [e for e in events if absent in e.participants]
