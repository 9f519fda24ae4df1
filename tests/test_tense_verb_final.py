"""German verb-final clauses: the clause's last verb group decides its tense (issue #13).

A subordinate clause puts its finite verb last ("…, weil sie am 18. März vertreten sein werden"), so
the future's "werden" can stand far from the date while adjectives near it ("geschäftsführenden")
or present forms in "-ten" ("vertreten", "begleiten") look like past participles and pasts.
"""

from __future__ import annotations

import pytest

from lagebild.extract.tense import tense_at, weak_past
from tests.support.extraction import events_of


@pytest.mark.parametrize("sentence", [
    "Weil die Regierung beim Gipfel am 18. März nur durch den geschäftsführenden Kanzler vertreten sein wird.",
    "Man rechnet damit, dass die gemeinsamen Delegationen am 4. Mai in Genf zusammentreten werden.",
    "Es ist offen, ob die begleitenden Minister am 9. Juni wieder anreisen werden.",
])
def test_a_clause_ending_in_infinitive_and_werden_is_future(sentence: str) -> None:
    day = next(word for word in sentence.split() if word.rstrip(".").isdigit())
    assert tense_at(sentence, sentence.index(day), "de") == 1


@pytest.mark.parametrize("sentence", [
    "Die Delegationen, die am 2. Februar zusammentraten, berieten lange.",
    "Am 2. Februar arbeiteten die gemeinsamen Arbeitsgruppen bis in die Nacht.",
    "Nachdem die Minister am 3. März getagt hatten, reisten sie ab.",
])
def test_past_clauses_stay_past(sentence: str) -> None:
    day = next(word for word in sentence.split() if word.rstrip(".").isdigit())
    assert tense_at(sentence, sentence.index(day), "de") == -1


@pytest.mark.parametrize(("word", "past"), [
    ("geschäftsführenden", False), ("gemeinsamen", False), ("gestrigen", False), ("gesetzlichen", False),
    ("vertreten", False), ("begleiten", False), ("bieten", False),
    ("getroffen", True), ("arbeiteten", True), ("sagten", True), ("berichteten", True),
])
def test_adjectives_and_present_forms_are_no_past(word: str, past: bool) -> None:
    assert weak_past(word, "de") is past


def test_a_future_summit_in_a_verb_final_clause_gets_next_year() -> None:
    text = ("Koalition in Den Haag geschwächt\n\nDas ist heikel, weil das Land beim EU-Gipfel am 18. März nur "
            "durch den geschäftsführenden Regierungschef Jan Kleber vertreten sein wird, der kein Mandat hat.")
    days = [event.date for event in events_of(text, "de", published="2027-01-16")]
    assert "2027-03-18" in days and "2026-03-18" not in days, days
