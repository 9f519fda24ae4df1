"""Who takes part in an event, and who a sentence only mentions beside it (CONVENTIONS §7).

Every sentence here is invented for the test; each group is one class of wrong participants
that real news showed: a country adjective taken for the country, a country's name matched by
its stem inside another word, an owner, a party the event goes on without, a topic.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of


def participants(text: str, language: str) -> set[str]:
    found = events_of(text, language)
    assert found, f"no event in {text!r}"
    return {p for e in found for p in e.participants}


# --- a country adjective qualifying a person or a thing is not the country -----------------

@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Präsidentin Ilse Varga empfängt am Montag den chinesischen Gesandten Wei Lan in Bern.", "de", "CN"),
    ("Präsident Aivars Kalns besuchte am Montag eine von Japan geförderte Schule mit japanischen Schülern.",
     "de", "JP"),
    ("President Ana Costello will meet South Korean residents in Lisbon on Monday.", "en", "KR"),
    ("President Ana Costello met Prime Minister Tomas Rilke on Friday, amid tension over China's military "
     "moves and Japanese nationals.", "en", "JP"),
])
def test_a_country_adjective_is_no_participant(text: str, language: str, absent: str) -> None:
    assert absent not in participants(text, language)


@pytest.mark.parametrize(("text", "language", "present"), [
    # A country's delegation, negotiators or strikes: the adjective names who acts.
    ("Am Montag berieten die chinesische und die japanische Delegation in Genf.", "de", {"CN", "JP"}),
    ("Israeli and American strikes on Monday hit the plant.", "en", {"IL", "US"}),
    # The country itself as subject or object stays a party.
    ("Japan und China haben am Montag in Genf verhandelt.", "de", {"JP", "CN"}),
    ("On Monday Japan held talks with China in Geneva.", "en", {"JP", "CN"}),
])
def test_a_country_that_acts_stays_a_participant(text: str, language: str, present: set[str]) -> None:
    assert present <= participants(text, language)


# --- a country's name matches as inflected, not by its stem ------------------------------

def test_a_compound_adjective_does_not_name_the_country() -> None:
    text = "Am Montag traf Präsident Aivars Kalns in Riga chinafreundliche Abgeordnete. China begrüßte das."
    dated = [e for e in events_of(text, "de") if e.date]
    assert dated and all("CN" not in e.participants for e in dated)


def test_a_genitive_country_name_owns_its_noun() -> None:
    text = ("President Ana Costello met Prime Minister Tomas Rilke on Friday, "
            "as relations remain tense over China's military moves.")
    assert "CN" not in participants(text, "en")


def test_an_inflected_country_name_still_acts() -> None:
    assert "RU" in participants("Am Montag verhandelte die Ukraine mit Russland in Genf.", "de")


# --- whoever an event goes on without, and what it is about, take no part ----------------

@pytest.mark.parametrize(("text", "language", "absent"), [
    ("The summit opened in Pretoria on Saturday without the United States.", "en", "US"),
    ("Der Gipfel begann am Samstag in Pretoria ohne die USA.", "de", "US"),
])
def test_a_party_the_event_goes_on_without_is_absent(text: str, language: str, absent: str) -> None:
    assert absent not in participants(text, language)


def test_the_summit_a_speech_is_about_takes_no_part() -> None:
    text = "Kanzlerin Vera Holm hält am Donnerstag eine Regierungserklärung zum EU-Gipfel."
    assert "EU" not in participants(text, "de")


# --- two dates in one sentence: the list before a date that opens its clause is the earlier date's

def test_a_list_before_a_clause_opening_date_belongs_to_the_earlier_date() -> None:
    text = ("Am Dienstag traf Außenministerin Petra Lindqvist ihre Amtskollegen aus Estland, Lettland, "
            "Finnland und Polen, am Mittwoch tauschte sie sich in Oslo mit ihrem Amtskollegen aus Norwegen aus.")
    by_day = {e.date: set(e.participants) for e in events_of(text, "de") if e.date}
    assert {"EE", "LV", "FI", "PL"} <= by_day["2026-03-17"]
    assert not {"FI", "PL"} & by_day["2026-03-18"]


@pytest.mark.parametrize(("text", "language", "present"), [
    ("Am Montag billigte das lettische Parlament den Vertrag.", "de", "LV"),
    ("The Latvian parliament approved the treaty on Monday.", "en", "LV"),
])
def test_a_country_adjective_before_its_parliament_names_the_country(text: str, language: str, present: str) -> None:
    assert present in participants(text, language)
