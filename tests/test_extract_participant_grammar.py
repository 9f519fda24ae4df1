"""Who took part, read from the grammar of the sentence (issue #13).

Every sentence here is invented.  Each group is one class of wrong participant: an adjective of
nationality on a noun that is no actor, a body named only in a participant's role, a person said
to stay away (also in a relative clause or with words between the negation and its verb), and a
plural role noun taken for one person.
"""

from __future__ import annotations

import pytest
from support.extraction import dated, events_of

# --- an adjective of nationality names an actor only on a group or an act of its state ----------

@pytest.mark.parametrize(("text", "language", "day", "absent"), [
    ("Beijing resumed imports of Japanese seafood on Monday, the ministry said.", "en", "2026-03-16", "JP"),
    ("On Monday Chancellor Olaf Berger met Chinese business leaders in Berlin.", "en", "2026-03-16", "CN"),
    ("Am Montag besuchte Kanzler Olaf Berger eine chinesische Fabrik in Hefei.", "de", "2026-03-16", "CN"),
    ("Der chinesische Besuch in Berlin am Montag verlief ruhig.", "de", "2026-03-16", "CN"),
])
def test_an_adjective_on_a_thing_or_a_visit_is_no_participant(text: str, language: str, day: str,
                                                              absent: str) -> None:
    found = [e for e in events_of(text, language) if absent in e.participants]
    assert not found, found


@pytest.mark.parametrize(("text", "language", "day", "present"), [
    ("On Monday, Iranian negotiators met in Muscat.", "en", "2026-03-16", "IR"),
    ("Die französische Regierung und die deutsche Delegation trafen sich am Montag in Paris.", "de",
     "2026-03-16", "FR"),
    ("U.S. and Chinese trade negotiators met in Geneva on Monday.", "en", "2026-03-16", "CN"),
    ("On Monday the Chinese side met the delegation from Norway in Oslo.", "en", "2026-03-16", "CN"),
])
def test_an_adjective_on_a_group_of_the_state_is_a_participant(text: str, language: str, day: str,
                                                               present: str) -> None:
    assert present in dated(text, language, day).participants


# --- the body in a participant's role is whom they work for, not a second participant ----------

def test_the_body_in_an_apposition_role_is_no_second_participant() -> None:
    text = ("Am Montag verhandelten die Delegationen in Wien. "
            "Auch der Generaldirektor der Internationalen Atomenergiebehörde, Rafael Ortega, nahm teil.")
    event = dated(text, "de", "2026-03-16")
    assert "Rafael Ortega" in event.participants
    assert "Internationale Atomenergiebehörde" not in event.participants


def test_a_body_acting_on_its_own_still_takes_part() -> None:
    text = "Die Internationale Atomenergiebehörde und Iran verhandelten am Montag in Wien."
    assert "Internationale Atomenergiebehörde" in dated(text, "de", "2026-03-16").participants


# --- who is said to stay away takes no part ---------------------------------------------------

def test_a_relative_clause_of_absence_drops_its_antecedent() -> None:
    text = ("Foreign Minister Taro Kono met his counterpart Wang Lei in Tokyo on Tuesday. "
            "Prime Minister Shigeru Ito, who did not attend the talks, welcomed the outcome.")
    event = dated(text, "en", "2026-03-17")
    assert "Shigeru Ito" not in event.participants
    assert {"Taro Kono", "Wang Lei"} <= set(event.participants)


def test_a_negation_with_words_before_its_verb_is_absence() -> None:
    text = ("Am Montag trafen sich Kanzlerin Petra Holm und Präsident Jan Novak in Prag. "
            "Premier Karel Dvorak nahm nicht an dem Treffen teil.")
    event = dated(text, "de", "2026-03-16")
    assert "Karel Dvorak" not in event.participants
    assert {"Petra Holm", "Jan Novak"} <= set(event.participants)


def test_neither_nor_is_absence() -> None:
    text = ("Leaders met in Rome on Monday with Prime Minister Anna Berg as host. "
            "Neither President Jan Ek nor Minister Ola Lund attended.")
    event = dated(text, "en", "2026-03-16")
    assert not {"Jan Ek", "Ola Lund"} & set(event.participants)


# --- a plural role noun is a group, not the one holder named later ------------------------------

def test_a_german_plural_role_noun_is_no_single_person() -> None:
    text = ("Am Montag trafen sich die Außenminister in Wien. "
            "Der russische Außenminister Igor Lawin blieb dem Treffen fern.")
    assert "Igor Lawin" not in dated(text, "de", "2026-03-16").participants


# --- a pronoun takes up the subject of the sentence before, not its object --------------------

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Am Montag traf Kanzler Olaf Berger in Berlin Präsident Jan Novak. Am Dienstag sprach er in Paris mit "
     "Premier Luc Morel.", "de", "2026-03-17"),
    ("Chancellor Olaf Berger met President Jan Novak in Berlin on Monday. On Tuesday he met Prime Minister "
     "Luc Morel in Paris.", "en", "2026-03-17"),
])
def test_a_pronoun_is_the_subject_of_the_sentence_before(text: str, language: str, day: str) -> None:
    event = dated(text, language, day)
    assert "Olaf Berger" in event.participants
    assert "Jan Novak" not in event.participants


# --- a sentence going on about an event: someone else's act is not the event's ------------------

TALKS = "DOHA - Prime Minister Omar Haddad hosted Israeli and Egyptian negotiators on Sunday. "


@pytest.mark.parametrize("sentence", [
    "President Kemal Aydin spoke with Haddad by phone.",
    "Bishop Leo Marr called for peace.",
])
def test_another_persons_act_in_the_paragraph_is_not_the_event(sentence: str) -> None:
    event = dated(TALKS + sentence, "en", "2026-03-15")
    assert "Omar Haddad" in event.participants
    assert not {"Kemal Aydin", "Leo Marr"} & set(event.participants)


def test_a_participant_meeting_someone_there_still_joins_it() -> None:
    text = "Am Montag traf Kanzlerin Petra Holm in Wien Präsident Jan Novak. Dort traf sie auch Premier Karel Dvorak."
    assert "Karel Dvorak" in dated(text, "de", "2026-03-16").participants


def test_a_joining_cue_still_ties_a_new_person() -> None:
    assert "Hassan Rashad" in dated(TALKS + "Intelligence chief Hassan Rashad joined the talks.", "en",
                                    "2026-03-15").participants


# --- whom reported speech names was said about, it did not take part ----------------------------

def test_names_in_what_a_joining_person_said_are_no_participants() -> None:
    text = ("Secretary of State Mark Dale met Foreign Minister Igor Lavin in Riyadh on Tuesday. "
            "Adviser Yuri Ostrov, who joined Lavin, said a summit between President Tom Hale and President "
            "Ivan Petrov could happen soon.")
    event = dated(text, "en", "2026-03-17")
    assert "Yuri Ostrov" in event.participants
    assert not {"Tom Hale", "Ivan Petrov"} & set(event.participants)



# --- a body named by another of its names still takes part; a compound of it does not ------------

def test_an_organization_named_by_its_long_form_takes_part() -> None:
    text = "Die EU ist gespalten. Die Europäische Union traf sich am Montag in Brüssel."
    assert "Europäische Union" in dated(text, "de", "2026-03-16").participants  # shown by its fuller name


def test_a_compound_of_an_organizations_other_name_is_not_it() -> None:
    text = "Die Vereinten Nationen sind besorgt. Der UN-Sicherheitsrat tagte am Montag in New York."
    assert "Vereinte Nationen" not in dated(text, "de", "2026-03-16").participants
