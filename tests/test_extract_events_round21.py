"""Events, round 21: plans that changed, days counted from a neighbour, restated and described acts.

Every sentence here is invented for the test; each test is one class.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Wednesday in March.
PUBLISHED = "2026-03-04"


# --- a first plan told with "earlier"/"previously": the date the event no longer has ------------------

@pytest.mark.parametrize("adverb", ["earlier", "previously"])
def test_a_plan_told_as_earlier_makes_no_event_at_the_old_date(adverb: str) -> None:
    text = (f"Ministers meet\n\nThe finance ministers will meet in Oslo next Tuesday, while a joint conference "
            f"with the Nordic Council, {adverb} scheduled for March 9 in Bergen, has been postponed.")
    dates = [e.date for e in events_of(text, "en", PUBLISHED)]
    assert "2026-03-09" not in dates
    assert "2026-03-10" in dates


def test_a_postponed_plan_told_as_earlier_stays_planned_without_date() -> None:
    text = ("Ministers meet\n\nA joint conference with the Nordic Council, previously planned for March 9 in "
            "Bergen, has been postponed.")
    assert [(e.date, e.status) for e in events_of(text, "en", PUBLISHED)] == [(None, "planned")]


def test_earlier_as_a_past_act_still_dates_the_event() -> None:
    text = "Trade talks\n\nThe two ministers met earlier on Monday in Oslo."
    assert "2026-03-02" in [e.date for e in events_of(text, "en", PUBLISHED)]


# --- „am Vortag“ with no day told before: the day before the report's -----------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Streit um Abgabe\n\nDie Regierung hält an der Abgabe fest. Der Streit begann im Dezember.\n\n"
     "Kanzler Olaf Brenner und Premier Jan Nowak hatten am Vortag telefoniert.", "de"),
    ("Row over levy\n\nThe government is sticking to the levy. The dispute began in December.\n\n"
     "Prime Minister Olaf Brenner and President Jan Nowak had spoken by phone the previous day.", "en"),
])
def test_the_day_before_with_no_day_told_counts_from_the_report(text: str, language: str) -> None:
    assert "2026-03-03" in [e.date for e in events_of(text, language, PUBLISHED)]


def test_the_day_before_still_counts_from_a_day_told() -> None:
    text = ("Streit um Abgabe\n\nAm 20. Februar trafen sich die Minister in Bonn. Am Vortag hatten Kanzler "
            "Olaf Brenner und Premier Jan Nowak telefoniert.")
    dates = [e.date for e in events_of(text, "de", PUBLISHED)]
    assert "2026-02-19" in dates and "2026-03-03" not in dates


# --- „im Anschluss“: the day of the event just told -------------------------------------------------------

def test_im_anschluss_takes_the_day_of_the_event_just_told() -> None:
    text = ("Treffen in Kiel\n\nMinisterin Anna Holt hat am Montag den Präsidenten der Region Skåne, Lars Berg, "
            "in Kiel empfangen.\n\nIm Anschluss besuchten Holt und Berg gemeinsam den Hafen.")
    events = events_of(text, "de", PUBLISHED)
    assert [e.date for e in events] == ["2026-03-02", "2026-03-02"]


# --- „Damals …“ right after a dated event: what happened at it, no new undated event ----------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Streit um Abgabe\n\nDie Regierung hält an der Abgabe fest.\n\nZuletzt waren beide Kabinette im Mai "
     "2024 in Bonn zusammengekommen. Damals hatten sie ein Abkommen für den Hafen unterzeichnet.", "de"),
    ("Levy row\n\nThe government is sticking to the levy.\n\nThe two cabinets last met in Bonn in May 2024. "
     "At the time, they signed an accord on the port.", "en"),
])
def test_an_act_at_the_time_of_the_event_just_told_is_part_of_it(text: str, language: str) -> None:
    assert [e.date for e in events_of(text, language, PUBLISHED)] == ["2024-05"]


# --- a statement described by who signed it: no signing --------------------------------------------------

def test_a_statement_signed_by_a_spokesman_is_no_signing() -> None:
    text = ("Levy row\n\nThe government is sticking to the levy, according to a statement issued by the ministry "
            "and signed by its spokesman, Mr. Tom Reed.")
    assert events_of(text, "en", PUBLISHED) == []


def test_a_signing_by_leaders_still_counts() -> None:
    text = "Port accord\n\nThe accord was signed by Prime Minister Tom Reed and President Ann Lowe."
    assert events_of(text, "en", PUBLISHED) != []


def test_the_day_before_a_past_act_told_after_a_later_event_counts_from_the_report() -> None:
    text = ("Streit um Abgabe\n\nDie Minister treffen sich am 20. März in Bonn. Kanzler Olaf Brenner und Premier "
            "Jan Nowak hatten am Vortag telefoniert.")
    dates = [e.date for e in events_of(text, "de", PUBLISHED)]
    assert "2026-03-03" in dates and "2026-03-19" not in dates


# --- "less than three weeks after X": X about then, counted from the event of the sentence ----------------

def test_a_rough_span_counts_from_the_event_of_its_sentence_and_meets_the_exact_day() -> None:
    text = ("Sea talks\n\nThe two governments will resume talks on Jan. 15 in Xiamen, less than three weeks after "
            "a coast guard vessel fired water cannon at a fishing boat.\n\nThe Dec. 29 incident left two sailors "
            "injured.")
    dates = [e.date for e in events_of(text, "en", "2027-01-04")]
    assert dates == ["2027-01-15", "2026-12-29"]


def test_the_day_before_a_named_occasion_is_not_counted_from_the_report() -> None:
    text = ("Streit um Abgabe\n\nDie Regierung hält an der Abgabe fest.\n\nAm Vortag des Gipfels hatten Kanzler "
            "Olaf Brenner und Premier Jan Nowak telefoniert.")
    assert "2026-03-03" not in [e.date for e in events_of(text, "de", PUBLISHED)]


def test_im_anschluss_an_an_occasion_takes_no_day_of_the_event_just_told() -> None:
    text = ("Treffen in Kiel\n\nMinisterin Anna Holt hat am Montag den Präsidenten der Region Skåne, Lars Berg, "
            "in Kiel empfangen.\n\nIm Anschluss an die Wahl im Herbst hatten Holt und Berg gemeinsam den Hafen "
            "besucht.")
    assert [e.date for e in events_of(text, "de", PUBLISHED)].count("2026-03-02") == 1
