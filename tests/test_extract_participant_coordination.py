"""Parties joined by "and" and parties named in the sentence after the event (invented sentences)."""

from __future__ import annotations

import pytest
from support.extraction import dated


def test_an_acronym_coordinated_with_another_party_takes_part() -> None:
    event = dated("Deal\n\nBRUSSELS – The European Union and ASEAN signed a fisheries accord on Saturday.",
                  "en", "2026-03-14")
    assert {"European Union", "ASEAN"} <= set(event.participants)


def test_an_acronym_before_its_verb_is_the_subject_not_a_qualifier() -> None:
    event = dated("Sanctions\n\nBRUSSELS – NATO condemned the launch on Tuesday, and ASEAN imposed new curbs on "
                  "Wednesday.", "en", "2026-03-18")
    assert "ASEAN" in event.participants


def test_who_will_also_attend_in_the_next_sentence_joins_the_event() -> None:
    event = dated("Summit\n\nOSLO – Nordic leaders will meet in Oslo on Thursday. Estonian Prime Minister Kadri Tamm "
                  "will also attend.", "en", "2026-03-19")
    assert "Kadri Tamm" in event.participants


def test_a_list_of_participants_in_the_next_sentence_joins_the_event() -> None:
    event = dated("Talks\n\nOSLO – Talks were held in Oslo on Wednesday. Participants included Foreign Minister "
                  "Kadri Tamm and Defence Minister Lars Holm.", "en", "2026-03-18")
    assert {"Kadri Tamm", "Lars Holm"} <= set(event.participants)


def test_a_separable_verb_of_taking_part_joins_the_summit_told_before() -> None:
    event = dated("Gipfel\n\nOslo – Am Donnerstag treffen sich die nordischen Regierungschefs in Oslo. Auch die "
                  "estnische Regierungschefin Kadri Tamm nimmt an dem Gipfel teil.", "de", "2026-03-19")
    assert "Kadri Tamm" in event.participants


def test_a_call_to_join_something_else_is_no_cue_of_taking_part() -> None:
    event = dated("Meeting\n\nOSLO – Prime Minister Lars Holm met Kadri Tamm in Oslo on Friday. Critics called on "
                  "Jonas Berg to join the coalition.", "en", "2026-03-13")
    assert "Jonas Berg" not in event.participants


@pytest.mark.parametrize(("language", "text", "day"), [
    ("en", "Meeting\n\nOSLO – The two leaders met in Oslo on Monday. Prime Minister Kadri Tamm and President Lars "
           "Holm discussed trade and security.", "2026-03-16"),
    ("de", "Telefonat\n\nOslo – Am Montag telefonierte Regierungschefin Kadri Tamm mit dem norwegischen Präsidenten. "
           "Tamm und Lars Holm sprachen über Fischerei.", "2026-03-16"),
])
def test_who_discussed_things_right_after_the_meeting_took_part(language: str, text: str, day: str) -> None:
    assert {"Kadri Tamm", "Lars Holm"} <= set(dated(text, language, day).participants)


def test_who_discussed_things_later_held_a_meeting_of_their_own() -> None:
    event = dated("Meeting\n\nOSLO – Prime Minister Kadri Tamm met farmers in Oslo on Monday. Later, Lars Holm "
                  "discussed the budget with the finance committee.", "en", "2026-03-16")
    assert "Lars Holm" not in event.participants


@pytest.mark.parametrize(("language", "text", "day"), [
    ("de", "Gipfel\n\nOslo – Am Montag kamen die nordischen Regierungschefs in Oslo zusammen. Unter ihnen war auch "
           "die estnische Regierungschefin Kadri Tamm.", "2026-03-16"),
    ("de", "Gipfel\n\nOslo – Am Montag kamen die nordischen Regierungschefs in Oslo zusammen. Darunter war auch "
           "die estnische Regierungschefin Kadri Tamm.", "2026-03-16"),
    ("en", "Summit\n\nOSLO – Nordic leaders gathered in Oslo on Monday. Among them was Estonian Prime Minister "
           "Kadri Tamm.", "2026-03-16"),
])
def test_among_them_lists_members_of_the_group_just_told(language: str, text: str, day: str) -> None:
    assert "Kadri Tamm" in dated(text, language, day).participants


def test_the_union_coordinated_with_a_party_takes_part_in_coalition_talks() -> None:
    event = dated("Koalition\n\nBerlin – Die Unterhändler von Union und SPD haben sich am Montag auf einen "
                  "Koalitionsvertrag geeinigt.", "de", "2026-03-16")
    assert {"Union", "SPD"} <= set(event.participants)


def test_a_union_with_a_name_before_it_is_another_body() -> None:
    event = dated("Gipfel\n\nAddis Abeba – Die Europäische Union und die Afrikanische Union beraten am Mittwoch "
                  "in Addis Abeba.", "de", "2026-03-18")
    assert set(event.participants) == {"Europäische Union", "Afrikanische Union"}


@pytest.mark.parametrize(("language", "text", "day", "target"), [
    ("en", "Attack\n\nHANOI – Vietnam launched a drone attack on Laos overnight on Tuesday.", "2026-03-17", "LA"),
    ("de", "Sanktionen\n\nOslo – Norwegen verhängte am Freitag neue Sanktionen gegen Belarus.", "2026-03-13", "BY"),
])
def test_the_state_an_act_of_force_is_directed_at_takes_part(language: str, text: str, day: str,
                                                                target: str) -> None:
    assert target in dated(text, language, day).participants


def test_who_condemns_an_attack_makes_no_party_of_its_target() -> None:
    event = dated("Statement\n\nOSLO – Prime Minister Lars Holm condemned the attacks on Laos on Tuesday.",
                  "en", "2026-03-17")
    assert "LA" not in event.participants


@pytest.mark.parametrize(("language", "text", "day"), [
    ("en", "Meeting\n\nOSLO – Lars Holm met Kadri Tamm in Oslo on Monday. Jonas Berg will attend the funeral of the "
           "former king.", "2026-03-16"),
    ("de", "Treffen\n\nOslo – Lars Holm traf am Montag Kadri Tamm in Oslo. Jonas Berg nimmt an der Trauerfeier für "
           "den König teil.", "2026-03-16"),
])
def test_who_attends_another_occasion_joins_no_event_told_before(language: str, text: str, day: str) -> None:
    assert "Jonas Berg" not in dated(text, language, day).participants
