"""A role reported in one sentence belongs to the person who opens the next and goes on speaking.

Invented sentences.  "…, the Foreign Secretary said on Tuesday. Anna Berg told MPs …": the office
introduces its holder, who is named as the next sentence's subject.  Not when the sentence before
names someone, when the next person contrasts ("disagreed"), or when their own sentence says what
they are ("John Kerr, a farmer").
"""

from __future__ import annotations

from support.extraction import doc_of


def persons(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in doc_of(text, language).persons}


def test_the_office_reported_before_is_the_next_speakers() -> None:
    text = ("Britain is ready to hand over land on Cyprus, the Foreign Secretary said on Tuesday. "
            "Anna Berg told MPs that the offer still stands.")
    assert persons(text, "en")["Anna Berg"] == ("Foreign Secretary", "GB")


def test_a_german_office_reported_before_is_the_next_speakers() -> None:
    text = ("Das Land bleibt neutral, sagte die Außenministerin am Montag. "
            "Anna Berg betonte, man sei zu Gesprächen bereit.")
    assert persons(text, "de")["Anna Berg"][0] == "Außenministerin"


def test_a_person_who_disagrees_is_not_the_office_reported_before() -> None:
    text = "The plan is dead, the minister said. John Kerr disagreed and said it would pass."
    assert persons(text, "en")["John Kerr"][0] is None


def test_a_person_described_in_their_own_sentence_keeps_that() -> None:
    text = "The plan is dead, the minister said. John Kerr, a farmer, said it would pass."
    assert persons(text, "en")["John Kerr"][0] != "minister"


def test_no_office_when_the_sentence_before_names_someone() -> None:
    text = ("Premier Lena Holm met the envoy, the minister said on Monday. "
            "John Kerr told reporters the talks went well.")
    assert persons(text, "en")["John Kerr"][0] is None
