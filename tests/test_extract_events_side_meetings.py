"""A meeting on the side of another event is a meeting of its own (issue #13).

Invented sentences.  „Am Rande der Gespräche traf X am Mittwochabend Y“, "met Y on Tuesday on the
sidelines of the summit": the occasion's noun only sets the scene; the date belongs to the verb of
meeting, not to the occasion (whose date the event then only repeated).
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event


def events_of(text: str, language: str, published: str = "2026-11-20") -> list[Event]:
    return doc_of(text, language, published).events


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("In Bern haben am Mittwoch neue Gespräche über den Grenzverlauf begonnen. Am Rande der Gespräche traf "
     "Ministerin Clara Wendel am Mittwochabend den lettischen Vizeaußenminister Juris Ozols.", "de",
     {"Clara Wendel", "Juris Ozols"}),
    ("New talks on the border began in Bern on Wednesday. On the sidelines of the talks, Minister Clara Wendel "
     "met Latvian deputy foreign minister Juris Ozols on Wednesday evening.", "en",
     {"Clara Wendel", "Juris Ozols"}),
])
def test_a_side_meeting_is_a_meeting_of_its_own(text: str, language: str, pair: set[str]) -> None:
    dated = [e for e in events_of(text, language) if e.date == "2026-11-18"]
    assert len(dated) == 2
    assert any(e.kind == "meeting" and pair <= set(e.participants) for e in dated)
