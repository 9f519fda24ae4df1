"""An event told later that day with someone new is a second occurrence (issue #13).

Invented sentences.  „Am Nachmittag traf der Gast mit dem Kanzler zusammen“ after the morning's
reception, "On the same day, he and the prime minister signed …" after the arrival: each told in its
own sentence with someone the first event did not have; they used to fold into the first event of the
day (sharing the visitor) and vanished.  A remark later that day, or the same people again, still is
the day's event.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event


def events_of(text: str, language: str) -> list[Event]:
    return doc_of(text, language, "2026-11-18").events


@pytest.mark.parametrize(("text", "language", "second"), [
    ("Die lettische Präsidentin Ilze Berzina ist am Dienstag in Bern empfangen worden. Bundespräsident Karl "
     "Amrein begrüßte seinen Gast am Vormittag im Bundeshaus. Am Nachmittag traf Berzina im Außenministerium "
     "mit Außenminister Paul Gerber zusammen.", "de", "Paul Gerber"),
    ("Latvian President Ilze Berzina arrived in Bern on Tuesday for a state visit. On the same day, Berzina "
     "and Foreign Minister Paul Gerber signed an agreement on energy research.", "en", "Paul Gerber"),
])
def test_a_later_event_of_the_day_with_someone_new_is_its_own(text: str, language: str, second: str) -> None:
    tuesday = [e for e in events_of(text, language) if e.date == "2026-11-17"]
    assert len(tuesday) == 2
    assert [e for e in tuesday if second in e.participants] == [tuesday[1]]


def test_the_same_people_later_that_day_are_the_same_event() -> None:
    text = ("Außenminister Karl Brandt traf am Dienstag in Rom seinen Amtskollegen Paolo Ferri. Am Nachmittag "
            "setzten Brandt und Ferri ihr Gespräch fort.")
    assert len([e for e in events_of(text, "de") if e.date == "2026-11-17"]) == 1
