"""The publication of legal acts in the official journal (issue #13, ``*_time.STAMP_PATTERNS``): a
publishing line, part of the decision it publishes (CONVENTIONS §7.3, §7.4), no event of its own.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Wednesday.
PUBLISHED = "2026-03-18"


@pytest.mark.parametrize(("text", "language"), [
    ("Sanktionen\n\nDer Rat hat heute Sanktionen gegen fünf Personen verhängt. Die Rechtsakte wurden heute im "
     "Amtsblatt der Europäischen Union veröffentlicht.", "de"),
    ("Sanctions\n\nThe Council today imposed sanctions on five persons. The legal acts were published in the "
     "Official Journal of the EU today.", "en"),
])
def test_the_publication_in_the_official_journal_is_no_event(text: str, language: str) -> None:
    assert [(e.date, e.kind) for e in events_of(text, language)] == [("2026-03-18", "other")]
