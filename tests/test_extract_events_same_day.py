"""Two meetings on one day, each between its own parties, are two events (issue #13).

Invented sentences.  Mentions of one date used to merge into one event unless each named its own
speakers, so a second meeting told by its verb ("Frankreich empfing am Dienstag …") lent its parties
to the first and vanished.  A meeting told again by its noun („das Treffen am 3. Jänner“) still is one.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event
from lagebild.extract.draftmerge import merge_drafts
from lagebild.extract.eventdraft import STRONG, Draft


def events_of(text: str, language: str) -> list[Event]:
    return doc_of(text, language, "2026-11-20").events


@pytest.mark.parametrize(("text", "language", "first", "second"), [
    ("Die indische und die indonesische Delegation trafen sich am Dienstag in Jakarta. Frankreich empfing am "
     "Dienstag eine Delegation aus Marokko.", "de", {"IN", "ID"}, {"FR", "MA"}),
    ("Russian and Ukrainian negotiators met in Istanbul on Wednesday. Japan hosted South Korea's foreign "
     "minister on Wednesday.", "en", {"RU", "UA"}, {"JP"}),
])
def test_two_meetings_of_one_day_between_other_parties_stay_two(text: str, language: str, first: set[str],
                                                                second: set[str]) -> None:
    dated = [set(e.participants) for e in events_of(text, language) if e.date]
    assert len(dated) == 2
    assert first <= dated[0] and not dated[0] & second - first
    assert second <= dated[1]


def draft(sentence: int, participants: list[str], word: str, source: str) -> Draft:
    return Draft(date="2026-12-03", kind="meeting", kind_source=source, status="planned", summary=f"s{sentence}",
                 evidence="", sentence=sentence, block=sentence, guessed=False, participants=participants, word=word)


def test_a_meeting_told_again_by_its_noun_is_one_event() -> None:
    # „ein Treffen der Koalition … am 3. Dezember“ … „die Teilnahme der NATO für das Treffen am 3. Dezember“
    merged = merge_drafts([draft(1, ["Koalition der Willigen"], "Treffen", STRONG),
                           draft(4, ["NATO", "Europäische Kommission"], "Treffen", STRONG)])
    assert len(merged) == 1
    assert merged[0].participants == ["Koalition der Willigen", "NATO", "Europäische Kommission"]


def test_meetings_told_by_their_verbs_with_other_parties_are_two() -> None:
    assert len(merge_drafts([draft(1, ["IN", "ID"], "trafen", "verb"), draft(2, ["FR", "MA"], "empfing", "verb")])) == 2


@pytest.mark.parametrize(("text", "language", "parties"), [
    ("India and Indonesia held talks in New Delhi on Thursday. The two sides will meet again on December 3 in "
     "Jakarta.", "en", ("IN", "ID")),
    ("India and Indonesia held talks in New Delhi on Thursday. They will meet again on December 3.", "en",
     ("IN", "ID")),
    ("Serbien und Kosovo verhandelten am Donnerstag in Brüssel. Beide Seiten wollen sich am 3. Dezember erneut "
     "treffen.", "de", ("RS", "XK")),
    ("Serbien und Kosovo verhandelten am Donnerstag in Brüssel. Sie wollen sich am 3. Dezember erneut treffen.",
     "de", ("RS", "XK")),
])
def test_a_meeting_done_by_the_group_takes_the_parties_told_before(text: str, language: str,
                                                                   parties: tuple[str, ...]) -> None:
    later = [e for e in events_of(text, language) if e.date == "2026-12-03"]
    assert len(later) == 1 and later[0].participants == parties


def test_a_singular_she_is_no_group() -> None:
    text = ("Serbien und Kosovo verhandelten am Donnerstag in Brüssel. Sie sagte, man werde sich am 3. Dezember "
            "erneut treffen.")
    assert all(e.participants == () for e in events_of(text, "de") if e.date == "2026-12-03")


def test_they_without_a_continuation_may_be_anyone() -> None:
    text = "India and Indonesia held talks in New Delhi on Thursday. They will meet on December 3 in Jakarta."
    assert all(e.participants == () for e in events_of(text, "en") if e.date == "2026-12-03")
