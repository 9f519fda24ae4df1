"""The lead's statement of the headline's person is main news (CONVENTIONS §7.1–2): an event, undated
when the text gives no day, even when the headline itself tells another event of that person (issue
#13).  Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of


@pytest.mark.parametrize(("text", "language", "who"), [
    ("Ministerin Holm kündigt weitere Verhandlungen über das Klimaabkommen an\n\nUmweltministerin Anna Holm "
     "hält den neuen Entwurf des Klimaabkommens für nicht zustimmungsfähig.", "de", "Anna Holm"),
    ("Marek: Keine Zugeständnisse an die EU\n\nDer lindavische Außenminister Ivo Marek hat Zugeständnisse an "
     "die EU ausgeschlossen.", "de", "Ivo Marek"),
    ("Holm announces new climate talks\n\nEnvironment Minister Anna Holm rejected the new draft of the climate "
     "accord as inadequate.", "en", "Anna Holm"),
])
def test_the_leads_stance_of_the_headlines_person_is_a_statement(text: str, language: str, who: str) -> None:
    said = [e for e in events_of(text, language) if e.kind == "statement"]
    assert said and said[0].date is None and said[0].status == "past" and who in said[0].participants


@pytest.mark.parametrize(("text", "language"), [
    # the headline names someone else: the lead's stance is not the headline's news
    ("Klimagipfel geht in die Verlängerung\n\nUmweltministerin Anna Holm hält den neuen Entwurf für nicht "
     "zustimmungsfähig.", "de"),
    # the lead tells no stance
    ("Holm in Belem\n\nEnvironment Minister Anna Holm arrived in Belem for the climate summit.", "en"),
])
def test_no_statement_without_the_headlines_person_and_a_stance(text: str, language: str) -> None:
    assert [e for e in events_of(text, language) if e.kind == "statement"] == []
