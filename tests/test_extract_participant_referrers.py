"""Names in an event's clause that take no part in it (issue #13): the subject of a verb of referring,
announcing or judging whose object names the event, and a house named only as the setting of what a
person does there.  Every sentence is invented."""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Event


def dated(text: str, language: str, day: str, published: str = "2026-03-18") -> Event:
    found = [e for e in doc_of(text, language, published).events if e.date == day]
    assert found, f"no event on {day} in {text!r}"
    return found[0]


# --- the subject of a verb of referring or judging whose object is the event ------------------------

def test_who_announced_a_summit_is_no_party_of_it_de() -> None:
    text = "Ratspräsident Ole Brandt hat einen Sondergipfel für den 23. März angekündigt."
    assert "Ole Brandt" not in dated(text, "de", "2026-03-23").participants


def test_who_welcomed_talks_is_no_party_of_them_en() -> None:
    text = "Senator Mark Ellis welcomed the talks in Geneva on March 12 between Ruritania and Borduria."
    assert "Mark Ellis" not in dated(text, "en", "2026-03-12").participants


def test_a_date_of_the_referring_keeps_its_speaker_de() -> None:
    # „verwies am Dienstag auf …“: Tuesday is the referring's day, its speaker the party
    text = ("Die Abgeordnete Hanna Roth (Grüne) verwies am Dienstag auf die Abstimmung in der "
            "Generalversammlung am 12. März, bei der 80 Staaten eine Resolution unterstützt hatten.")
    assert "Hanna Roth" in dated(text, "de", "2026-03-17").participants


def test_a_confirmed_own_meeting_keeps_its_subject_en() -> None:
    text = "Senator Mark Ellis confirmed his meeting with Governor Jan Novak on March 12."
    assert "Mark Ellis" in dated(text, "en", "2026-03-12").participants


# --- a house named as the setting -------------------------------------------------------------------

def test_a_house_a_speaker_speaks_in_is_no_party_en() -> None:
    text = "Mr Liam Kearney, speaking in the Seanad on Thursday, was blunter."
    event = dated(text, "en", "2026-03-12")
    assert "Liam Kearney" in event.participants
    assert "Seanad" not in event.participants


def test_a_chamber_two_ministers_open_a_forum_in_is_no_party_de() -> None:
    text = "Am Mittwoch eröffnen Anna Berg und Tomas Vik in der Handelskammer Nordland ein Wirtschaftsforum."
    event = dated(text, "de", "2026-03-18")
    assert "Anna Berg" in event.participants
    assert "Handelskammer" not in event.participants


def test_a_house_addressed_by_a_government_statement_stays_de() -> None:
    # an address given to the house: the house is its audience and takes part
    text = "Kanzlerin Eva Lindner wird am Donnerstag im Bundestag eine Regierungserklärung abgeben."
    event = dated(text, "de", "2026-03-19")
    assert "Bundestag" in event.participants


def test_a_clash_recalled_in_a_participle_clause_has_no_recaller_en() -> None:
    text = '"Every week counts," envoy Mara Lind warned, recalling the clashes in Tarvik in May 2025.'
    assert "Mara Lind" not in dated(text, "en", "2025-05").participants


def test_who_pointed_to_a_collision_is_no_party_of_it_en() -> None:
    text = "Minister Mara Lind pointed to the collision between two patrol boats near Tarvik on Nov 17."
    assert "Mara Lind" not in dated(text, "en", "2025-11-17").participants


# --- a body's sitting told in a relative clause after the body's name ---------------------------------

def test_who_means_to_raise_a_topic_in_a_committee_is_no_party_of_its_sitting_de() -> None:
    text = ("Der Abgeordnete Kurt Brandl ist empört. Er will das Thema in der Finanzkommission des Landtags zur "
            "Sprache bringen, die am 20. März tagt.")
    assert "Kurt Brandl" not in dated(text, "de", "2026-03-20").participants


def test_who_will_raise_an_issue_at_a_committee_is_no_party_of_its_meeting_en() -> None:
    text = ("Senator Mark Ellis was angry. He will raise the issue at the Budget Committee of the Senate, which "
            "meets on March 20.")
    assert "Mark Ellis" not in dated(text, "en", "2026-03-20").participants
