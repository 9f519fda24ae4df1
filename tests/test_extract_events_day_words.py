"""Date words of this session (invented texts): a day of the month alone ("on the 22nd"), a target month
that is the month of writing („für Ende November“), an event after "nach"/"after" told from a present
clause, a publishing line with its outlet, and a transcript's speaker label."""

from __future__ import annotations

from tests.support.extraction import events_of


def test_a_day_of_the_month_alone_is_the_nearest_such_day() -> None:
    text = "Negotiators from the four states are to meet in Lisbon on the 22nd for a second round."
    assert [e.date for e in events_of(text, "en", "2026-03-18")] == ["2026-03-22"]


def test_a_numbered_floor_is_no_day() -> None:
    text = "The delegation from Norway met the minister in the office on the 22nd floor on Monday."
    assert [e.date for e in events_of(text, "en", "2026-03-18")] == ["2026-03-16"]


def test_a_target_month_may_be_the_month_of_writing() -> None:
    text = ("Ein Gipfeltreffen der beiden Präsidenten, das Diplomaten für Ende November in Aussicht gestellt "
            "hatten, ist nach Angaben aus Tiflis vom Tisch.")
    assert all(e.date is None or e.date.startswith("2026") for e in events_of(text, "de", "2026-11-14"))


def test_an_event_after_nach_told_from_a_present_clause_is_past() -> None:
    text = "Auch nach dem Treffen der Finanzminister am Donnerstag in Valletta liegt der Vertrag in der Schublade."
    assert [(e.date, e.status) for e in events_of(text, "de", "2026-11-14")] == [("2026-11-12", "past")]


def test_a_publishing_line_with_its_outlet_is_no_event() -> None:
    text = ("Ministers met in Halifax on Tuesday to discuss fishing quotas. "
            "This report by The Northern Wire was first published March 11, 2026.")
    assert [e.date for e in events_of(text, "en", "2026-03-11")] == ["2026-03-10"]


def test_a_transcript_label_is_no_event() -> None:
    text = "MARA QUINN, HOST:\n\nThis is the evening news. Ministers from Chile and Peru met in Lima on Monday."
    assert [e.date for e in events_of(text, "en", "2026-03-18")] == ["2026-03-16"]


def test_a_rally_called_for_a_weekday_is_still_to_come() -> None:
    text = "Opposition leader Ana Morales has called a rally in Santiago for Saturday."
    assert [(e.date, e.status) for e in events_of(text, "en", "2027-01-06")] == [("2027-01-09", "planned")]


def test_a_part_of_the_day_between_a_past_verb_and_its_day() -> None:
    text = "Handelsminister Paul Renner kündigte am späten Dienstagabend an, die Zölle zum 15. April anzuheben."
    assert ("2027-04-06", "past") in [(e.date, e.status) for e in events_of(text, "de", "2027-04-07")]


def test_a_date_after_nach_of_another_noun_keeps_its_own_tense() -> None:
    text = "Ministerin Eva Brunner bestätigt nach der Kabinettssitzung eine neue Verhandlungsrunde im Januar."
    assert [e.date for e in events_of(text, "de", "2026-12-18")] == ["2027-01"]


def test_a_possessive_participle_of_planning_is_no_future() -> None:
    text = ("Ministers have agreed to set up a shared coastguard, after a special summit in Valletta ran four "
            "hours past its scheduled close late on Wednesday.")
    assert [(e.date, e.status) for e in events_of(text, "en", "2027-05-20")] == [("2027-05-19", "past")]


def test_what_there_might_be_is_no_event() -> None:
    assert events_of("Dann könnte es Ende März eine zweite Runde in Oslo geben.", "de") == []
    assert events_of("There could be a second round in Oslo on Friday.", "en") == []
    assert [e.date for e in events_of("Das Treffen in Oslo könnte am Freitag stattfinden.", "de")] == ["2026-03-20"]


def test_a_german_verb_at_the_head_of_a_sentence() -> None:
    text = "Verhandelt wird seit dem 8. Februar, unter Vermittlung Norwegens."
    assert [(e.date, e.kind) for e in events_of(text, "de", "2027-02-16")] == [("2027-02-08", "talks")]


def test_a_meeting_set_in_a_relative_clause_that_does_not_take_place() -> None:
    text = "Ein Treffen der Minister, das für Donnerstag in Bern angesetzt war, findet nicht statt."
    assert events_of(text, "de", "2027-05-08") == []


def test_a_summit_off_the_table() -> None:
    text = "Ein Gipfel der beiden Präsidenten, den Diplomaten für Ende Mai erwartet hatten, ist vom Tisch."
    assert events_of(text, "de", "2027-05-08") == []


def test_a_german_target_day_with_its_auxiliary_after_it() -> None:
    text = "Ein Treffen der Minister, das für Donnerstag in Bern angesetzt ist, soll den Streit beilegen."
    assert [e.date for e in events_of(text, "de", "2027-05-08")] == ["2027-05-13"]


def test_the_first_since_a_month_dates_no_earlier_occurrence() -> None:
    text = "Opposition leader Ana Morales has called a rally in Santiago for Saturday, her first since October."
    assert [e.date for e in events_of(text, "en", "2027-01-06")] == ["2027-01-09"]


def test_a_day_of_the_month_before_the_main_verb() -> None:
    text = "A truce between the army and the rebels that took effect on the 1st is barely holding."
    assert [e.date for e in events_of(text, "en", "2026-12-12")] == ["2026-12-01"]


def test_an_event_noun_after_a_dateline_dash_is_no_name() -> None:
    text = ("LIMA – Talks between the government and the unions collapsed on Monday.\n\n"
            "January 4: The talks collapse after a night session.")
    events = events_of(text, "en", "2027-01-06")
    assert [(e.date, e.kind) for e in events] == [("2027-01-04", "talks")]


def test_an_act_told_again_in_the_passive_is_the_act_just_told() -> None:
    text = ("Chile and Peru on Monday signed three agreements on fishing. "
            "The agreements were signed at the palace in Lima.")
    assert [e.date for e in events_of(text, "en", "2027-02-09")] == ["2027-02-08"]
