"""A report of the sentence before by a pronoun (issue #13, ``eventcontext.from_antecedent``: ``points_back``).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from lagebild.briefing.model import Event
from tests.support.extraction import events_of

# A Wednesday: "am Freitag" ahead is 2026-03-20, "am Montag" behind is 2026-03-16.
PUBLISHED = "2026-03-18"


def dates(events: list[Event]) -> list[str | None]:
    return [e.date for e in events]


# -- a report of the sentence before by a pronoun: what follows still goes on about the event reported
# (``eventcontext.from_antecedent`` sets ``points_back``)

@pytest.mark.parametrize(("text", "language"), [
    ("Treffen in Genf\n\nIm Streit um die Grenze setzen sich Norland und Sudria am kommenden Montag in Genf an "
     "einen Tisch. Das teilte das Außenministerium am Mittwoch mit. Ministerin Anna Berger werde ihren "
     "Amtskollegen Paul Stern empfangen, hiess es.", "de"),
])
def test_an_event_told_on_after_its_report_is_no_new_event(text: str, language: str) -> None:
    assert None not in dates(events_of(text, language))
