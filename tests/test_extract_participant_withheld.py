"""A later sentence that does not clearly go on with an event told before adds no one to it: money
given for the event, "the talks" after talks told on two dates, a meeting or a video link after a
call, a present-tense cue after a visit told as done, a verb of judging in the present, and a house
named only as where a party acts.  Every text here is invented."""

from __future__ import annotations

from support.extraction import events_of


def _with(events: list, name: str) -> list:
    return [e for e in events if name in e.participants]


def test_money_for_the_talks_does_not_make_the_payer_a_party() -> None:
    text = ("Delegations of Serbia and Kosovo met for talks in Ohrid on Monday.\n\n"
            "The Portuguese government has set aside 3 million euros for the talks, according to budget "
            "documents seen by reporters.")
    talks = [e for e in events_of(text, "en", "2026-03-04") if e.date == "2026-03-02"]
    assert talks, "no talks told"
    assert "PT" not in talks[0].participants


def test_means_for_hosting_the_talks_in_german() -> None:
    text = ("Serbien und Kosovo haben am Montag in Ohrid verhandelt.\n\n"
            "Finanzministerin Ruth Albrecht stellt für die Ausrichtung der Gespräche 1,2 Millionen Franken "
            "zur Verfügung.")
    events = events_of(text, "de", "2026-03-04")
    assert any(e.date == "2026-03-02" for e in events), "no talks told"
    assert not _with(events, "Ruth Albrecht")


def test_the_talks_after_talks_on_two_dates_join_neither() -> None:
    text = ("Serbien und Kosovo haben am Montag in Ohrid Gespräche geführt. Die letzte Gesprächsrunde im "
            "Februar in Tirana war ohne Einigung zu Ende gegangen.\n\n"
            "Leitung\n\n"
            "Geleitet werden die Gespräche von Botschafter Anton Brügger.")
    events = events_of(text, "de", "2026-03-04")
    assert len([e for e in events if e.kind == "talks"]) >= 2, "two rounds of talks not told"
    assert not _with(events, "Anton Brügger")


def test_a_meeting_named_after_a_call_is_not_the_call() -> None:
    text = ("Foreign Minister Ana Ruiz spoke by phone with her Chilean counterpart Pablo Rojas on Monday. "
            "The 12th meeting of the joint commission will be led by Deputy Minister Carla Vidal and Vice "
            "Minister Tomás Soto.")
    calls = [e for e in events_of(text, "en", "2026-03-04") if e.kind == "call"]
    assert calls, "no call told"
    assert "Carla Vidal" not in calls[0].participants and "Tomás Soto" not in calls[0].participants


def test_someone_joined_by_video_is_no_party_to_a_phone_call() -> None:
    text = ("Außenministerin Hanna Kroll hat am Sonntag mit ihrem litauischen Amtskollegen Tomas Vaitkus "
            "telefoniert.\n\n"
            "Der ukrainische Außenminister Petro Marchenko, der per Video zugeschaltet war, rief zur Einigkeit auf.")
    calls = [e for e in events_of(text, "de", "2026-03-03") if e.kind == "call"]
    assert calls, "no call told"
    assert "Petro Marchenko" not in calls[0].participants


def test_observers_in_the_present_are_not_at_a_visit_told_as_done() -> None:
    text = ("Die Schweiz richtet im Mai Gespräche zwischen Serbien und Kosovo aus. "
            "Botschafterin Lea Moser hatte die Hauptstädte beider Länder Anfang April besucht. "
            "Die OSZE und die Europäische Union nehmen als Beobachterinnen teil.")
    visits = [e for e in events_of(text, "de", "2026-04-20") if e.date == "2026-04"]
    assert visits, "no visit told"
    assert "OSZE" not in visits[0].participants


def test_a_verb_of_judging_in_the_present_makes_no_party() -> None:
    text = ("Am Mittwoch verhandelten CDU und SPD im Rathaus über den Haushalt.\n\n"
            "16.05 Uhr: SPD-Fraktionschef Emil Hartwig nennt die Gespräche „noch lange nicht abgeschlossen“.")
    events = events_of(text, "de", "2026-12-10")
    assert any(e.date == "2026-12-09" for e in events), "no talks told"
    assert not _with(events, "Emil Hartwig")


def test_a_house_named_only_as_where_a_party_acts_is_no_party() -> None:
    text = "Die Grünen laden für Freitag zu einer Pressekonferenz im Abgeordnetenhaus ein."
    found = [e for e in events_of(text, "de", "2026-12-09") if e.date == "2026-12-11"]
    assert found, "no press conference told"
    assert "Abgeordnetenhaus" not in found[0].participants


def test_at_parliament_names_where_they_met() -> None:
    text = ("Chinese Vice-Premier Liang Wei met Prime Minister Owen Marsh at Parliament on Monday, where the "
            "two sides signed a trade protocol.")
    found = [e for e in events_of(text, "en", "2026-03-04") if e.date == "2026-03-02"]
    assert found, "no meeting told"
    assert "Parliament" not in found[0].participants
    assert "Owen Marsh" in found[0].participants


def test_a_body_named_where_a_party_acts_stays_a_party() -> None:
    text = "Die Grünen bringen am Freitag im Nationalrat einen Antrag auf eine Sondersitzung ein."
    found = [e for e in events_of(text, "de", "2026-12-09") if e.date == "2026-12-11"]
    assert found, "no motion told"
    assert "Nationalrat" in found[0].participants


def test_a_speaker_joined_by_video_is_no_party_to_the_lead_call() -> None:
    text = ("Außenminister Jonas Berg hat am Sonntagabend mit dem litauischen Außenminister Tomas Vaitkus "
            "telefoniert.\n\n"
            "Der ukrainische Außenminister Petro Marchenko, der per Video zugeschaltet war, sagte, jede Woche "
            "Verzögerung koste Menschenleben.")
    calls = [e for e in events_of(text, "de", "2026-06-22") if e.kind == "call"]
    assert calls, "no call told"
    assert "Petro Marchenko" not in calls[0].participants
