"""Events called off, clock times, absent parties and undated retellings.

Every sentence here is invented for the test; each group is one failure class of real news.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event
from lagebild.extract.eventcancel import date_called_off, event_cancelled
from lagebild.extract.tense import tense_at


def events_of(text: str, language: str, published: str = "2026-03-04") -> list[Event]:
    return doc_of(text, language, published).events


# --- a date the event no longer has: called off, or postponed from it ---------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Handel ohne Einigung\n\nDie Unterzeichnung war für Freitag geplant, sie wurde aber abgesagt.", "de"),
    ("Handel ohne Einigung\n\nUrsprünglich hatte der Besuch im Januar stattfinden sollen, er wurde aber "
     "wegen einer Krise verschoben.", "de"),
    ("Minister sagt Reise ab\n\nAußenminister Olaf Brenner sagte die für Donnerstag geplante Reise nach Oslo ab.",
     "de"),
    ("Trade talks stall\n\nThe ministers had been due to sign a memorandum on Wednesday, but the signing "
     "was postponed.", "en"),
    ("Trade talks stall\n\nThe meeting between Mark Ellison and Tom Harland, originally planned for Monday, "
     "was canceled.", "en"),
    ("Trade talks stall\n\nA summit planned for March 12 was called off.", "en"),
])
def test_a_called_off_date_makes_no_event(text: str, language: str) -> None:
    assert [e for e in events_of(text, language) if e.date] == []


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Gipfel verlegt\n\nDer Gipfel wurde auf Freitag verschoben.", "de", "2026-03-06"),
    ("Summit moved\n\nThe summit was postponed to Friday.", "en", "2026-03-06"),
    # A plan told as it was, with nothing said of a change, still plans the event for that day.
    ("Reise nach Oslo\n\nUrsprünglich sollte Außenminister Olaf Brenner am Freitag nach Oslo reisen.",
     "de", "2026-03-06"),
])
def test_the_new_date_or_an_unchanged_plan_still_dates_the_event(text: str, language: str, day: str) -> None:
    assert day in [e.date for e in events_of(text, language)]


def test_the_cues_are_per_clause() -> None:
    text = "Die Minister trafen sich am Montag in Bern, das Treffen am Freitag wurde abgesagt."
    assert not date_called_off(text, text.index("am Montag"), "de")
    assert date_called_off(text, text.index("am Freitag"), "de")
    # An actor who postpones something acts that day: only the passive says the event moved.
    active = "The Commission postponed its countermeasures on Monday."
    assert not date_called_off(active, active.index("on Monday"), "en")


def test_a_cancelled_event_without_date_is_none_but_a_postponed_one_is_planned() -> None:
    text = "Gespräche geplatzt\n\nDas Treffen der Außenminister wurde abgesagt."
    assert event_cancelled(text, text.index("Treffen"), "de")
    assert [e for e in events_of(text, "de") if "abgesagt" in e.evidence] == []
    postponed = events_of("Gespräche vertagt\n\nDie Unterzeichnung sollte eigentlich am Wochenende "
                          "stattfinden, sie wurde aber verschoben.", "de")
    assert {e.status for e in postponed if e.date is None} == {"planned"}  # headline and body alike


def test_names_in_a_sentence_about_a_cancelled_meeting_join_no_event() -> None:
    text = ("Senate passes bill\n\nPresident Mark Ellison met Republican senators at the White House last month.\n\n"
            "The meeting between Ellison and Speaker Tom Harland, originally planned for Monday, was canceled.")
    assert all("Tom Harland" not in e.participants for e in events_of(text, "en"))


# --- a clock time without a day is a time of the day told ---------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Reform im Rat\n\nDie Ministerin sagte, um 16.00 Uhr werde eine Pressekonferenz stattfinden.", "de"),
    ("Reform plans\n\nThe minister will hold a press conference at 4 p.m. in the capital.", "en"),
])
def test_a_clock_time_dates_the_event_on_the_day_of_writing(text: str, language: str) -> None:
    found = events_of(text, language)
    assert [(e.date, e.status) for e in found] == [("2026-03-04", "planned")]
    assert found[0].participants == ()  # who reports the press conference does not hold it


def test_a_clock_time_beside_a_day_is_that_days() -> None:
    found = events_of("Reform im Rat\n\nDer Ausschuss tagt am Freitag um 10 Uhr in Bern.", "de")
    assert [e.date for e in found] == ["2026-03-06"]


# --- whose absence is told takes no part ---------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Climate talks\n\nThe climate summit opened in Lisbon on Monday despite the United States' absence.",
     "en", "US"),
    ("Klimagipfel\n\nDer Klimagipfel begann am Montag in Lissabon trotz der Abwesenheit der USA.", "de", "US"),
])
def test_whose_absence_is_told_is_no_participant(text: str, language: str, absent: str) -> None:
    assert all(absent not in e.participants for e in events_of(text, language, "2026-03-03"))


# --- an undated sentence that goes on about the event just told is that event ---------------------

def test_an_undated_mention_without_names_goes_on_about_the_event_just_told() -> None:
    text = ("Climate talks open\n\nLISBON: The UN climate conference opened in Lisbon on Monday.\n\n"
            "The summit began with pleas to keep fighting global warming.")
    assert [e.date for e in events_of(text, "en", "2026-03-03")] == ["2026-03-02"]
    vote = ("Border bill passes\n\nThe Senate approved the border bill on Thursday after a late-night session.\n\n"
            "The vote was 61-38.")
    assert [e.date for e in events_of(vote, "en", "2026-03-05")] == ["2026-03-05"]


# --- a span is one event, dated by its first day; "this week" is the week of writing --------------

@pytest.mark.parametrize(("text", "language", "published", "dates"), [
    ("Gipfel\n\nDie Gespräche hatten am Donnerstag begonnen und dauern noch bis Samstag.", "de", "2026-11-20",
     ["2026-11-19"]),
    ("Summit\n\nThe summit, which runs from Monday to Wednesday, ended with a joint declaration.", "en",
     "2026-11-18", ["2026-11-16"]),
    ("Forum\n\nThe leaders will hold talks with the foreign minister later this week.", "en", "2026-11-18",
     ["2026-11"]),
    ("Forum\n\nDie Delegationen wollen diese Woche in Genf beraten.", "de", "2026-12-02", ["2026-11"]),
])
def test_spans_and_this_week(text: str, language: str, published: str, dates: list[str]) -> None:
    assert [e.date for e in events_of(text, language, published)] == dates


def test_an_english_sentence_ends_after_a_day_number() -> None:
    text = ("Budget\n\nParliament is due to debate the budget when it reconvenes on Jan. 14. "
            "President Kwame Asante will travel to Addis Ababa in February.")
    found = events_of(text, "en", "2026-12-31")
    assert [(e.date, "Kwame Asante" in e.participants) for e in found] == [("2027-01-14", False), ("2027-02", True)]


# --- speculation without a date is no event; "his trip" is the trip told ------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Trade deal nears\n\nMinister Raj Patel met his counterpart Anil Mehta in London on Tuesday.\n\n"
     "The agreement could be signed before the summer, according to a government source.", "en"),
    ("Abkommen in Reichweite\n\nMinister Raj Patel traf am Dienstag in London seinen Amtskollegen Anil Mehta.\n\n"
     "Das Abkommen könnte nach Angaben aus Regierungskreisen vor dem Sommer unterzeichnet werden.", "de"),
])
def test_an_undated_possibility_is_no_event(text: str, language: str) -> None:
    assert [e.date for e in events_of(text, language)] == ["2026-03-03"]


def test_a_persons_trip_is_the_trip_told_but_a_departure_is_not() -> None:
    text = ("Kanzlerin in Wien\n\nKanzlerin Eva Roth nimmt heute in Wien an Beratungen der Regierungschefs teil.\n\n"
            "Roth sieht ihre Wien-Reise als wichtiges Signal.")
    assert [e.date for e in events_of(text, "de")] == ["2026-03-04"]


# --- two occurrences in one sentence or paragraph stay two -----------------------------------------

def test_a_trip_and_a_meeting_in_one_sentence_are_two_events() -> None:
    text = ("Außenminister unterwegs\n\nNächste Woche reist der Außenminister Jan Holm nach Slowenien, auch ein "
            "Treffen mit dem italienischen Außenminister Paolo Ricci ist noch in diesem Monat geplant.")
    kinds = sorted(e.kind for e in events_of(text, "de", "2026-03-11"))
    assert kinds == ["meeting", "other"]


def test_a_meeting_still_to_come_after_calls_told_in_the_past_is_its_own_event() -> None:
    text = ("Trade chief heads to Washington\n\nThe trade chief Ana Berg spoke to Commerce Secretary Tom Hale on "
            "Monday and to Trade Representative Lee Park on Tuesday. She will meet Hale and Park separately, "
            "a spokesperson said.")
    planned = [e for e in events_of(text, "en") if e.status == "planned"]
    assert [(e.date, e.kind) for e in planned] == [(None, "meeting")]


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    ("Retaliation\n\nOver the weekend, the Commission delayed its countermeasures by two weeks.", "en",
     "2026-03-02", ("2026-02", "past")),  # a Monday: the weekend just gone, still in February
    ("Forum\n\nThe leaders will sign a joint declaration at the end of their summit this weekend.", "en",
     "2026-03-26", ("2026-03", "planned")),
    ("Gipfel\n\nAm kommenden Wochenende treffen sich die Außenminister in Wien.", "de", "2026-03-29",
     ("2026-04", "planned")),  # on a Sunday, the coming weekend is next week's: 4 April
])
def test_a_named_weekend_dates_its_event_to_the_month_of_its_saturday(
        text: str, language: str, published: str, expected: tuple[str, str]) -> None:
    assert [(e.date, e.status) for e in events_of(text, language, published)] == [expected]


# --- a process is no event; what is said or done on a later day of a long event is part of it -------

@pytest.mark.parametrize(("text", "language"), [
    ("Abkommen unterzeichnet\n\nDie Verhandlungen hatten seit dem Frühjahr gedauert.", "de"),
    ("Deal signed\n\nThe talks had dragged on since the spring.", "en"),
])
def test_negotiations_that_lasted_are_a_process(text: str, language: str) -> None:
    body = text.split("\n\n")[1]
    assert [e for e in events_of(text, language) if e.evidence == body] == []


@pytest.mark.parametrize(("text", "language"), [
    ("Pacific summit\n\nIsland leaders opened a summit in Apia on Monday, which runs to Wednesday.\n\n"
     "The leaders adopted a joint declaration on Wednesday.", "en"),
    ("Gipfel in Wien\n\nDie Regierungschefs kamen am Montag in Wien zu einem dreitägigen Gipfel zusammen.\n\n"
     "Am Mittwoch verabschiedeten sie eine gemeinsame Erklärung.", "de"),
])
def test_a_declaration_on_a_later_day_of_a_summit_is_part_of_it(text: str, language: str) -> None:
    assert [e.date for e in events_of(text, language, "2026-03-18")] == ["2026-03-16"]


def test_a_statement_by_someone_apart_on_a_later_day_stays_its_own_event() -> None:
    text = ("Pacific summit\n\nPresident Ana Lui opened a summit in Apia on Monday, which runs to Wednesday.\n\n"
            "Prime Minister Tom Barrett said on Tuesday that his country would double its aid.")
    assert [e.date for e in events_of(text, "en", "2026-03-18")] == ["2026-03-16", "2026-03-17"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Gipfel endet\n\nZur Stunde endet in Wien der Gipfel der Regierungschefs.", "de", ("2026-03-04", "past")),
    ("Gipfel endet\n\nIn Kürze will die Kanzlerin Eva Roth die Ergebnisse in einer Pressekonferenz vorstellen.",
     "de", ("2026-03-04", "planned")),
])
def test_the_moment_of_writing_dates_and_places_the_event(text: str, language: str,
                                                          expected: tuple[str, str]) -> None:
    assert [(e.date, e.status) for e in events_of(text, language) if e.date] == [expected]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Transit\n\nParaguay, a close ally, announced Monday that President Lai Ming would visit in August.", "en",
     ("2026-03-02", "past")),  # a Wednesday: the Monday of the announcement is two days back
    ("Transit\n\nThe vote is expected Monday, officials said.", "en", ("2026-03-09", "planned")),
])
def test_a_past_verb_right_before_a_weekday_dates_its_own_past_act(text: str, language: str,
                                                                    expected: tuple[str, str]) -> None:
    assert expected in [(e.date, e.status) for e in events_of(text, language)]


# --- the headline's event is the body's, told with another form of its verb ------------------------

def test_a_headline_told_with_another_form_of_the_bodys_verb_is_the_bodys_event() -> None:
    text = ("Österreich und Kosovo unterzeichnen Grenzvertrag\n\nWien – Außenministerin Anna Berger und ihr "
            "kosovarischer Amtskollege Arben Krasniqi haben am Donnerstagabend in Wien einen Grenzvertrag "
            "unterzeichnet.")
    assert [e.date for e in events_of(text, "de", "2026-11-27")] == ["2026-11-26"]


def test_a_lawsuit_set_for_a_day_is_a_planned_event_of_its_own() -> None:
    text = "River dispute\n\nPeru will file a lawsuit against Bolivia at the regional court on Monday."
    assert [(e.date, e.kind, e.status) for e in events_of(text, "en", "2026-11-25")] == [
        ("2026-11-30", "other", "planned")]


def test_who_reports_a_plan_told_before_is_no_party_to_it() -> None:
    text = ("Quoten\n\nIm Streit um die Quoten wollen die EU und Norwegen am 15. Dezember erneut verhandeln. "
            "Das teilte die EU-Kommission am Freitag mit.")
    report = [e for e in events_of(text, "de", "2026-12-04") if e.date == "2026-12-04"]
    assert report and "NO" not in report[0].participants


# --- relative anchors and the verb before a date ------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "dates"), [
    ("Reise\n\nAm Montag war Außenministerin Eva Roth in Kiew eingetroffen, einen Tag später reiste sie nach "
     "Odessa weiter.", "de", ["2026-03-02", "2026-03-03"]),
    ("Tour\n\nForeign Minister Eva Roth arrived in Kyiv on Monday. Two days later she travelled to Odesa.",
     "en", ["2026-03-02", "2026-03-04"]),
])
def test_a_count_of_days_later_is_counted_from_the_event_told_before(text: str, language: str,
                                                                     dates: list[str]) -> None:
    assert [e.date for e in events_of(text, language)] == dates


@pytest.mark.parametrize(("text", "expected"), [
    # The day before publication (a Wednesday), though what was written speaks of the future.
    ("Besuch\n\nSchrieb er am Freitag auf der Plattform X, er werde die Ukraine besuchen.", ("2026-02-27", "past")),
    ("Besuch\n\nDas Treffen ist am Freitag geplant.", ("2026-03-06", "planned")),
])
def test_the_verb_right_before_a_date_gives_its_tense(text: str, expected: tuple[str, str]) -> None:
    assert [(e.date, e.status) for e in events_of(text, "de")] == [expected]


def test_a_short_headline_that_names_nobody_is_a_label_not_an_event() -> None:
    text = "Reform vote\n\nThe parliament approved the pension reform on Tuesday."
    assert [e.date for e in events_of(text, "en")] == ["2026-03-03"]


def test_an_impersonal_report_is_past_and_no_event() -> None:
    """"hieß es am Montag": a report in the past, of the Monday just gone (not the next one) — and,
    with nobody named who said it, no event of its own (tests/test_extract_events_unseen.py)."""
    text = "Aus Diplomatenkreisen hieß es am Montag, die Delegation werde später anreisen."
    assert tense_at(text, text.index("am Montag"), "de") == -1
    assert events_of(f"Rat\n\n{text}", "de", "2026-12-01") == []


@pytest.mark.parametrize(("text", "expected"), [
    # "laufende Gespräche" are a process; the government's reference to them is what happened on Friday
    ("Rat\n\nDie Bundesregierung verwies am Freitag auf laufende Gespräche.", ("2026-11-27", "past")),
])
def test_impersonal_reports_and_processes(text: str, expected: tuple[str, str]) -> None:
    found = events_of(text, "de", "2026-12-01")
    assert [(e.date, e.status) for e in found] == [expected]
    assert all(e.kind != "talks" for e in found)


def test_did_not_attend_is_past_and_its_subject_before_a_relative_clause_takes_no_part() -> None:
    text = ("Treaty talks\n\nThe River Nation Alliance, which had asked to join the talks, did not attend "
            "Wednesday's meeting.")
    assert [(e.date, e.status, e.participants) for e in events_of(text, "en", "2026-12-03")] == [
        ("2026-12-02", "past", ())]
    both = ("Treaty talks\n\nAna Ruiz met Paul Tremblay in Ottawa on Wednesday, while the Mexican minister, "
            "who was ill, did not attend.")
    assert [set(e.participants) for e in events_of(both, "en", "2026-12-03")] == [{"Ana Ruiz", "Paul Tremblay"}]
