"""Clauses that share the sentence's subject, and a dateline's day that splits no clauses (invented sentences)."""

from __future__ import annotations

from support.extraction import dated, events_of


def test_a_clause_without_a_subject_of_its_own_shares_the_sentences() -> None:
    event = dated("Talks\n\nOSLO – Norway, Iceland and Greenland ended a round of fishery talks on Saturday, but "
                  "agreed to meet again in Reykjavik in May.", "en", "2026-05")
    assert {"NO", "IS", "GL"} <= set(event.participants)


def test_a_german_clause_without_a_subject_shares_the_sentences() -> None:
    event = dated("Gespräche\n\nOslo – Norwegen und Island verhandelten am Montag in Oslo über Fischquoten, und "
                  "wollen sich im Mai in Reykjavik erneut treffen.", "de", "2026-05")
    assert {"NO", "IS"} <= set(event.participants)


def test_a_clause_with_a_subject_of_its_own_keeps_to_it() -> None:
    event = dated("Talks\n\nOSLO – Norway and Iceland ended a round of fishery talks on Saturday, and the "
                  "Danish minister Lars Holm will meet Greenland's premier in May.", "en", "2026-05")
    assert "NO" not in event.participants and "IS" not in event.participants


def test_a_datelines_day_does_not_split_the_leads_subject_off() -> None:
    event = dated("Talks end\n\nOSLO, March 14 (Wire) - Norway, Iceland and Greenland ended a round of fishery "
                  "talks on Saturday without agreement, but will meet again in May.", "en", "2026-03-14")
    assert {"NO", "IS", "GL"} <= set(event.participants)


def test_a_pronoun_after_the_speaker_in_a_sentence_with_two_dates_is_the_speaker() -> None:
    text = ("Trade\n\nOSLO – Trade Minister Lars Holm said the talks would go on. Prime Minister Anna Berg said on "
            "Tuesday she had spoken by phone with the Danish premier on Monday evening.")
    call = dated(text, "en", "2026-03-16")
    assert "Anna Berg" in call.participants and "Lars Holm" not in call.participants


def test_a_pronoun_in_what_was_said_does_not_make_the_named_person_the_speakers_party() -> None:
    text = ("Visit\n\nOSLO – Norway announced on Monday that Iceland's President Anna Berg would visit in August, "
            "meaning she would fly through Danish airspace.")
    announcements = [e for e in events_of(text, "en") if e.kind == "announcement"]
    assert announcements and all("Anna Berg" not in e.participants for e in announcements)
