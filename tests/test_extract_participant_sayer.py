"""Who closes a sentence with a clause of saying only reports the event the sentence tells
(CONVENTIONS §7: not who only announced or reported it).  Every sentence here is invented."""

from __future__ import annotations

import pytest
from support.extraction import dated


@pytest.mark.parametrize(("text", "language", "day", "sayer"), [
    ("Rebel drones struck a power plant near Tarvik overnight on Sunday, Governor Anton Melnyk reported.",
     "en", "2026-03-15", "Anton Melnyk"),
    ("The complaint will be filed on Monday with the regional court, Minister Clara Voss said.",
     "en", "2026-03-23", "Clara Voss"),
    ("Rebellen beschossen am Sonntag ein Kraftwerk bei Tarvik, berichtete Gouverneur Anton Melnyk.",
     "de", "2026-03-15", "Anton Melnyk"),
    ("Die Klage wird am Montag beim Landgericht eingereicht, teilte Ministerin Clara Voss mit.",
     "de", "2026-03-23", "Clara Voss"),
])
def test_who_closes_the_sentence_by_saying_it_only_reports(text: str, language: str, day: str, sayer: str) -> None:
    assert sayer not in dated(text, language, day).participants


@pytest.mark.parametrize(("text", "language", "day", "sayer"), [
    # the clause of saying has its own date: the telling is the dated event, its speaker takes part
    ("Die Klage werde am Montag beim Landgericht eingereicht, sagte Ministerin Clara Voss am Mittwoch.",
     "de", "2026-03-18", "Clara Voss"),
    ("The talks with Jan Novak went well, Foreign Minister Karl Berger said on Monday.",
     "en", "2026-03-16", "Karl Berger"),
])
def test_a_dated_clause_of_saying_keeps_its_speaker(text: str, language: str, day: str, sayer: str) -> None:
    assert sayer in dated(text, language, day).participants


def test_a_fronted_time_is_no_clause_before_the_saying() -> None:
    text = "On Thursday, Minister Clara Voss said her government would hold talks with Canada."
    assert "Clara Voss" in dated(text, "en", "2026-03-12").participants


# --- a verb of saying before what was said as a clause of its own ---------------------------

@pytest.mark.parametrize(("text", "language", "day", "sayer"), [
    ("The council's secretary general, Mara Lind, said ministers had agreed to hold a special meeting in "
     "Tarvik in April.", "en", "2026-04", "Mara Lind"),
    ("Finance Minister Mara Lind said negotiators would meet next month to settle the details.",
     "en", "2026-04", "Mara Lind"),
    ("Die Außenbeauftragte Mara Lind kündigte an, die Verteidigungsminister würden sich kommende Woche in "
     "Tarvik treffen.", "de", "2026-03", "Mara Lind"),
])
def test_who_says_that_others_will_meet_only_reports_it(text: str, language: str, day: str, sayer: str) -> None:
    assert sayer not in dated(text, language, day).participants


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Finance Minister Mara Lind said she would meet Jan Novak next month.", "en", "2026-04"),
    ("Finance Minister Mara Lind said on Monday that negotiators would meet soon.", "en", "2026-03-16"),
    ("Finance Minister Mara Lind told reporters in Tarvik on Monday that the talks had failed.", "en", "2026-03-16"),
])
def test_a_dated_saying_or_one_that_takes_up_the_sayer_keeps_them(text: str, language: str, day: str) -> None:
    assert "Mara Lind" in dated(text, language, day).participants


def test_what_is_announced_as_a_thing_is_no_clause_of_saying() -> None:
    text = "Chile, Peru and Bolivia announced the pact, known as the Andes Accord, last September."
    assert {"CL", "PE", "BO"} <= set(dated(text, "en", "2025-09").participants)


def test_who_says_a_long_named_body_met_only_reports_it() -> None:
    # the said clause's subject is a body's name longer than six words
    text = ("The envoy for Ruritania, Mara Lind, told the Security Council on Monday that time was short. "
            "Briefing the Council, Mara Lind, Special Envoy of the Secretary-General and Head of the Ruritania "
            "Mission (RUMI), said the Joint Boundary Commission of the House of Deputies and the Council of State "
            "had met in Tarvik from 2 to 5 March and agreed on most provisions.")
    assert "Mara Lind" not in dated(text, "en", "2026-03-02").participants


def test_who_says_an_undated_plan_of_others_only_announces_it() -> None:
    from support.extraction import doc_of
    text = ("The Ruritanian Trade Office in Tarvik, which helped organize the trip, said a similar mission to "
            "Borduria is planned for the fall.")
    events = doc_of(text, "en", "2026-03-18").events
    assert events and all("Ruritanian Trade Office" not in e.participants for e in events)


def test_who_adds_that_others_will_meet_only_reports_it() -> None:
    text = ("Envoy Mara Lind briefed the council on Monday. The commission will reconvene on 24 March, she said, "
            "adding that the Mission would host a meeting of the follow-up committee in Tarvik next month.")
    assert "Mara Lind" not in dated(text, "en", "2026-04").participants


def test_a_body_reporting_after_a_clause_of_content_is_no_party_de() -> None:
    # (the content clause between the commas is blanked before the participants are read, its commas too)
    text = ("Zölle\n\nBRÜSSEL – Handelskommissar Aurel Dancu und die Handelsbeauftragte Mara Quist hätten sich am "
            "Dienstag in einer Videokonferenz lediglich darauf verständigt, die Gespräche \"in den nächsten Tagen\" "
            "fortzusetzen, teilte die Europäische Kommission in Brüssel mit.")
    call = dated(text, "de", "2026-03-17")
    assert {"Aurel Dancu", "Mara Quist"} <= set(call.participants)
    assert not any("Kommission" in p for p in call.participants)
