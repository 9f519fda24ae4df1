"""Country participants withheld on the shape of the country word (issue #13, session 22).

Every sentence here is invented.  Each group is one class of wrong country participant.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of

# --- a country's short name in brackets after its full name is one mention, read where the name stands ---


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Heads of state of the regional bloc called on Friday for a ceasefire in the eastern Democratic Republic of "
     "Congo (DRC) at a summit in Arusha.", "en", "CD"),
    ("Am Freitag riefen die Staatschefs in Arusha zu einer Waffenruhe in den Vereinigten Arabischen Emiraten (VAE) "
     "auf.", "de", "AE"),
])
def test_a_short_name_in_brackets_after_a_place_is_no_participant(text: str, language: str, absent: str) -> None:
    found = [e for e in events_of(text, language) if absent in e.participants]
    assert not found, found


def test_a_short_name_in_brackets_after_a_party_keeps_it() -> None:
    text = "The Democratic Republic of Congo (DRC) and Rwanda signed a deal in Washington on Friday."
    assert any("CD" in e.participants and "RW" in e.participants for e in events_of(text, "en"))


# --- English: a state's name after "a"/"an" qualifies a noun compound; it acts only on a group or an act ---


def test_a_name_after_an_indefinite_article_on_a_thing_is_no_participant() -> None:
    text = "A US government plane carrying the freed prisoners left Abu Dhabi on Friday."
    assert not [e for e in events_of(text, "en") if "US" in e.participants]


@pytest.mark.parametrize("text", [
    "A U.S. delegation arrived in Oslo on Friday for talks with Norway.",
    "A US government delegation met Norwegian officials in Oslo on Friday.",
])
def test_a_name_after_an_indefinite_article_on_a_group_stays(text: str) -> None:
    assert any("US" in e.participants for e in events_of(text, "en"))


# --- English: an apposition naming the act, then whoever judges it ("…, a move X called illegal") ---


@pytest.mark.parametrize("text", [
    "Norway closed its border crossing on Friday, a move Sweden called unnecessary.",
    "Norway closed its border crossing on Friday, a step Sweden has condemned.",
    "Norway closed its border crossing on Friday in a move that Sweden has criticised.",
])
def test_whoever_judges_the_act_in_an_apposition_is_no_participant(text: str) -> None:
    events = events_of(text, "en")
    assert any("NO" in e.participants for e in events), "the act not told"
    assert not [e for e in events if "SE" in e.participants]


def test_a_party_in_an_apposition_that_does_not_judge_stays() -> None:
    text = "Norway signed the treaty on Friday, a deal Sweden signed too."
    assert any("SE" in e.participants for e in events_of(text, "en"))


# --- a country as the "of"/genitive complement of a noun that is no group and no act: whose thing, a topic ---


@pytest.mark.parametrize(("text", "language"), [
    ("Ari Laine spoke on Friday at a conference on the future of Ukraine.", "en"),
    ("Ari Laine sprach am Freitag auf einer Konferenz zur Zukunft der Ukraine.", "de"),
])
def test_the_complement_of_a_thing_is_no_participant(text: str, language: str) -> None:
    assert not [e for e in events_of(text, language) if "UA" in e.participants]


@pytest.mark.parametrize(("text", "language", "present"), [
    ("Die Verträge wurden am Freitag in Bern durch die Chefunterhändler der Schweiz und der EU paraphiert.", "de",
     "CH"),
    ("On Friday the delegates of Japan met the envoys of Norway in Oslo.", "en", "JP"),
])
def test_the_complement_of_a_group_stays(text: str, language: str, present: str) -> None:
    assert any(present in e.participants for e in events_of(text, language))


# --- an act of force or pressure only discussed, demanded or weighed: the state it is aimed at takes no part ---


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Ari Laine met Olaf Berger in Helsinki on Friday. The two leaders discussed sanctions against Russia.", "en",
     "RU"),
    ("Am Freitag forderten die Außenminister in Brüssel neue Sanktionen gegen Belarus.", "de", "BY"),
])
def test_the_target_of_an_act_only_discussed_is_no_participant(text: str, language: str, absent: str) -> None:
    assert not [e for e in events_of(text, language) if absent in e.participants]


def test_the_target_of_an_act_told_as_done_stays() -> None:
    text = "Am Freitag verhängten die Außenminister in Brüssel neue Sanktionen gegen Belarus."
    assert any("BY" in e.participants for e in events_of(text, "de"))


# --- a country's genitive opening an apposition to a named person names that person's office ---


def test_a_country_in_a_named_persons_apposition_is_no_participant() -> None:
    text = "On Friday Ari Laine met Olaf Berger, Germany's ambassador to Finland, in Helsinki."
    events = events_of(text, "en")
    assert any("Olaf Berger" in e.participants for e in events), "the meeting not told"
    assert not [e for e in events if "DE" in e.participants]


def test_a_group_of_a_country_after_a_named_person_in_a_list_stays() -> None:
    text = "On Friday Ari Laine met Olaf Berger, Germany's negotiators and Norway's delegation in Helsinki."
    assert any("DE" in e.participants and "NO" in e.participants for e in events_of(text, "en"))


# --- the country a named speaker judges, accuses or appeals to is what the statement is about ---


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Am Freitag warf Bundeskanzler Olaf Berger Russland Kriegsverbrechen vor.", "de", "RU"),
    ("Chancellor Olaf Berger on Friday accused Russia of war crimes.", "en", "RU"),
    ("Chancellor Olaf Berger on Friday urged China to use its influence.", "en", "CN"),
    ("Bundeskanzler Olaf Berger forderte am Freitag Iran auf, die Gefangenen freizulassen.", "de", "IR"),
])
def test_the_country_a_speaker_judges_or_addresses_is_no_participant(text: str, language: str, absent: str) -> None:
    events = events_of(text, language)
    assert any("Olaf Berger" in e.participants for e in events), "the statement not told"
    assert not [e for e in events if absent in e.participants]


@pytest.mark.parametrize(("text", "language", "present"), [
    ("Am Freitag warnte Russland in einer Erklärung vor neuen Sanktionen.", "de", "RU"),
    ("Seit dem russischen Angriff auf die Ukraine im Februar 2022 liegen die Gespräche auf Eis.", "de", "UA"),
])
def test_a_judging_country_and_the_country_attacked_stay(text: str, language: str, present: str) -> None:
    assert any(present in e.participants for e in events_of(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Am Freitag kritisierten Deutschland, Frankreich, die Ukraine und Polen den Beschluss.", "de"),
    ("On Friday Germany, France, Ukraine and Poland criticised the decision.", "en"),
])
def test_a_list_of_judging_countries_stays_whole(text: str, language: str) -> None:
    assert any({"DE", "FR", "UA", "PL"} <= set(e.participants) for e in events_of(text, language))


def test_a_german_relative_clause_on_the_act_with_a_judging_verb_names_no_party() -> None:
    text = "Norwegen schloss am Freitag die Grenze, was Schweden scharf kritisierte."
    events = events_of(text, "de")
    assert any("NO" in e.participants for e in events), "the act not told"
    assert not [e for e in events if "SE" in e.participants]


# --- a state that watches, supports or judges the event as the direct object of its verb stands outside it ---


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Vertreter Armeniens und Aserbaidschans trafen sich am Freitag in Genf. Russland beobachtet die Gespräche "
     "mit Sorge.", "de", "RU"),
    ("Vertreter Armeniens und Aserbaidschans trafen sich am Freitag in Genf. Iran unterstützt die Gespräche.",
     "de", "IR"),
])
def test_a_state_standing_by_the_event_from_outside_is_no_participant(text: str, language: str,
                                                                       absent: str) -> None:
    events = events_of(text, language)
    assert any({"AM", "AZ"} <= set(e.participants) for e in events), "the meeting not told"
    assert not [e for e in events if absent in e.participants]


@pytest.mark.parametrize("text", [
    "Beim Gipfel in Brüssel am Freitag kritisierte Ungarn die Sanktionen.",
    "Ungarn kritisierte beim Gipfel in Brüssel am Freitag die Sanktionen.",
])
def test_a_state_that_judges_something_else_at_the_event_stays(text: str) -> None:
    assert any("HU" in e.participants for e in events_of(text, "de"))
