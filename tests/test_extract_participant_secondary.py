"""Persons added to an event by a later sentence (eventattach) or as a speaker after it (eventspeakers) only
when that sentence places them at it (issue #13).  Every sentence here is invented."""

from __future__ import annotations

from support.extraction import dated, doc_of, events_of

from lagebild.extract.eventspeakers import spoken_at_event


def test_a_later_sentence_in_the_future_adds_no_one_to_an_act_done_de() -> None:
    text = ("Atomgespräche\n\nWien – Die Opposition hat am Montag im Parlament beantragt, die Gespräche abzusagen. "
            "Auch Bundeskanzler Erwin Moosbrugger wird die Delegationen am Eröffnungstag im Kanzleramt empfangen.")
    motion = dated(text, "de", "2026-03-16")
    assert "Erwin Moosbrugger" not in motion.participants


def test_the_other_side_named_with_an_earlier_meeting_is_not_added_to_the_later_one_de() -> None:
    text = ("Brüssel\n\nBrüssel – Kanzler Anton Wiesinger hat am Dienstag in Brüssel Kommissionspräsidentin Ines Varga "
            "getroffen. Am Mittwoch traf Wiesinger Ratspräsident Paulo Meireles. „Wir schauen genau hin“, sagte "
            "Wiesinger nach dem Treffen mit Varga.")
    meeting = dated(text, "de", "2026-03-18")
    assert "Paulo Meireles" in meeting.participants and "Ines Varga" not in meeting.participants


def test_a_cue_of_taking_part_only_in_what_a_speaker_says_ties_no_one_de() -> None:
    text = ("Gespräche abgesagt\n\nWien – Die für Donnerstag in Wien geplante Verhandlungsrunde zwischen Nordland und "
            "Südland findet nicht statt. Wie die Organisation für Grenzfragen am Mittwochabend mitteilte, wird das "
            "Treffen auf Ende Mai verschoben. Die Gespräche hätten in der Hofburg stattfinden sollen.\n\n"
            "Österreich hatte sich im Herbst als Gastgeber angeboten. Außenministerin Karin Hollerer bedauerte die "
            "Absage und betonte, Österreich stehe „jederzeit und ohne Vorbedingungen“ als Gastgeber zur Verfügung.")
    assert all("Karin Hollerer" not in e.participants for e in events_of(text, "de") if e.date == "2026-03-18")


def test_who_joined_a_meeting_by_video_is_no_party_to_a_call_nor_when_taken_up_again_de() -> None:
    text = ("Sanktionen\n\nBrüssel – Außenminister Jonas Kettler hatte bereits am Sonntagabend mit seinem "
            "slowakischen Amtskollegen telefoniert. Der ukrainische Außenminister Taras Hnatiuk, der per Video "
            "zugeschaltet war, rief die Europäer zu einer raschen Einigung auf. Jede Woche Verzögerung koste "
            "Menschenleben, sagte er.")
    call = dated(text, "de", "2026-03-15")
    assert "Taras Hnatiuk" not in call.participants


def test_a_written_statement_after_a_session_does_not_place_its_author_there_en() -> None:
    text = ("Council\n\nNEW YORK — The UN Security Council met in New York on Tuesday to discuss the inspections. "
            "Carla Mendes, the director general of the inspection agency, told the 15 members of the council that "
            "inspectors had no access. Ambassador Piet Olsen told the council the report was alarming. In a "
            "statement released after the session, the Foreign Secretary, Hilda Brannock, said she would host her "
            "counterparts in London next month.")
    session = dated(text, "en", "2026-03-17")
    assert "Piet Olsen" in session.participants and "Hilda Brannock" not in session.participants


def test_a_cue_of_taking_part_inside_what_was_said_attaches_no_speaker_de() -> None:
    text = ("Treffen\n\nWien – Die Verkehrsminister von Nordland und Südland haben sich am Dienstag in Wien getroffen. "
            "Außenministerin Karin Hollerer betonte, Österreich nehme an solchen Treffen gern als Gastgeber teil.")
    meeting = dated(text, "de", "2026-03-17")
    assert "Karin Hollerer" not in meeting.participants


def test_a_body_told_by_a_later_sentence_to_act_afterwards_is_no_party_en() -> None:
    text = ("Summit\n\nARUSHA — Heads of State of the Lake Region Community met in Arusha on Tuesday at an "
            "extraordinary summit. The summit was attended in person by President Amos Kiwelu. In a communiqué "
            "issued at the end of the meeting, the leaders directed the Regional Relief Agency to set up a "
            "humanitarian fund.")
    summit = dated(text, "en", "2026-03-17")
    assert "Amos Kiwelu" in summit.participants and "Regional Relief Agency" not in summit.participants



def test_speaking_to_a_cited_outlet_after_the_summit_is_no_cue_of_being_there_en() -> None:
    text = ("Summit\n\nARUSHA — Heads of State of the Lake Region Community met in Arusha on Tuesday.\n\n"
            "Speaking to the Daily Mirror after the summit, the Minister for Foreign Affairs, Amina Lwazi, "
            "said her country would not take sides. President Daniel Moyo told reporters after the summit that "
            "the ceasefire would hold.")
    doc = doc_of(text, "en")
    interview, remark = doc.sentences[-2].text, doc.sentences[-1].text
    assert not spoken_at_event(doc, interview) and spoken_at_event(doc, remark)
