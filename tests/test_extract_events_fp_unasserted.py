"""What a sentence does not assert is no event (issue #13, CONVENTIONS §7.4, ``eventdoubt.outside_assertion``).

Every sentence here is invented for the test.  A free relative clause of anyone („und wer in dieser
Woche nach Vaduz geschaut hat, ahnt …“, "whoever met him knows") tells nothing that happened; nor does
what a negated verb of saying or claiming reports („hat nie behauptet, dass am Anfang ein
Ministertreffen steht“, "has never said that a meeting would …").
"""

from __future__ import annotations

import pytest

from lagebild.extract.eventdoubt import outside_assertion
from tests.support.extraction import events_of


def test_whoever_looked_this_week_is_no_event_of_this_week() -> None:
    events = events_of("Vaduz sucht eine Regierung\n\nSeit der Landtagswahl am 2. März ist Liechtenstein ohne neue "
                       "Regierung, und wer in dieser Woche nach Vaduz geschaut hat, ahnt: Das bleibt noch eine Weile "
                       "so.", "de")
    assert [e.date for e in events] == ["2026-03-02"]


def test_meeting_a_negated_claim_reports_is_no_event() -> None:
    events = events_of("Gespräche in Bern\n\nAm 28. März sollen in Bern die Gespräche mit Teheran beginnen.\n\n"
                       "Frage: Die USA schicken nur Beamte. Ein schlechtes Zeichen?\n\nEs ist ein realistisches "
                       "Zeichen. Washington hat nie behauptet, dass am Anfang ein Ministertreffen steht.", "de")
    assert [(e.date, e.kind) for e in events] == [("2026-03-28", "talks")]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The State Department has never said that a ministerial meeting would open the process.", "meeting", True),
    ("The State Department said that a ministerial meeting would open the process.", "meeting", False),
    ("Few noticed, but whoever met him that week knew the talks were over.", "met", True),
    ("He met her that week, and the talks were over.", "met", False),
])
def test_outside_assertion_in_english(text: str, word: str, expected: bool) -> None:
    assert outside_assertion(text, text.index(word), "en") is expected
