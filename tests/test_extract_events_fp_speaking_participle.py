"""A date after a participle of speaking with no event word ("— X, speaking in Leeds on Sunday") dates a
statement, in the past (issue #13, ``sentenceevents``): a quote's attribution, not an event to come.

Every sentence here is invented for the test.  (German attributes quotes with a finite verb, „sagte X am
Sonntag“, which the past cues already date.)
"""

from __future__ import annotations

from tests.support.extraction import events_of

# A Wednesday: "on Sunday" behind is 2026-03-15, ahead 2026-03-22.
PUBLISHED = "2026-03-18"


def test_a_quote_attributed_with_speaking_on_a_day_is_a_past_statement() -> None:
    events = events_of("Tariffs\n\n\"Tariffs are a tax on your own people.\" — Norland's trade minister Otto Brenner, "
                       "speaking in Leeds on Sunday.", "en")
    assert [(e.date, e.status, e.kind) for e in events] == [("2026-03-15", "past", "statement")]


def test_an_event_to_come_beside_it_keeps_its_day() -> None:
    events = events_of("Week ahead\n\n\"Tariffs are a tax.\" — minister Otto Brenner, speaking in Leeds on Sunday.\n\n"
                       "Sunday: Norland votes in a parliamentary election.", "en")
    assert ("2026-03-22", "planned") in [(e.date, e.status) for e in events]
