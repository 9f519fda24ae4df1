"""Who takes part, and who is only next to the event in the text (issue #13: a wrong participant is worse
than a missing one).  Every sentence is invented.

- A pronoun with no one named before it takes up a person named later only in its own paragraph: a
  later paragraph opened by someone new ("Lena Hoff, founder of …, said: …") is another speaker.
- A body joined to a named person by "of"/„von der“ ("Senator X of the Liberal Party") is whose
  member the person is, not a party.
- A coordinated clause of reporting with a subject of its own ("…, and the Daily Post reported that
  President X had considered …") is someone else's report: whom it names is no party.
- An infinitive clause after a verb of demanding („X forderte, das Thema beim Treffen … zu setzen“)
  is done by whoever is asked: the demander is no party of the meeting named in it.
- „Ministerin X zufolge soll die nächste Runde … stattfinden“: X is the source (a name before „zufolge“
  without an article), no party.
- "the UN climate talks": states negotiate under the UN's roof; the UN is no party.
- „Im Handelsstreit mit den USA will die EU-Kommission …“: the dispute's other side sets the scene; it is
  no party of what the Commission does.
- „fliegt am Sonntag nach Riad und dort am Montag mit X zusammentreffen“: X is Monday's, not the
  flight's (an adverb between the conjunction and the second date).
"""

from __future__ import annotations

from lagebild.article import Article
from lagebild.briefing.model import Event
from lagebild.extract.pipeline import build_doc


def _on(text: str, language: str, day: str) -> Event:
    article = Article(path="x.txt", name="x.txt", text=text, digest="0", published="2026-03-18", language=language)
    found = [e for e in build_doc(article).events if e.date == day]
    assert found, f"no event on {day} in {text!r}"
    return found[0]


def test_a_pronoun_does_not_take_up_a_speaker_of_a_later_paragraph() -> None:
    text = ("Briefing the council, the envoy said talks had made progress.\n\n"
            "\"Every month without a deal is lost,\" she warned, recalling the clashes in Tripoli in May 2025.\n\n"
            "Lena Hoff, founder of a peace group, said: \"Women cannot be asked to wait for peace.\"")
    assert "Lena Hoff" not in _on(text, "en", "2025-05").participants


def test_the_party_of_a_named_person_is_no_participant_en() -> None:
    text = "President Samuel Kiprono met Senator Ruth Ouma of the Liberal Party at State House on Monday."
    parts = _on(text, "en", "2026-03-16").participants
    assert "Ruth Ouma" in parts and "Liberal Party" not in parts


def test_a_coordinated_report_names_no_party_en() -> None:
    text = ("Foreign Minister Lena Hoff summoned Norland's envoy on Monday, and the Daily Post reported that "
            "President Omar Bakr had considered postponing the visit.")
    parts = _on(text, "en", "2026-03-16").participants
    assert "Lena Hoff" in parts and "Omar Bakr" not in parts


def test_who_demands_an_item_for_a_meeting_is_no_party_de() -> None:
    text = ("Die Ministerin Lena Hoff forderte, das Thema beim Treffen der Verkehrsminister am 4. April in "
            "Brüssel auf die Tagesordnung zu setzen.")
    assert "Lena Hoff" not in _on(text, "de", "2026-04-04").participants


def test_a_second_date_after_und_dort_owns_what_follows_de() -> None:
    text = ("Kanzler Tim Kranz wird am Sonntag nach Riad fliegen und dort am Montag mit Kronprinz Omar Said "
            "zusammentreffen.")
    assert "Omar Said" not in _on(text, "de", "2026-03-22").participants
    assert "Omar Said" in _on(text, "de", "2026-03-23").participants


def test_a_name_before_zufolge_is_the_source_de() -> None:
    text = "Ministerin Lena Hoff zufolge soll die nächste Runde der Gespräche am 4. April in Brüssel stattfinden."
    assert "Lena Hoff" not in _on(text, "de", "2026-04-04").participants


def test_the_un_before_topic_talks_is_their_roof_en() -> None:
    text = "Forum leaders will take the deal to the UN climate talks in Bonn on Monday."
    assert "UN" not in _on(text, "en", "2026-03-23").participants


def test_the_other_side_of_a_dispute_in_the_setting_is_no_party_de() -> None:
    text = "Im Handelsstreit mit den USA will die EU-Kommission am Donnerstag eine Liste mit Gegenzöllen vorschlagen."
    parts = _on(text, "de", "2026-03-19").participants
    assert "EU-Kommission" in parts and "US" not in parts
