"""A statement dated a day after a meeting its sentence tells by its beginning (issue #13,
``eventspan.fold_within_span``): an outcome of that meeting, not an event of its own (CONVENTIONS §7.3).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Wednesday: "am Donnerstag" ahead is 2026-03-19.
PUBLISHED = "2026-03-18"


@pytest.mark.parametrize(("text", "language"), [
    ("Gipfel\n\nDie Konferenz soll am Donnerstag mit einem Abendessen in Oslo beginnen, die Abschlusserklärung ist "
     "für Freitag geplant.", "de"),
    ("Summit\n\nThe summit opens in Oslo on Thursday, and a joint statement is expected on Friday.", "en"),
])
def test_a_statement_of_a_meeting_told_by_its_beginning_is_part_of_it(text: str, language: str) -> None:
    assert [(e.date, e.kind) for e in events_of(text, language)] == [("2026-03-19", "meeting")]


def test_a_statement_of_another_sentence_stays_an_event() -> None:
    events = events_of("Gipfel\n\nDie Konferenz soll am Donnerstag in Oslo beginnen. Kanzlerin Eva Lind sagte am "
                       "Freitag, sie sei zufrieden.", "de")
    assert "2026-03-13" in [e.date for e in events]
