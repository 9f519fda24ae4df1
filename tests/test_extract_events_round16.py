"""Event dates and events that are none: classes seen on blind7 (issue #13, round 16).

Every sentence here is invented for the test; each test is one class.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Thursday in January: "Mitte März" ahead is 2027-03, never 2026-03.
PUBLISHED = "2027-01-14"


def _dated(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(e.date, e.status) for e in events_of(text, language, PUBLISHED) if e.date]


# --- a declined participle between article and noun is no verb: it gives the clause no tense --------

@pytest.mark.parametrize("text", [
    "Gespräche in Oslo\n\nDer Sprecherin zufolge soll die dritte Runde des von Norwegen geleiteten Dialogs "
    "Mitte März in Oslo beginnen.",
    "Gespräche in Oslo\n\nDer Sprecherin zufolge soll die dritte Runde des von Norwegen geleiteten Dialogs "
    "Ende Februar in Oslo stattfinden.",
])
def test_an_attributive_participle_does_not_make_a_plan_past(text: str) -> None:
    found = _dated(text, "de")
    assert found and all(status == "planned" and day is not None and day.startswith("2027-")
                         for day, status in found)


def test_a_verb_before_its_subject_still_dates_the_telling() -> None:
    assert ("2027-01-11", "past") in _dated("Bericht\n\nDas bestätigte Kanzler Hans Merz am Montag in Berlin.", "de")


# --- a span of days is dated by its first day ---------------------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Board\n\nThe fund's board meets in Lima from 8 to 10 September.", "2027-09-08"),
    ("Board\n\nThe fund's board met in Lima from 8 to 10 January.", "2027-01-08"),
])
def test_from_day_to_day_is_the_first_day(text: str, day: str) -> None:
    assert [d for d, _s in _dated(text, "en")] == [day]


# --- the day a plan no longer has; the day it was moved to --------------------------------------------

def test_a_planned_for_clause_before_a_postponement_is_no_date() -> None:
    found = _dated("Visit\n\nA trip to the region by the envoy, planned for this month, has been pushed back to "
                   "September.", "en")
    assert found == [("2027-09", "planned")]


def test_a_meeting_not_held_as_planned_keeps_no_date() -> None:
    text = ("Treffen verlegt\n\nEin für Ende Jänner in Graz geplantes Treffen der Verkehrsminister findet laut "
            "Ministerium nicht wie vorgesehen statt.")
    assert _dated(text, "de") == []


# --- a verb of meeting with nobody to meet is no meeting ----------------------------------------------

def test_treffen_without_a_partner_is_no_meeting() -> None:
    found = events_of("Zölle\n\nDie neuen Abgaben würden vor allem kleine Betriebe treffen.", "de", PUBLISHED)
    assert [e for e in found if e.kind == "meeting"] == []


def test_treffen_with_a_named_partner_is_a_meeting() -> None:
    found = events_of("Besuch\n\nKanzler Hans Merz trifft in Paris Präsident Paul Lenoir.", "de", PUBLISHED)
    assert [e.kind for e in found] == ["meeting"]


# --- what happened since a date, counted, is no event on that date ------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Kabel\n\nSeit Oktober seien in der Nordsee vier Leitungen beschädigt worden.", "de"),
    ("Cables\n\nSince October, four pipelines have been damaged in the North Sea.", "en"),
])
def test_acts_counted_since_a_date_are_not_dated_by_it(text: str, language: str) -> None:
    assert _dated(text, language) == []


# --- a photo caption shows what has happened: its bare weekday is the one before ----------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Gipfel in Kiel\n\nDie Ministerinnen der Anrainer beim Treffen am Montag vor dem Rathaus. Foto: Jens Muster\n\n"
     "Die Ministerinnen haben in Kiel über den Schutz der Häfen beraten.", "de"),
    ("Summit in Cork\n\nMinisters at the summit on Monday outside the city hall. Photo: Jane Roe\n\n"
     "The ministers discussed port security in Cork.", "en"),
])
def test_a_caption_dates_its_weekday_in_the_past(text: str, language: str) -> None:
    assert _dated(text, language) == [("2027-01-11", "past")]


# --- the occasion an agreement was made at is past, not arranged for later ----------------------------

@pytest.mark.parametrize("text", [
    "Budget row\n\nThe finance ministers had agreed on the figures during a meeting on Saturday.",
    "Talks set\n\nThe minister confirmed the schedule, saying she had agreed to the date during a phone call "
    "with her counterpart Li Wen on Saturday.",
])
def test_the_occasion_of_an_agreement_is_past(text: str) -> None:
    assert ("2027-01-09", "past") in _dated(text, "en")


def test_an_agreed_infinitive_is_still_arranged_for_later() -> None:
    assert _dated("Envoys\n\nThe ministers agreed to send envoys to Geneva on Saturday.", "en") == [
        ("2027-01-16", "planned")]


# --- a cancelled event told with an apposition after its noun -----------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Visit\n\nA visit to Lahore by the foreign minister, Abdul Karimi, which had been expected this week, "
     "did not take place.", "en"),
    ("Visit\n\nA visit to Lahore by the foreign minister, Abdul Karimi, did not take place.", "en"),
])
def test_a_cancelled_visit_after_an_apposition_is_no_event(text: str, language: str) -> None:
    assert [e for e in events_of(text, language, PUBLISHED) if "Lahore" in e.evidence and e.kind != "statement"
            and "Abdul Karimi" in e.participants] == []


# --- a first plan the next sentence replaces; a pluperfect participle; an event's own day over a count --

def test_a_first_plan_replaced_in_the_next_sentence_keeps_no_date() -> None:
    text = ("Handel\n\nDie Minister Paul Lenz und Li Wen wollten sich ursprünglich am 2. März in Paris treffen. "
            "Das Treffen der beiden Minister ist nun für April geplant.")
    assert [d for d, _s in _dated(text, "de")] == ["2027-04"]


def test_a_first_plan_alone_still_dates_the_event() -> None:
    found = _dated("Gipfel\n\nUrsprünglich sollte der Gipfel am 5. März beginnen.", "de")
    assert found == [("2027-03-05", "planned")]


def test_a_pluperfect_visit_this_month_is_past() -> None:
    text = ("Gespräche\n\nGeleitet werden die Gespräche von Botschafterin Eva Lind. "
            "Sie hatte beide Hauptstädte Anfang Januar besucht.")
    assert _dated(text, "de") == [("2027-01", "past")]


def test_an_events_own_day_wins_over_a_day_counted_from_another() -> None:
    text = ("Talks\n\nThe ministers will meet in Kingston tomorrow, the premier announced yesterday.\n\n"
            "The meeting comes a day before the regional summit opens in Montego Bay on Saturday.")
    assert [d for d, _s in _dated(text, "en")] == ["2027-01-15", "2027-01-13", "2027-01-16"]


# --- the topic of a question, and acts counted over a stretch, are no events --------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Talks\n\nAsked about reports of a planned meeting between the prime ministers of Chile and Peru in Lima, "
     "the spokesperson said she had nothing to share.", "en"),
    ("Gespräche\n\nAuf die Frage nach einem geplanten Treffen der Regierungschefs von Chile und Peru sagte die "
     "Sprecherin, sie könne nichts mitteilen.", "de"),
])
def test_a_meeting_asked_about_is_no_event(text: str, language: str) -> None:
    assert [e for e in events_of(text, language, PUBLISHED) if "PE" in e.participants] == []


@pytest.mark.parametrize(("text", "language"), [
    ("Attacks\n\nAttacks by the rebels killed 46 soldiers in February alone.", "en"),
    ("Angriffe\n\nAllein im Februar töteten Angriffe der Rebellen 46 Soldaten.", "de"),
])
def test_acts_counted_over_a_month_are_no_event(text: str, language: str) -> None:
    assert [e for e in events_of(text, language, PUBLISHED) if "46" in e.evidence and e.summary != "Attacks"
            and e.summary != "Angriffe"] == []


def test_a_plenary_tonight_is_a_meeting_of_today() -> None:
    text = ("Climate talks\n\nExecutive Secretary Ada Okonkwo is expected to set out options at the closing "
            "plenary tonight.")
    assert _dated(text, "en") == [("2027-01-14", "planned")]
