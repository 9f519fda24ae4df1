"""Statements dated on their own (CONVENTIONS §7.1) that the verb group dates (issue #13).

- A verb of saying dated only by a time of day and told with its own occasion („sagte am Abend im
  Staatsfernsehen“) is a statement of that day — unless its speaker took part in the event told for
  that day („sagte Sørensen am Abend vor den Medien“ after her talks: part of the talks, §7.3).
- A perfect verb group of saying around the date („hatte am Montag in Berlin erklärt, …“) dates the
  statement even with no event word in the sentence.

Every sentence is invented for the test.
"""

from __future__ import annotations

from tests.support.extraction import events_of

PUBLISHED = "2026-03-18"


def test_a_saying_at_a_day_part_on_a_channel_of_its_own_is_a_statement_of_the_day() -> None:
    text = ("Liveblog Nahost\n\n"
            "Außenministerin Petra Lindqvist hat am Nachmittag mit ihrem Amtskollegen Tomas Rilke telefoniert.\n\n"
            "Regierungssprecher Anton Weyrauch sagte am Abend im Staatsfernsehen, man sei zu Gesprächen bereit.")
    events = events_of(text, "de", PUBLISHED)
    said = [e for e in events if e.kind == "statement" and e.date == PUBLISHED]
    assert said, events
    assert said[0].status == "past"
    # the call keeps its own people; the speaker is no party of it
    calls = [e for e in events if e.kind == "call"]
    assert calls and "Anton Weyrauch" not in calls[0].participants


def test_a_remark_at_a_day_part_by_one_who_took_part_stays_part_of_the_event() -> None:
    text = ("Gespräche in Genf\n\n"
            "Die Delegationen verhandelten am Montag unter Leitung der Vermittlerin Anna Sørensen in Genf.\n\n"
            "„Wir sind vorangekommen“, sagte Sørensen am Abend vor den Medien.")
    events = events_of(text, "de", PUBLISHED)
    assert not [e for e in events if e.kind == "statement"], events


def test_a_saying_at_a_day_part_after_the_meeting_stays_part_of_it() -> None:
    text = ("Gipfel in Brüssel\n\n"
            "Die Staats- und Regierungschefs der EU trafen sich am Vormittag in Brüssel.\n\n"
            "Ratspräsident Tomas Rilke sagte am Abend nach dem Treffen, die Einigung stehe.")
    events = events_of(text, "de", PUBLISHED)
    assert not [e for e in events if e.kind == "statement"], events


def test_a_perfect_verb_group_of_saying_dates_the_statement() -> None:
    # „hatte am Montag … erklärt“: no event word but the participle of saying that closes the date's clause
    text = ("Koalition in Erfurt\n\n"
            "Die Landesvorsitzende Petra Lindqvist hatte am Montag in Berlin erklärt, der Verband entscheide selbst.")
    said = [e for e in events_of(text, "de", PUBLISHED) if e.date == "2026-03-16"]
    assert said and said[0].kind == "statement" and said[0].status == "past", said
    assert "Petra Lindqvist" in said[0].participants


def test_a_participle_without_a_perfect_auxiliary_dates_no_statement() -> None:
    text = "Koalition in Erfurt\n\nDer Vertrag wurde am Montag in Berlin für gültig erklärt."
    assert not [e for e in events_of(text, "de", PUBLISHED) if e.kind == "statement"]
