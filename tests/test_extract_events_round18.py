"""Events, round 18: classes seen on the tuning sets (blind8 first).

Every sentence here is invented for the test; each test is one class.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Wednesday in March.
PUBLISHED = "2027-03-03"


# --- a weekday of a named week: that week's day, not the nearest such weekday ---------------------------

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Reise an den Golf\n\nZum Abschluss der Reise ist am Mittwoch kommender Woche in Doha die Unterzeichnung "
     "eines Abkommens geplant.", "de", "2027-03-10"),
    ("Reise an den Golf\n\nDie Ministerin reist am Montag nächster Woche nach Oslo.", "de", "2027-03-08"),
    ("Reise an den Golf\n\nDie Ministerin reist am Dienstag in der kommenden Woche nach Oslo.", "de", "2027-03-09"),
    ("Reise an den Golf\n\nDer Minister reiste am Donnerstag vergangener Woche nach Oslo.", "de", "2027-02-25"),
    ("Gulf trip\n\nThe minister will travel to Oslo on Wednesday next week.", "en", "2027-03-10"),
    ("Gulf trip\n\nThe minister travelled to Oslo on Thursday of last week.", "en", "2027-02-25"),
])
def test_a_weekday_of_a_named_week_is_that_weeks_day(text: str, language: str, day: str) -> None:
    assert [e.date for e in events_of(text, language, PUBLISHED)] == [day]


# --- a month arranged for ("agreed to meet again in November"): still to come ---------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Leaders meet\n\nThe two leaders agreed to meet again on the sidelines of the regional summit in November.",
     "en"),
    ("Treffen der Regierungschefs\n\nDie beiden Regierungschefs vereinbarten, sich am Rande des Gipfels im "
     "November erneut zu treffen.", "de"),
])
def test_a_month_arranged_for_is_still_to_come(text: str, language: str) -> None:
    assert [(e.date, e.status) for e in events_of(text, language, PUBLISHED)] == [("2027-11", "planned")]


def test_a_month_arranged_on_an_earlier_day_is_not_moved_forward() -> None:
    # the agreeing is dated (January): the February it names may well be past
    text = "Treffen der Regierungschefs\n\nDie Regierungschefs vereinbarten im Januar, sich im Februar zu treffen."
    assert "2028-02" not in [e.date for e in events_of(text, "de", PUBLISHED)]


# --- an event only wished for ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Zollstreit\n\nIch hätte mir gewünscht, dass er gemeinsam mit der Kommission nach Washington reist.", "de"),
    ("Zollstreit\n\nIch hätte mir gewünscht, dass er am Montag gemeinsam mit der Kommission nach Washington "
     "reist.", "de"),
    ("Tariff row\n\nI would have preferred him to travel to Washington with the Commission on Monday.", "en"),
    ("Tariff row\n\nWe wish the minister had met the Commission before travelling to Washington.", "en"),
])
def test_an_event_only_wished_for_is_no_event(text: str, language: str) -> None:
    assert events_of(text, language, PUBLISHED) == []


# --- the writer's own conversation, in the first person outside quotations: how the article came about ---

@pytest.mark.parametrize(("text", "language"), [
    ("Zollstreit\n\nDie Kommission prüft Gegenzölle. Darüber haben wir mit der Politikerin Jana Roth gesprochen, "
     "Vorsitzende des Handelsausschusses.", "de"),
    ("Zollstreit\n\nIch habe darüber mit dem Politikwissenschaftler Karel Dorn von der Universität Gent "
     "gesprochen.", "de"),
])
def test_the_writers_own_conversation_is_no_event(text: str, language: str) -> None:
    assert events_of(text, language, PUBLISHED) == []


def test_an_interviewees_first_person_talk_is_still_an_event() -> None:
    text = "Zollstreit\n\nFrage: Wie geht es weiter?\n\nRoth: Wir haben mit der Kommission gesprochen."
    assert len(events_of(text, "de", PUBLISHED)) == 1


# --- „traf … ein“: arriving, not meeting ---------------------------------------------------------------

def test_a_meeting_verb_with_the_particle_ein_is_an_arrival() -> None:
    text = ("Gespräche in Wien\n\nDer Vizepremier Ion Radu traf bereits am Montagabend in Wien ein. Die "
            "Sonderbeauftragte Lea Berg hatte am Montag in Brüssel Vertreter beider Seiten getroffen.")
    monday = [e for e in events_of(text, "de", "2027-02-10") if e.date == "2027-02-08"]
    assert len(monday) == 2  # the arrival and the meeting are two events
    assert {e.kind for e in monday} == {"other", "meeting"}


# --- a record's title („Regierungspressekonferenz vom 3. März 2027“): the transcript's occasion ----------

def test_a_records_title_is_no_event() -> None:
    text = ("Regierungspressekonferenz vom 3. März 2027\n\nSprecherin Lena Ost: Der Kanzler wird am Sonntag nach "
            "Riad fliegen.")
    assert [e.date for e in events_of(text, "de", PUBLISHED)] == ["2027-03-07"]


# --- a chronology's lines without a stop („9. Juni 2023: Unterzeichnung …“): text, not subheadings --------

def test_the_lines_of_a_chronology_are_events() -> None:
    text = ("Gespräche in Genf\n\nDie Schweiz ist Gastgeberin der Gespräche. Ministerin Ada Brunner reiste Anfang "
            "Dezember nach Quito und traf dort Präsident Tomás Ruiz.\n\nChronologie\nOktober 2022: Auftakt der "
            "Gespräche in Lima\n9. Juni 2023: Unterzeichnung einer Waffenruhe in Havanna\n4. Dezember: Ministerin "
            "Brunner bei Präsident Ruiz in Quito")
    dates = [e.date for e in events_of(text, "de", "2027-01-24")]
    assert {"2022-10", "2023-06-09", "2026-12-04"} <= set(dates)
    assert "2026-12" not in dates  # the body's month is the chronology's day: one visit


def test_a_short_heading_is_still_a_heading() -> None:
    from lagebild.extract.doc import timeline_entry
    assert not timeline_entry("Chronologie", "de")
    assert not timeline_entry("Der Weg zum Gipfel", "de")
    assert timeline_entry("March 4 – Talks resume in Geneva", "en")


# --- a surname that ends in an event noun ("Zwahlen"): no compound, no event ----------------------------

def test_a_name_ending_in_an_event_noun_is_no_event() -> None:
    text = ("Kritik an der Reise\n\nDie Reise beginnt am 3. Februar. «Wir dürfen uns nicht instrumentalisieren "
            "lassen», warnt Nationalrat Bruno Zwahlen.")
    assert [e.date for e in events_of(text, "de", "2027-01-24")] == ["2027-02-03"]
