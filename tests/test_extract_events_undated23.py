"""Undated mentions of an event the article dates elsewhere (issue #13, precision of undated events).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of


def undated(text: str, language: str) -> list[str]:
    return [e.summary for e in events_of(text, language) if e.date is None]


# --- a trip announced by name, dated in the next sentence: one occurrence --------------------

def test_announced_trip_is_the_dated_trip() -> None:
    text = ("Regierungssprecherin Anna Ostmann: Ich darf Ihnen die Reise des Bundeskanzlers Olaf Berger "
            "ankündigen. Bundeskanzler Olaf Berger wird am Sonntag nach Riga fliegen und dort am Montag "
            "Präsident Aivars Kalns treffen.")
    events = events_of(text, "de")
    assert not [e for e in events if e.date is None]
    assert any(e.date == "2026-03-22" for e in events)


@pytest.mark.parametrize("text", [
    # nothing dated to come: the announced trip stays undated
    "Die Regierung kündigte die Reise des Bundeskanzlers Olaf Berger an. Die Lage in Riga ist schwierig.",
    # an attribute, no verb of announcing: the announced conference is asked about, still an undated event
    "Abgeordneter Jonas Weber erkundigte sich nach der angekündigten Konferenz in Riga. "
    "Bundeskanzler Olaf Berger wird am Sonntag nach Riga fliegen.",
])
def test_not_announced_or_nothing_dated_keeps_it(text: str) -> None:
    assert undated(text, "de")


# --- an act opening on the event just told as its occasion is done at it -----------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Bundeskanzler Olaf Berger hat am Montag in Riga Präsident Aivars Kalns getroffen. Die beiden "
     "sprachen über Energie.\n\nDabei unterzeichneten Berger und Kalns ein Abkommen über Flüssiggas.", "de"),
    ("Bundeskanzler Olaf Berger hat am Montag in Riga Präsident Aivars Kalns getroffen.\n\n"
     "Dabei unterzeichneten Berger und Kalns ein Abkommen über Flüssiggas.", "de"),
])
def test_act_at_the_event_just_told(text: str, language: str) -> None:
    events = events_of(text, language)
    assert [e.date for e in events] == ["2026-03-16"]


def test_act_without_the_pointer_stays_its_own() -> None:
    text = ("Bundeskanzler Olaf Berger hat am Montag in Riga Präsident Aivars Kalns getroffen.\n\n"
            "Berger und Kalns unterzeichneten ein Abkommen über Flüssiggas.")
    assert undated(text, "de")


# --- an event only weighed or judged is no occurrence ---------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Ein Treffen zwischen Olaf Berger und Aivars Kalns gilt als unwahrscheinlich.", "de"),
    ("Jegliche Gespräche mit Aivars Kalns müssen die Ukraine einschließen, sagte Olaf Berger.", "de"),
    ("A meeting between Ola Brandt and Ana Costello is unlikely.", "en"),
    ("A summit of the Nordic states would be a breakthrough, Ola Brandt said.", "en"),
    ("Any talks with Ana Costello must include Ukraine, Ola Brandt said.", "en"),
    ("Olaf Berger äußerte sich zu einem eventuellen Treffen mit Aivars Kalns.", "de"),
    ("Ein Treffen zwischen Olaf Berger und Aivars Kalns sei denkbar, hieß es.", "de"),
    ("Gespräche mit Aivars Kalns seien der einzige Weg, sagte Olaf Berger.", "de"),
    ("Olaf Berger sagte, ein Treffen mit Aivars Kalns sei der beste Weg aus der Krise.", "de"),
    ("Talks with Ana Costello are the only way forward, Ola Brandt said.", "en"),
    # the complement of a noun of possibility, proposal, hope or condition
    ("Olaf Berger brachte die Möglichkeit eines Treffens mit Aivars Kalns ins Spiel.", "de"),
    ("Die Aussicht auf Gespräche mit Aivars Kalns beflügelt die Börse.", "de"),
    ("Olaf Berger stellte Bedingungen für Gespräche mit Aivars Kalns.", "de"),
    ("Die Hoffnung auf ein Treffen zwischen Olaf Berger und Aivars Kalns schwindet.", "de"),
    ("Ola Brandt raised the possibility of a meeting with Ana Costello.", "en"),
    ("The idea of a summit with Ana Costello has been floated by Ola Brandt.", "en"),
    ("Ola Brandt welcomed the proposal for a meeting with Ana Costello.", "en"),
    ("Ola Brandt is open to talks with Ana Costello.", "en"),
])
def test_weighed_event_is_none(text: str, language: str) -> None:
    assert not undated(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Ein Treffen zwischen Olaf Berger und Aivars Kalns ist geplant.", "de"),
    ("A meeting between Ola Brandt and Ana Costello is expected.", "en"),
    ("Talks between Ola Brandt and Ana Costello are under way in Oslo.", "en"),
    ("Gespräche zwischen Olaf Berger und Aivars Kalns sind in Riga geplant.", "de"),
])
def test_planned_event_stays(text: str, language: str) -> None:
    assert undated(text, language)


# --- an English event noun that only modifies the noun after it ------------------------------

@pytest.mark.parametrize("text", [
    "Norway attended as a dialogue partner.",
    "The election campaign of Ola Brandt focused on fisheries.",
    "The vote count in Oslo showed Ola Brandt ahead.",
])
def test_event_noun_as_modifier_is_none(text: str) -> None:
    assert not undated(text, "en")


def test_event_noun_before_its_verb_stays() -> None:
    assert undated("Talks between Ola Brandt and Ana Costello resumed in Oslo.", "en")


# --- an event word governed as a right, a capacity, a refusal or an attempt ----------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Some 2.8 million Norwegians have registered to vote.", "en"),
    ("Citizens abroad are eligible to vote in Oslo.", "en"),
    ("Ola Brandt refused to meet Ana Costello.", "en"),
    ("Ola Brandt tried to meet Ana Costello.", "en"),
    ("It is a country waiting to vote, Ola Brandt said.", "en"),
    ("Olaf Berger verteidigte das Recht auf Wahlen.", "de"),
    # rejected, ruled out or pushed for
    ("Ola Brandt rejected a meeting with Ana Costello.", "en"),
    ("Ola Brandt turned down talks with Ana Costello.", "en"),
    ("Ola Brandt pushed for a summit with Ana Costello.", "en"),
    ("Ola Brandt opposes talks with Ana Costello.", "en"),
    ("Olaf Berger lehnte ein Treffen mit Aivars Kalns ab.", "de"),
    ("Olaf Berger setzt sich für Gespräche mit Aivars Kalns ein.", "de"),
])
def test_right_or_attempt_is_none(text: str, language: str) -> None:
    assert not undated(text, language)


def test_due_to_meet_stays() -> None:
    assert undated("Ola Brandt was due to meet Ana Costello.", "en")


# --- a count of repetitions, a condition -----------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Ola Brandt, who has visited Oslo twice, praised the city.", "en"),
    ("Ola Brandt and Ana Costello have met on several occasions.", "en"),
    ("Should talks between Ola Brandt and Ana Costello fail, sanctions will follow.", "en"),
    ("In the event of a meeting between Ola Brandt and Ana Costello, Oslo would be the venue.", "en"),
])
def test_repeated_or_conditional_is_none(text: str, language: str) -> None:
    assert not undated(text, language)
