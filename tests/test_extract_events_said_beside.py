"""A statement on the day of a happening of another sort is an event of its own (issue #13).

Invented sentences.  A statement made on the day of a meeting, talks, a call or a visit is part of it
(CONVENTIONS §7.3); a statement told in its own sentence on the day of a concession, a vote or a strike
used to fold into that happening too and vanished.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event


def events_of(text: str, language: str) -> list[Event]:
    return doc_of(text, language, "2026-11-21").events


@pytest.mark.parametrize(("text", "language"), [
    ("Bei der Bürgermeisterwahl in Lindau zeichnet sich ein klarer Sieg ab. Die beiden Herausforderer "
     "gestanden am Samstag ihre Niederlage ein. «Ich danke allen Wählerinnen und Wählern», sagte die "
     "Siegerin Marta Keller am Samstag in Lindau.", "de"),
    ("The mayoral race in Lindau ended in a clear win. The two challengers conceded defeat on Saturday. "
     "\"I thank every voter,\" the winner Marta Keller said in Lindau on Saturday.", "en"),
])
def test_a_statement_beside_a_concession_of_that_day_stays_an_event(text: str, language: str) -> None:
    saturday = [e for e in events_of(text, language) if e.date == "2026-11-21"]
    assert len(saturday) == 2
    assert any(e.kind == "statement" for e in saturday)


@pytest.mark.parametrize(("text", "language"), [
    ("Außenminister Karl Brandt traf am Samstag in Rom seinen Amtskollegen Paolo Ferri. «Wir sind einig», "
     "sagte Brandt am Samstag.", "de"),
    ("Foreign Minister Karl Brandt met his counterpart Paolo Ferri in Rome on Saturday. \"We agree,\" Brandt "
     "said on Saturday.", "en"),
])
def test_a_statement_at_a_meeting_of_that_day_is_part_of_it(text: str, language: str) -> None:
    assert len([e for e in events_of(text, language) if e.date == "2026-11-21"]) == 1
