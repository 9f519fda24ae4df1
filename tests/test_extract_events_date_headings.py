"""Sub-headings that are only a date or a time of day date the undated events of their paragraphs, and
English parts of the day ("this afternoon", "last night") date what they are told with (invented texts)."""

from __future__ import annotations

from tests.support.extraction import events_of

# Published on a Friday (2026-03-20).
_WEEK = """The week in review: a visitor and a vote

A busy week for the cabinet. Here is what happened.

Monday

Trade Minister Carla Wendt met Japanese envoy Kenji Arata at the ministry in Lisbon.

Wednesday

Prime Minister Ruth Okafor arrived in Porto for a two-day tour of the northern shipyards.
"""

_LIVE = """Harbour summit in Valletta – live

16.20 GMT
Leaders from nine states met at the Grand Harbour and agreed on a joint coastguard.

11.05 GMT
Prime Minister Ruth Okafor has arrived at the conference centre.
"""


def test_weekday_headings_date_the_events_below_them() -> None:
    found = {e.summary.split()[0] + " " + e.summary.split()[1]: e.date for e in events_of(_WEEK, "en", "2026-03-20")}
    assert found.get("Trade Minister") == "2026-03-16"
    assert found.get("Prime Minister") == "2026-03-18"


def test_time_headings_of_a_live_blog_date_the_day_of_writing() -> None:
    days = {e.date for e in events_of(_LIVE, "en", "2026-03-20")}
    assert days == {"2026-03-20"}


def test_a_plan_under_a_day_gone_by_gets_no_date_from_it() -> None:
    text = _WEEK.replace("Ruth Okafor arrived in Porto", "Ruth Okafor will travel to Porto")
    events = events_of(text, "en", "2026-03-20")
    assert not any(e.date == "2026-03-18" for e in events)


def test_english_parts_of_the_day() -> None:
    text = ("Defence Minister Paul Rowan told the broadcaster GBX this afternoon that the fleet would sail. "
            "Speaking to a radio station last night, opposition leader Mara Lind said the plan was too costly.")
    days = {e.date for e in events_of(text, "en", "2026-03-20")}
    assert {"2026-03-20", "2026-03-19"} <= days
