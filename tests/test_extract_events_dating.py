"""Dates of events that the text gives relative to the day of writing or to another event (issue #13).

Invented sentences.  Each rule here once cost a false event and a missed one at the same time: the
event was found, but with a date that did not pair.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event


def events_of(text: str, language: str, published: str = "2026-11-20") -> list[Event]:
    return doc_of(text, language, published).events


@pytest.mark.parametrize(("text", "language"), [
    ("Talks end in Oslo\nNorway's foreign minister Lars Berg said on Friday he had spoken by phone with Kenya's "
     "president William Ruto two weeks ago.", "en"),
    ("Gespräche in Oslo\nDie norwegische Außenministerin Kari Berg hatte bereits vor zwei Wochen mit dem "
     "kenianischen Präsidenten William Ruto telefoniert.", "de"),
])
def test_weeks_counted_back_from_the_day_of_writing_name_that_day(text: str, language: str) -> None:
    calls = [e for e in events_of(text, language) if e.kind == "call"]
    assert [e.date for e in calls] == ["2026-11-06"]


@pytest.mark.parametrize(("text", "language", "published", "day"), [
    # a verb of meeting with a time of day: the day of the event told just before
    ("Staatsbesuch in Wien\nDer kasachische Präsident Nurlan Abenow ist am Dienstag in Wien empfangen worden. Im "
     "Mittelpunkt stehen Energie und Rohstoffe.\nAm Nachmittag traf Abenow im Kanzleramt mit Bundeskanzler Georg "
     "Hallwirth zusammen.", "de", "2026-02-10", "2026-02-10"),
    # "on the same day" after a day-dated visit, not after an event dated only to a month
    ("Finnish president in Kyiv\nFinnish President Mikael Lindroos arrived in Kyiv on Dec. 29 on an unannounced "
     "visit, a day after Ukraine and Russia carried out a prisoner exchange. He visited a hospital damaged in a "
     "Russian missile strike in November. On the same day, Lindroos and Prime Minister Yuliia Marchenko signed an "
     "agreement on drones.", "en", "2026-12-29", "2026-12-29"),
    # a past call "am Nachmittag" after talks still to come: the day of writing, not the talks' day
    ("Liveticker\nRussland und die Ukraine wollen am kommenden Mittwoch in Istanbul eine neue Verhandlungsrunde "
     "abhalten. Bundesaußenminister Jonas Wendt hat am Nachmittag mit seinem ukrainischen Amtskollegen Dmytro "
     "Sawtschuk telefoniert.", "de", "2026-07-12", "2026-07-12"),
])
def test_a_time_of_day_dates_a_verb_of_meeting(text: str, language: str, published: str, day: str) -> None:
    named = [e for e in events_of(text, language, published)
             if {"Georg Hallwirth", "Yuliia Marchenko", "Dmytro Sawtschuk"} & set(e.participants)]
    assert named and all(e.date == day for e in named)
    assert not any(e.date is None for e in named)


def test_a_time_of_day_of_a_reporting_clause_does_not_date_the_meeting() -> None:
    text = ("Vermittler in Mali\nDer Sondergesandte Goodluck Jonathan traf sich mit Militärmachthaber Assimi Goïta, "
            "wie es in der Mitteilung in der Nacht hieß.")
    meetings = [e for e in events_of(text, "de", "2022-01-06") if "Assimi Goïta" in e.participants]
    assert meetings and all(e.date is None for e in meetings)


@pytest.mark.parametrize("text", [
    "Interview mit Kommissar Aalto\nDer Kommissar Henrik Aalto sieht Bewegung. Am Donnerstag habe er eine Stunde "
    "lang mit dem Handelsminister Wang Jianguo telefoniert.",
    "Gespräche abgesagt\nDie Delegation Kareliens sagte ihre Teilnahme ab. Auslöser sei das Treffen des "
    "Handelsministers Wang Jianguo mit Henrik Aalto vom Donnerstag gewesen.",
])
def test_a_weekday_in_reported_perfect_is_the_one_before(text: str) -> None:
    # published on a Friday: the Thursday said to have been is the day before, not the one to come
    told = [e for e in events_of(text, "de", "2026-10-09") if "Wang Jianguo" in e.participants]
    assert [(e.date, e.status) for e in told] == [("2026-10-08", "past")]


@pytest.mark.parametrize(("text", "language", "published"), [
    ("Grenzdeal\nMontenegro und Kosovo haben am Donnerstag in Wien einen Grenzvertrag unterzeichnet. Österreich hat "
     "vermittelt. Die Unterzeichnung war ursprünglich bereits für Oktober angesetzt gewesen.", "de", "2026-11-27"),
    ("Talks postponed\nIran and the United States met in Oman on Monday. A second round of talks had been set for "
     "Saturday.", "en", "2026-03-05"),
])
def test_a_plan_told_in_the_pluperfect_is_no_event(text: str, language: str, published: str) -> None:
    # one event only: the one that happened; the plan given up has no date and no event of its own
    assert len(events_of(text, language, published)) == 1


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # arranged now, for a month to come: its topic and place may stand between the noun and the date
    ("Summit ends\nThe forum's secretary general, Mele Tuilagi, said leaders had agreed to hold a special meeting "
     "on policing in Apia in March.", "en", "2026-11-18", ("2027-03", "planned")),
])
def test_an_event_arranged_for_later_takes_the_coming_date(text: str, language: str, published: str,
                                                           expected: tuple[str, str]) -> None:
    meetings = [e for e in events_of(text, language, published) if e.kind == "meeting"]
    assert [(e.date, e.status) for e in meetings] == [expected]


def test_a_meeting_said_to_be_postponed_keeps_no_date_of_its_first_plan() -> None:
    text = ("Ausschuss\nEin für Dezember angesetztes Treffen der Außenminister in Wien sei auf Wunsch Serbiens "
            "verschoben worden und solle im Frühjahr nachgeholt werden.")
    assert all(e.date is None for e in events_of(text, "de", "2027-01-22"))


@pytest.mark.parametrize(("text", "published", "first_day"), [
    ("Leaders end summit\nIsland leaders wrapped up their annual summit in Apia on Wednesday without a deal. The "
     "three-day Island Forum leaders' meeting, which opened on Monday in Apia, was attended by 16 members.",
     "2026-11-18", "2026-11-16"),
    ("Dam talks end\nEgypt, Ethiopia and Sudan ended a new round of talks on the dam on Saturday without agreement. "
     "The round in Addis Ababa, which began on Thursday and was mediated by the African Union, focused on droughts.",
     "2026-11-22", "2026-11-19"),
])
def test_an_event_told_by_its_end_and_its_beginning_is_one(text: str, published: str, first_day: str) -> None:
    assert [e.date for e in events_of(text, "en", published)] == [first_day]


@pytest.mark.parametrize(("text", "published", "day"), [
    # the day in the next sentence, which names no one
    ("Legacy talks set\nBritish and Irish ministers will meet in Belfast next month to settle the row, officials "
     "confirmed on Friday. The Intergovernmental Conference is due to meet on 9 November at Hillsborough Castle.",
     "2026-10-19", "2026-11-09"),
    # the day given for the persons who act for the states of the talks
    ("Talks agreed\nQUITO — Ecuador and Colombia will hold talks in Lima next week to end a tariff dispute, the "
     "Andean Community said Thursday. Colombian Trade Minister Laura Méndez Ríos and her Ecuadorian counterpart, "
     "Andrés Villacís, are set to meet Oct. 14 in Lima.", "2026-10-09", "2026-10-14"),
])
def test_a_planned_meeting_dated_to_a_month_is_the_one_dated_to_a_day_of_it(text: str, published: str,
                                                                           day: str) -> None:
    planned = [e.date for e in events_of(text, "en", published) if e.status == "planned"]
    assert planned == [day]
