"""merge_drafts on drafts of one month: only those of one sentence or one event noun are compared."""

from __future__ import annotations

import pytest

from lagebild.extract import draftmerge
from lagebild.extract.draftmerge import merge_drafts
from lagebild.extract.eventdraft import Draft


def _draft(kind: str, source: str, sentence: int, people: list[str]) -> Draft:
    return Draft(date="2025-03", kind=kind, kind_source=source, status="future", summary=kind, evidence="e",
                 sentence=sentence, block=0, guessed=False, participants=list(people))


def test_a_statement_that_became_a_meeting_is_met_again_by_its_noun() -> None:
    """„Anna Beispiel kündigte im März ein Treffen mit Bernd Muster an“ (a statement and a meeting noun in one
    sentence: one meeting) … „Das Treffen im März …“ in another sentence: the same meeting."""
    said = _draft("statement", "noun", 0, ["Anna Beispiel"])
    meeting = _draft("meeting", "noun", 0, ["Bernd Muster"])
    again = _draft("meeting", "noun", 3, ["Bernd Muster"])
    merged = merge_drafts([said, meeting, again])
    assert len(merged) == 1
    assert merged[0].kind == "meeting"
    assert merged[0].participants == ["Anna Beispiel", "Bernd Muster"]


def test_many_events_of_one_month_are_not_each_compared_with_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two hundred happenings „im März“, each told by its verb in a sentence of its own, stay two hundred,
    and telling them does not compare every one with every other (quadratic in a long article)."""
    calls = []
    same_people = draftmerge._same_people

    def counted(a: Draft, b: Draft) -> bool:
        calls.append((a, b))
        return same_people(a, b)

    monkeypatch.setattr(draftmerge, "_same_people", counted)
    drafts = [_draft("other", "verb", number, [f"Person {number}"]) for number in range(200)]
    assert len(merge_drafts(drafts)) == 200
    assert len(calls) < 200
