"""Participants carried from context into an event whose own sentence does not name them (issue #13):
a report of the sentence before ("Das teilte X mit") takes none of the reported event's sides, and a
headline's names join the event only from the headline's item that tells it.

Every text here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of


def _with(events: list, name: str) -> list:
    return [e for e in events if name in e.participants]


# -- eventcontext.from_antecedent: a report by a pronoun is the teller's, not the reported sides'

def test_a_report_of_the_sentence_before_takes_none_of_its_sides() -> None:
    text = ("Treffen in Genf\n\nIm Streit um die Grenze setzen sich Norwegen und Schweden am kommenden Montag "
            "in Genf an einen Tisch. Das teilte das Departement für Verkehr und Umwelt am Mittwoch mit.")
    events = events_of(text, "de", "2026-03-18")
    assert any(e.date == "2026-03-23" and "NO" in e.participants for e in events), "the meeting not told"
    assert not [e for e in _with(events, "NO") if e.date == "2026-03-18"]


def test_a_pointing_back_sentence_that_is_no_report_still_takes_the_sides() -> None:
    text = "Norway and Sweden will meet in Geneva on Monday. This could happen as early as Friday."
    events = events_of(text, "en", "2026-03-18")
    assert any(e.date == "2026-03-20" and "NO" in e.participants for e in events)


# -- undated.place_undated: a headline of two items of news

@pytest.mark.parametrize(("text", "carried", "kept"), [
    ("Border diplomacy: Chile, Peru talks set for Quito as Mercosur summit opens\n\n"
     "Chile's Foreign Minister Ana Roja and Peruvian Foreign Minister Luis Vela will meet in Quito on Friday "
     "for talks on fishing rights.", "Mercosur", "CL"),
    ("Morning Brief: UN vote on Haiti force, EU-Japan summit postponed, new tariffs on steel\n\n"
     "The EU-Japan summit that was planned for March 30 in Tokyo has been postponed.", "UN", "JP"),
])
def test_whom_another_item_of_the_headline_names_is_not_carried(text: str, carried: str, kept: str) -> None:
    events = events_of(text, "en", "2026-03-18")
    assert _with(events, kept), f"{kept} not kept"
    assert not [e for e in events if carried in e.participants and kept in e.participants]


def test_an_item_without_names_carries_no_one_from_the_item_before() -> None:
    text = ("Biden and Kishida agree to extend chip truce, eye May visit\n\n"
            "US President Joe Biden and Japanese Prime Minister Fumio Kishida agreed on Monday to extend a truce "
            "on chip tariffs. Biden said afterward that he would travel to Tokyo in May, a trip Japanese officials "
            "have not yet confirmed.")
    trip = [e for e in events_of(text, "en", "2026-03-18") if e.date == "2026-05"]
    assert trip and "Joe Biden" in trip[0].participants, "the trip not told"
    assert "Fumio Kishida" not in trip[0].participants


# -- personrefs.referred_persons: a definite title that is the whole name of a body the article names

def test_the_council_by_its_title_is_not_one_of_its_members() -> None:
    text = ("Gespräche in Genf\n\nBern, 21.04.2026 – Der Bundesrat hat an seiner Sitzung vom 21. April 2026 "
            "beschlossen, im Mai eine neue Runde der Gespräche zwischen Norwegen und Schweden auszurichten. "
            "Die Gespräche sollen vom 10. bis 12. Mai in Genf stattfinden. Bundesrat Marco Keller wird die "
            "Delegationen am ersten Tag empfangen.")
    events = events_of(text, "de", "2026-04-21")
    session = [e for e in events if e.date == "2026-04-21"]
    assert session and "Bundesrat" in session[0].participants, "the council's session not told"
    assert "Marco Keller" not in session[0].participants


def test_a_member_by_the_feminine_title_is_still_taken_up() -> None:
    text = ("Bern (sda) – Der Bundesrat will im Mai eine neue Gesprächsrunde zwischen Norwegen und Schweden in "
            "Genf ausrichten. Bundesrätin Anna Keller wird die Delegationen empfangen. Die Bundesrätin sagte am "
            "Dienstag, die Schweiz sei bereit.")
    said = [e for e in events_of(text, "de", "2026-04-22") if e.date == "2026-04-21"]
    assert said and "Anna Keller" in said[0].participants


# -- eventattach.attach: a cue of taking part only in the clause of who stays away

def test_a_cue_only_in_an_absence_clause_adds_no_one_to_the_event_before() -> None:
    text = ("Norway and Sweden will hold talks in Oslo next week.\n\nTheir deputies met in Bergen on Saturday to "
            "prepare the agenda. Finland and Denmark have sent observers to the border, while Iceland declined "
            "to take part.")
    met = [e for e in events_of(text, "en", "2026-03-18") if e.date == "2026-03-14"]
    assert met, "the deputies' meeting not told"
    assert not {"FI", "DK", "IS"} & set(met[0].participants)


# -- eventattach.attach: a pluperfect with a time of its own tells an earlier act

def test_a_pluperfect_with_its_own_earlier_time_adds_no_one() -> None:
    text = ("Nach langem Streit haben Norwegen und Schweden am Donnerstag in Oslo ein Abkommen über ihre Grenze "
            "unterzeichnet. Dänemark hatte die Gespräche seit dem Frühjahr vermittelt.")
    signed = [e for e in events_of(text, "de", "2026-03-20") if e.date == "2026-03-19"]
    assert signed and "NO" in signed[0].participants, "the signing not told"
    assert "DK" not in signed[0].participants


def test_a_pluperfect_without_a_time_of_its_own_still_adds_its_parties() -> None:
    text = ("Nach langem Streit haben Norwegen und Schweden am Donnerstag in Oslo ein Abkommen über ihre Grenze "
            "unterzeichnet. Vermittler aus Dänemark hatten versucht, die Positionen anzunähern.")
    signed = [e for e in events_of(text, "de", "2026-03-20") if e.date == "2026-03-19"]
    assert signed and "DK" in signed[0].participants


# -- eventattach.attach: a later sentence's clause of circumstance, a date in it too

def test_a_circumstance_clause_with_a_date_adds_no_one_to_the_event_before() -> None:
    text = ("Chile buys Kansas wheat\n\nTOPEKA — A trade delegation from Chile signed letters of intent Wednesday "
            "to buy up to $1.2 billion worth of Kansas wheat over the next two years, in a ceremony at the Kansas "
            "State Capitol.\n\nThe mission, led by Chile's deputy minister of agriculture, Ana Roja, comes as "
            "growers are still reeling from Beijing's decision in October to slap 25% tariffs on U.S. wheat.\n\n"
            "Until then, about 60% of Kansas wheat exports had gone to China.")
    signed = [e for e in events_of(text, "en", "2026-03-19") if "CL" in e.participants]
    assert signed and "Ana Roja" in signed[0].participants, "the signing or its leader not told"
    assert "US" not in signed[0].participants


def test_a_standing_demand_for_months_adds_no_one_to_the_arrival_before() -> None:
    text = ("Der norwegische Vizepremier Ola Berg traf bereits am Montagabend in Wien ein. Er verlangt seit Monaten "
            "den Abzug der rund 1.000 schwedischen Soldaten, die noch in der Region stationiert sind.")
    arrived = [e for e in events_of(text, "de", "2026-03-18") if e.date == "2026-03-16"]
    assert arrived and "Ola Berg" in arrived[0].participants, "the arrival not told"
    assert "SE" not in arrived[0].participants
