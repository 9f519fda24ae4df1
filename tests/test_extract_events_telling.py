"""A date attached to the verb of telling dates the telling (issue #13): a past statement or
announcement, never a planned event because what was told is in the future tense, and never the
date of an event word inside the told content.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# Published on a Wednesday: a past Thursday is 2026-03-12, a coming one 2026-03-19.
PAST_THURSDAY = "2026-03-12"


@pytest.mark.parametrize(("text", "language", "speaker"), [
    # the told content holds an event word after the date
    ("Zollstreit\n\nRegierungschefin Anna Berg told reporters on Thursday that her government would hold "
     "talks with Paris next week.", "en", "Anna Berg"),
    ("Tariff row\n\nTomas Rilke told a news conference on Thursday that talks would resume.", "en", "Tomas Rilke"),
    # the date before the verb and its subject
    ("Tariff row\n\nOn Thursday, Tomas Rilke said his government would hold talks with Canada.", "en",
     "Tomas Rilke"),
    ("Tariff row\n\nOn Thursday Tomas Rilke told reporters that talks with Canada were planned for April.",
     "en", "Tomas Rilke"),
    ("Zollstreit\n\nAm Donnerstag kündigte Petra Lindqvist neue Gespräche mit Kanada an.", "de", "Petra Lindqvist"),
    ("Zollstreit\n\nPetra Lindqvist hatte am Donnerstag gesagt, man werde nächste Woche in Paris verhandeln.",
     "de", "Petra Lindqvist"),
])
def test_the_day_of_the_telling_is_a_past_statement(text: str, language: str, speaker: str) -> None:
    events = events_of(text, language)
    told = [e for e in events if e.date == PAST_THURSDAY]
    assert told, events
    assert all(e.status == "past" for e in told) and speaker in told[0].participants
    # no event of the told content takes the telling's day, nor the coming Thursday
    assert not [e for e in events if e.date == "2026-03-19"]
    assert not [e for e in told if e.kind == "talks"]


@pytest.mark.parametrize(("text", "language", "day", "status"), [
    # a date inside the told content stays the content's
    ("Tariff row\n\nTomas Rilke said on Thursday that he would meet Xi on Friday.", "en", "2026-03-20", "planned"),
    ("Zollstreit\n\nPetra Lindqvist sagte am Donnerstag, sie werde Xi am Freitag treffen.", "de", "2026-03-20",
     "planned"),
    # an event word before the date is that event's, whatever the verb of saying
    ("Tariff row\n\nTomas Rilke said the talks on Thursday had been productive.", "en", PAST_THURSDAY, "past"),
])
def test_a_date_of_the_told_content_keeps_its_event(text: str, language: str, day: str, status: str) -> None:
    found = [e for e in events_of(text, language) if e.date == day]
    assert found and found[0].status == status and found[0].kind not in ("statement", "announcement")


@pytest.mark.parametrize(("text", "language", "telling_day", "content_month"), [
    # the verb of telling right after the date, its reported content in Konjunktiv present
    ("Diplomatie\n\nAm Montag teilte das Außenministerium mit, der Gipfel finde im Mai statt.", "de",
     "2026-03-16", "2026-05"),
    # a noun of the occasion before the date, the past verb of announcing right after it
    ("Diplomatie\n\nIn einer Fernsehansprache am Sonntag kündigte Ivo Marek Wahlen für Juni an.", "de",
     "2026-03-15", "2026-06"),
    # a participle of speaking before the date
    ("Diplomacy\n\nSpeaking to reporters on Friday, Ivo Marek said he would meet Xi in May.", "en",
     "2026-03-13", "2026-05"),
])
def test_the_telling_is_past_and_its_content_still_to_come(text: str, language: str, telling_day: str,
                                                            content_month: str) -> None:
    events = events_of(text, language)
    assert [(e.date, e.status) for e in events if e.date and len(e.date) == 10] == [(telling_day, "past")]
    assert [(e.date, e.status) for e in events if e.date and len(e.date) == 7] == [(content_month, "planned")]
