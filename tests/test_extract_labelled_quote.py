"""A quote that a named person labels something as is theirs, not the earlier speaker's (issue #13).

Invented sentences: "X accused the opposition of "…", a charge Y dismissed as "…"" gives the second quote
to Y; "Z called it "…"" to Z.
"""

from __future__ import annotations

from support.extraction import doc_of


def speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in doc_of(text, "en").quotes}


def test_a_charge_dismissed_as_is_the_dismissers_words() -> None:
    text = ('The talks were tense. Mr John Malek accused the opposition of "lying to the people", a charge '
            'Mr Peter Lado dismissed as "propaganda for the cameras".')
    assert speakers(text) == {"lying to the people": "John Malek", "propaganda for the cameras": "Peter Lado"}


def test_what_another_person_described_as_is_theirs() -> None:
    text = ('Foreign Minister Anna Berg said the deal was "a good start", which Tom Reid, the opposition leader, '
            'later described as "naive".')
    assert speakers(text)["naive"] == "Tom Reid"
