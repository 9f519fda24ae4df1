"""An event told again with a definite noun, programme names and correction notes: no new event.

Every sentence here is invented for the test; each group is one failure class of real news.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event
from lagebild.extract.datefind import find_dates
from lagebild.extract.stamps import is_stamp


def events_of(text: str, language: str, published: str | None = "2026-03-18") -> list[Event]:
    return doc_of(text, language, published).events


# --- a definite event noun after an event of its sort is that event, not a new undated one ----

@pytest.mark.parametrize(("text", "language"), [
    # the round told with its date, then opened by someone not named before
    ("Vertreter von Lettland und Estland haben am Montag in Bern eine neue Verhandlungsrunde begonnen. "
     "Eröffnet wurde die Runde von Bundesrat Paul Keller.", "de"),
    # an ordinal between the determiner and the noun
    ("Die Gespräche über den Frachter wurden am Dienstag in Valletta fortgesetzt. "
     "An der dritten Runde nahmen Vertreter Perus und Chiles teil.", "de"),
    # an adjective between the determiner and the noun, of a visit told before
    ("Präsident Tomas Varga besuchte am Montag die Stadt Graz. "
     "Im Mittelpunkt des zweitägigen Besuchs stehen Fragen der Energie.", "de"),
    ("Delegations from Peru and Chile met in Quito on Tuesday. "
     "Speaking after the final session, Minister Ana Costello said the gap remained.", "en"),
])
def test_a_definite_event_noun_is_the_event_told_before(text: str, language: str) -> None:
    found = events_of(text, language)
    assert [e.date for e in found if e.date is None] == []
    assert len(found) == 1


def test_an_indefinite_event_noun_still_names_a_new_event() -> None:
    text = ("Präsident Tomas Varga besuchte am Montag die Stadt Graz. "
            "Zudem traf Varga den Bürgermeister Jonas Berzins zu einem Gespräch.")
    found = events_of(text, "de")
    assert any(e.date is None for e in found)


def test_a_definite_other_event_needs_its_own_word_told_before() -> None:
    # a signing told before; "die Wahl" is another sort of event and stays one of its own
    text = ("Die Minister unterzeichneten am Montag in Wien das Abkommen. "
            "Die Wahl des Parlamentspräsidenten Jonas Berzins fand ohne Gegenkandidaten statt.")
    found = events_of(text, "de")
    assert any(e.date is None for e in found)


@pytest.mark.parametrize("second", [
    "Für den Kanzler dürfte es der letzte EU-Gipfel sein.",  # a named sort of event, hyphenated
    "Die Partei Volksfront hatte die letzte Sitzung boykottiert.",  # another occurrence than the one told
])
def test_a_definite_noun_of_another_occurrence_is_not_folded(second: str) -> None:
    text = "Kanzler Tomas Varga nimmt heute an den Beratungen der Volksfront in Graz teil. " + second
    assert any(e.date is None for e in events_of(text, "de"))


# --- a programme named after a day is no date --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister told BBC Radio 4's Today programme that the plan was wrong.",
    "She said on the Today show that talks would go on.",
])
def test_a_programme_named_today_is_no_date(text: str) -> None:
    assert not [m for m in find_dates(text, "en") if m.kind == "relday"]


def test_today_at_the_start_of_a_sentence_is_still_the_day() -> None:
    assert [m for m in find_dates("Today the ministers meet in Oslo.", "en") if m.kind == "relday"]


# --- a correction note is about the text, not news ---------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Korrektur: In einer früheren Fassung hieß es, die Gespräche seien am Mittwoch abgebrochen worden.", "de"),
    ("Richtig ist, dass sie am Donnerstag unterbrochen wurden.", "de"),
    ("Correction: An earlier version said the talks ended on Monday.", "en"),
    ("An earlier version of this story said the talks ended on Monday.", "en"),
])
def test_a_correction_note_is_a_stamp(text: str, language: str) -> None:
    assert is_stamp(text, language)


def test_a_correction_note_adds_no_event() -> None:
    text = ("Die Regierungsgespräche in Oslo wurden am Mittwoch fortgesetzt.\n\n"
            "Korrektur: In einer früheren Fassung hieß es, die Ministerin habe die Gespräche am Dienstag abgebrochen. "
            "Richtig ist, dass sie am Montag unterbrochen wurden.")
    found = events_of(text, "de")
    assert {e.date for e in found} <= {"2026-03-18"}


# --- an event that did not come about, an idiom, a demand: no event ------------------------------

@pytest.mark.parametrize(("text", "language"), [
    # the main clause goes on after a relative clause: it did not come about
    ("Ein Treffen mit dem Fraktionschef, um das ihr Büro gebeten hatte, kam nicht zustande.", "de"),
    ("Ein geplantes Ministertreffen platzte, in Wien wurde es frostig.", "de"),
    ("A meeting with the mayor, which her office had requested, fell through.", "en"),
    # „von … war … die Rede“: an idiom of saying, no speech
    ("Lindavien kritisierte den Vertrag; von einem „Akt ohne Grundlage“ war in einer Stellungnahme des "
     "lindavischen Außenministeriums die Rede.", "de"),
    # talks only demanded
    ("Der Parteichef sagte, die Partei habe sich mit ihrer Forderung nach Friedensverhandlungen durchgesetzt.", "de"),
])
def test_what_did_not_come_about_or_is_only_said_is_no_event(text: str, language: str) -> None:
    assert events_of(text, language) == []


def test_a_meeting_after_a_relative_clause_that_took_place_stays() -> None:
    found = events_of("Ein Treffen mit dem Fraktionschef, um das ihr Büro gebeten hatte, fand in Wien statt.", "de")
    assert [e.kind for e in found] == ["meeting"]


# --- the lead's news, dated by the next sentence, is one event -----------------------------------

def test_the_leads_undated_event_dated_by_the_next_sentence_is_one_event() -> None:
    text = ("Die EU hat die ersten Kapitel der Beitrittsverhandlungen mit der Ukraine eröffnet. "
            "Bei einer Regierungskonferenz in Brüssel unterzeichneten Vertreter der Ukraine heute die Protokolle.")
    found = events_of(text, "de")
    assert [e.date for e in found] == ["2026-03-18"]
    assert {"EU", "UA"} <= set(found[0].participants)


def test_an_earlier_act_in_the_next_sentence_is_not_the_leads_news() -> None:
    text = ("Präsident Tomas Varga hat in Graz Gespräche mit Kanzlerin Anna Holm geführt. "
            "Am Montag hatte Varga bereits den Bürgermeister Jonas Berzins getroffen.")
    assert len(events_of(text, "de")) == 2


# --- statements of one day by different speakers are different statements ------------------------

def test_two_speakers_statements_of_one_day_stay_two() -> None:
    text = ("Trade Minister Ana Costello told reporters in Lima on Tuesday that Peru would not give in. "
            "The Lima Chamber of Commerce said in a statement on Tuesday that both sides should return to talks.")
    found = events_of(text, "en")
    assert [sorted(e.participants) for e in found] == [["Ana Costello"], ["Lima Chamber of Commerce"]]



# --- the same meeting told again, dated or described, is one event -----------------------------

def test_a_session_of_the_same_date_naming_nobody_is_the_talks_told() -> None:
    text = ("Negotiators from Peru and Chile are set to resume talks on the river treaty next week in Quito, "
            "the ministry said Wednesday. A group of farmers, which has sent observers to earlier rounds, will not "
            "attend next week's session, a spokeswoman said.")
    found = events_of(text, "en")
    assert len([e for e in found if e.date == "2026-03"]) == 1, [e.summary for e in found]


def test_a_definite_noun_with_describing_adjectives_is_the_event_told() -> None:
    text = ("Mit militärischen Ehren ist Präsident Tomas Varga am Dienstag in Graz empfangen worden. "
            "Bürgermeister Jonas Berzins begrüßte seinen Gast am Vormittag im Rathaus. "
            "Im Mittelpunkt des dreitägigen Besuchs stehen Energie und Verkehr.")
    found = events_of(text, "de")
    assert [e.date for e in found if e.date is None] == [], [e.summary for e in found]


# --- a live ticker's label lines are stamps, not news ------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Die wichtigsten Entwicklungen vom Montag im Überblick.", "de"),
    ("Die Entwicklungen vom Dienstag zum Nachlesen.", "de"),
    ("Alle Zeitangaben in MEZ.", "de"),
    ("Dieser Ticker wird laufend aktualisiert.", "de"),
    ("The key developments from Monday at a glance.", "en"),
    ("All times GMT.", "en"),
    ("This live blog is being updated.", "en"),
])
def test_a_ticker_label_is_a_stamp(text: str, language: str) -> None:
    assert is_stamp(text, language)


def test_a_ticker_label_with_a_day_adds_no_event() -> None:
    text = ("Liveticker zum Krieg\n\nDie wichtigsten Entwicklungen vom Mittwoch im Überblick. "
            "Alle Zeitangaben in MEZ.\n\n"
            "18.30 Uhr: Außenministerin Lea Sommer hat am Nachmittag mit ihrem Amtskollegen Otto Brenner telefoniert.")
    found = events_of(text, "de")
    assert [(e.date, e.kind) for e in found] == [("2026-03-18", "call")], [e.summary for e in found]
