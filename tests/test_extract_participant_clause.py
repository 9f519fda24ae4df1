"""Participants come from the event's own clause, not from what context only suggests (issue #13).

Each group is one class of wrong participant: a speaker who speaks about a later, other meeting; a
state named through one unnamed person of it; a name that only says whose something is; a country
named as a location; a country named only as a topic, destination or counterpart of a person whose
own country is unsaid.  Every sentence is invented.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Event, Person


def _doc(text: str, language: str, published: str = "2026-03-18"):
    return doc_of(text, language, published)


def dated(text: str, language: str, day: str) -> Event:
    found = [e for e in _doc(text, language).events if e.date == day]
    assert found, f"no event on {day} in {text!r}"
    return found[0]


def person(text: str, language: str, name: str) -> Person:
    found = [p for p in _doc(text, language).persons if p.name == name]
    assert found, f"no person {name} in {text!r}"
    return found[0]


# --- a speaker after another meeting the text told speaks of that meeting ---------------------

def test_a_speaker_after_a_later_meeting_is_not_added_to_the_lead_event_en() -> None:
    text = ("Trade ministers of the bloc met in Oslo on Monday to agree on tariffs. "
            "Finance Minister Lena Dahl met her counterpart Piet Vos in Rome on Tuesday. "
            "Dahl said after the meeting that the talks had been frank.")
    lead = dated(text, "en", "2026-03-16")
    assert "Lena Dahl" not in lead.participants
    assert "Piet Vos" not in lead.participants


def test_a_speaker_after_a_later_call_is_not_added_to_the_lead_event_de() -> None:
    text = ("Die Verhandlungen der Vermittler in Genf sind am Sonntag ohne Ergebnis zu Ende gegangen. "
            "Der norwegische Außenminister Olav Berg sprach von harten Gesprächen. "
            "Bundesaußenminister Tim Kranz telefonierte am Montagabend mit seinem Amtskollegen Berg. "
            "Dabei sagte Kranz weitere Hilfe zu.")
    lead = dated(text, "de", "2026-03-15")
    assert "Tim Kranz" not in lead.participants


def test_a_speaker_after_the_lead_event_itself_still_joins_it() -> None:
    text = ("Trade ministers of the bloc met in Oslo on Monday to agree on tariffs. "
            "Finance Minister Lena Dahl said after the meeting that the talks had been frank.")
    assert "Lena Dahl" in dated(text, "en", "2026-03-16").participants


def test_an_announced_meeting_does_not_stop_the_speakers_of_the_lead_event() -> None:
    text = ("Defence ministers of the alliance met in Brussels on Thursday. "
            "Defence Minister Jon Aas said his country would host a meeting of arms makers in May. "
            "Defence Minister Eva Lind said after the meeting that stocks were low.")
    lead = dated(text, "en", "2026-03-12")
    assert "Eva Lind" in lead.participants


# --- a state named through one unnamed person of it is not a party ----------------------------

def test_a_single_counterpart_does_not_make_his_state_a_participant_de() -> None:
    text = "Außenministerin Petra Holm telefonierte am Montag mit ihrem ägyptischen Amtskollegen."
    event = dated(text, "de", "2026-03-16")
    assert "EG" not in event.participants
    assert "Petra Holm" in event.participants


def test_a_single_counterpart_does_not_make_his_state_a_participant_en() -> None:
    text = "Foreign Minister Petra Holm spoke by phone on Monday with her Egyptian counterpart."
    assert "EG" not in dated(text, "en", "2026-03-16").participants


def test_plural_counterparts_are_the_states_team() -> None:
    text = "Foreign Minister Petra Holm met her French and Italian counterparts in Vienna on Monday."
    assert {"FR", "IT"} <= set(dated(text, "en", "2026-03-16").participants)


def test_an_organization_qualifying_a_named_persons_office_in_apposition_is_not_a_participant() -> None:
    text = "The EU's trade chief, Jan Kolar, met business leaders in Madrid on Monday."
    event = dated(text, "en", "2026-03-16")
    assert "Jan Kolar" in event.participants
    assert "EU" not in event.participants


# --- a name that only says whose something is ---------------------------------------------------

def test_a_person_named_as_owner_after_of_is_not_a_participant() -> None:
    text = ("On Monday the two parties agreed in Jeddah to free prisoners of the former regime of "
            "Omar Kassem.")
    assert "Omar Kassem" not in dated(text, "en", "2026-03-16").participants


def test_a_person_in_the_presence_of_whom_something_happens_takes_part() -> None:
    text = "On Monday the treaty was signed in Oslo in the presence of President Omar Kassem."
    assert "Omar Kassem" in dated(text, "en", "2026-03-16").participants


# --- a country named as a location ---------------------------------------------------------------

def test_a_country_after_near_is_a_location_en() -> None:
    text = ("Prime Minister Aiko Mori and Chinese President Li Wen held talks on Friday amid naval "
            "drills near Japan.")
    assert "JP" not in dated(text, "en", "2026-03-13").participants


def test_a_country_after_nahe_is_a_location_de() -> None:
    text = "Die Außenminister Petra Holm und Jan Novak trafen sich am Montag nahe der Ukraine."
    assert "UA" not in dated(text, "de", "2026-03-16").participants


# --- a person's country only from what the text ties to that person -------------------------------

def test_a_destination_does_not_give_the_traveller_a_country_de() -> None:
    text = "Außenminister Karl Brandner reist am Montag nach Polen."
    assert person(text, "de", "Karl Brandner").country != "PL"


def test_a_topic_does_not_give_a_person_a_country_en() -> None:
    text = "Foreign Minister Karl Brandner spoke on Monday about the war in Ukraine."
    assert person(text, "en", "Karl Brandner").country != "UA"


def test_a_counterparts_country_is_not_the_speakers_de() -> None:
    text = "Außenminister Karl Brandner telefonierte am Montag mit seinem ägyptischen Amtskollegen."
    assert person(text, "de", "Karl Brandner").country != "EG"


def test_a_nationality_adjective_on_the_person_still_gives_the_country() -> None:
    text = "Der polnische Außenminister Karl Brandner reist am Montag nach Rom."
    assert person(text, "de", "Karl Brandner").country == "PL"


def test_a_country_the_person_negotiates_for_gives_the_country() -> None:
    text = "Die Gespräche in Genf endeten am Montag. Für Serbien verhandelte Vizepremier Ion Rusu."
    assert person(text, "de", "Ion Rusu").country == "RS"


def test_the_place_of_a_meeting_does_not_give_its_participants_a_country() -> None:
    text = ("Trade ministers of the bloc met in Oslo on Monday. "
            "Finance Minister Lena Dahl met her counterpart Piet Vos in Rome on Tuesday.")
    assert person(text, "en", "Lena Dahl").country not in ("IT", "NO")
    assert person(text, "en", "Piet Vos").country not in ("IT", "NO")


# --- a group in a following sentence that does something else is no party --------------------------

def test_a_group_doing_something_else_after_a_visit_is_no_participant_en() -> None:
    text = ("The alliance's envoy Jan Kolar visited Vilnius on Monday, where he met President Ona Vaitkus. "
            "Russian forces launched a drone attack on a port overnight, the army said.")
    event = dated(text, "en", "2026-03-16")
    assert "RU" not in event.participants
    assert {"Jan Kolar", "Ona Vaitkus"} <= set(event.participants)


def test_a_group_doing_something_else_after_talks_is_no_participant_de() -> None:
    text = ("Am Montag verhandelten die Delegationen in Genf über eine Waffenruhe. "
            "Russische Truppen starteten in der Nacht einen Angriff auf einen Hafen.")
    assert "RU" not in dated(text, "de", "2026-03-16").participants


def test_a_group_that_tried_to_bring_the_sides_together_still_joins() -> None:
    text = ("Die Verhandlungen in Kairo sind am Sonntag ohne Einigung zu Ende gegangen. "
            "Vermittler aus Katar und Ägypten hatten versucht, die Seiten anzunähern.")
    assert {"QA", "EG"} <= set(dated(text, "de", "2026-03-15").participants)


# --- a person the event is about is no party -------------------------------------------------------

def test_a_person_talked_about_is_no_participant_de() -> None:
    text = "Petra Holm und Jan Novak sprachen am Montag in Wien über Selenskyj und die Forderungen Putins."
    event = dated(text, "de", "2026-03-16")
    assert not {"Selenskyj", "Putin"} & set(event.participants)
    assert {"Petra Holm", "Jan Novak"} <= set(event.participants)


def test_a_person_talked_about_is_no_participant_en() -> None:
    text = "Petra Holm met Jan Novak in Vienna on Monday to talk about President Putin."
    event = dated(text, "en", "2026-03-16")
    assert "Putin" not in event.participants
    assert {"Petra Holm", "Jan Novak"} <= set(event.participants)


def test_a_time_phrase_after_ueber_does_not_hide_the_subject() -> None:
    event = dated("Über das Wochenende traf Petra Holm in Wien am Montag Jan Novak.", "de", "2026-03-16")
    assert {"Petra Holm", "Jan Novak"} <= set(event.participants)


# --- a clause of contrast tells someone else's act ----------------------------------------------------

def test_a_while_clause_adds_no_participant_en() -> None:
    text = ("President Ana Ruiz hosted Chancellor Petra Holm in Madrid on Tuesday, "
            "while Italian Prime Minister Gia Conti traveled to Washington.")
    event = dated(text, "en", "2026-03-17")
    assert "Gia Conti" not in event.participants
    assert {"Ana Ruiz", "Petra Holm"} <= set(event.participants)


def test_a_waehrend_clause_adds_no_participant_de() -> None:
    text = "Am Freitag unterzeichneten die Ukraine und Polen in Kiew ein Abkommen, während Russland neue Angriffe flog."
    event = dated(text, "de", "2026-03-13")
    assert "RU" not in event.participants
    assert {"UA", "PL"} <= set(event.participants)


def test_waehrend_as_a_preposition_keeps_its_names() -> None:
    text = "Am Montag trafen sich Petra Holm und Jan Novak in Wien, während der Sitzung kam auch Eva Lind hinzu."
    assert "Eva Lind" in dated(text, "de", "2026-03-16").participants


def test_a_country_something_is_demanded_from_is_no_group() -> None:
    text = ("Bundeskanzlerin Petra Holm empfing am Montag den polnischen Präsidenten Jan Novak. "
            "Novak forderte Reparationen von Deutschland.")
    assert "DE" not in dated(text, "de", "2026-03-16").participants


def test_an_english_country_name_before_a_thing_is_no_participant() -> None:
    text = "President Lin Wei will visit Paraguay in August, flying through US territory."
    assert "US" not in dated(text, "en", "2026-08").participants


def test_an_english_country_name_before_its_verb_still_acts() -> None:
    text = "The US met Iran in Oman on Monday for indirect talks."
    assert {"US", "IR"} <= set(dated(text, "en", "2026-03-16").participants)


def test_a_concessive_phrase_adds_no_participant_en() -> None:
    text = "The bloc's leaders met in Oslo on Monday despite warnings from the United States, Norway's premier said."
    assert "US" not in dated(text, "en", "2026-03-16").participants


def test_a_concessive_phrase_adds_no_participant_de() -> None:
    text = "Trotz der Warnungen Russlands trafen sich Petra Holm und Jan Novak am Montag in Wien."
    event = dated(text, "de", "2026-03-16")
    assert "RU" not in event.participants
    assert {"Petra Holm", "Jan Novak"} <= set(event.participants)


def test_a_german_concessive_phrase_leaves_the_subject_after_it() -> None:
    text = "Trotz der Warnungen Russlands trafen sich Petra Holm und Jan Novak in Wien zu Gesprächen."
    event = next(e for e in _doc(text, "de").events)
    assert {"Petra Holm", "Jan Novak"} <= set(event.participants)


# --- a meeting told as later or earlier is a meeting of its own (except a trip's later stops) -------

def test_a_later_meeting_after_talks_adds_no_participant_en() -> None:
    text = ("President Ana Ruiz held talks with President Jan Novak in Madrid on Tuesday. "
            "Ruiz later met business leaders, including bank chairman Omar Kassem.")
    event = dated(text, "en", "2026-03-17")
    assert "Omar Kassem" not in event.participants
    assert {"Ana Ruiz", "Jan Novak"} <= set(event.participants)


def test_a_later_call_after_a_call_adds_no_participant_en() -> None:
    text = ("Prime Minister Ana Ruiz hosted a call with European leaders on Sunday. "
            "Ruiz later spoke with President Omar Kassem.")
    assert "Omar Kassem" not in dated(text, "en", "2026-03-15").participants


def test_a_later_stop_of_a_trip_still_joins_the_trip_de() -> None:
    text = ("Bundespräsidentin Petra Holm ist am Montag zu einem Staatsbesuch in Japan eingetroffen. "
            "Anschließend traf sie Premierministerin Aiko Mori.")
    assert "Aiko Mori" in dated(text, "de", "2026-03-16").participants


def test_a_country_in_what_the_person_says_is_not_theirs() -> None:
    text = "The war dominated the meeting. Defence Minister Jon Aas said Russia must be stopped."
    assert person(text, "en", "Jon Aas").country != "RU"


def test_two_mentions_of_a_country_make_no_article_about_it() -> None:
    text = ("Secretary General Jan Kolar met Polish President Adam Nowak in Warsaw on Monday. "
            "Spokeswoman Allison Hart said the two discussed drones.")
    assert person(text, "en", "Allison Hart").country is None


def test_who_reacts_to_an_act_is_no_party_en() -> None:
    text = ("The Commission on Wednesday proposed new sanctions, a move welcomed by Kyiv but criticised "
            "by Hungary's Prime Minister Viktor Orban.")
    event = dated(text, "en", "2026-03-18")
    assert "Viktor Orban" not in event.participants


def test_a_country_after_a_named_persons_title_is_no_participant() -> None:
    event = dated("Prime Minister Ana Ruiz met King Abdullah II of Jordan in Madrid on Tuesday.", "en", "2026-03-17")
    assert "JO" not in event.participants
    assert "Ana Ruiz" in event.participants
    de_event = dated("Bundespräsidentin Petra Holm empfing am Montag König Abdullah II. von Jordanien in Berlin.",
                     "de", "2026-03-16")
    assert "JO" not in de_event.participants


def test_the_countries_of_a_reported_sentence_are_not_its_sources() -> None:
    text = ("The summit opened in Belem on Monday. Saudi Arabia blocked a deal on fuels, according to "
            "negotiator Juan Perez.")
    assert person(text, "en", "Juan Perez").country != "SA"


def test_an_owner_of_a_role_in_an_event_is_no_participant() -> None:
    text = "On Monday Ana Ruiz praised President Jan Novak's role in negotiations with the bloc."
    event = next(e for e in _doc(text, "en").events)
    assert "Jan Novak" not in event.participants


def test_an_owner_of_an_event_still_takes_part() -> None:
    text = "President Jan Novak's visit to Madrid on Monday was his first."
    assert "Jan Novak" in dated(text, "en", "2026-03-16").participants


def test_the_actors_of_another_event_placed_in_time_are_no_participants() -> None:
    text = "Pope Leo XIV received President Jan Novak at the Vatican on Tuesday, days after Russian strikes hit Kyiv."
    assert "RU" not in dated(text, "en", "2026-03-17").participants
    text = ("Petra Holm empfing am Dienstag in Wien Jan Novak, wenige Tage nach den russischen Angriffen "
            "auf die Ukraine.")
    assert "RU" not in dated(text, "de", "2026-03-17").participants


# --- sharing an office with those who met is no tie when the text places the speaker elsewhere -------

GROUP_MEETING_DE = ("Außenminister beraten in Brüssel\n\n"
                    "Die EU-Außenminister haben am Montag in Brüssel über neue Sanktionen gegen Iran beraten.\n\n"
                    "„Wir müssen jetzt handeln“, sagte die niederländische Außenministerin Eva de Boer.\n\n")


def test_a_minister_speaking_elsewhere_is_not_tied_by_his_office() -> None:
    text = GROUP_MEETING_DE + "In Washington sagte US-Außenminister Tom Baker, die USA unterstützten den Schritt."
    event = dated(text, "de", "2026-03-16")
    assert "Tom Baker" not in event.participants
    assert "Eva de Boer" in event.participants


def test_a_minister_of_the_targeted_country_is_not_tied_by_his_office() -> None:
    text = GROUP_MEETING_DE + "Der iranische Außenminister Ali Rahimi nannte die Sanktionen illegal."
    assert "Ali Rahimi" not in dated(text, "de", "2026-03-16").participants


def test_a_place_in_what_the_minister_says_does_not_place_him_elsewhere() -> None:
    text = GROUP_MEETING_DE + ("Der belgische Außenminister Jan Peeters sagte, Berlin werde im Mai ein "
                               "Treffen ausrichten.")
    assert "Jan Peeters" in dated(text, "de", "2026-03-16").participants


def test_who_missed_the_meeting_is_no_participant_de() -> None:
    text = ("Die Koalition hat sich am Mittwoch im Kanzleramt geeinigt. Bei der Sitzung fehlte CSU-Chef "
            "Markus Söder. SPD-Chefin Bärbel Bas sagte nach dem Treffen, man sei zufrieden.")
    event = dated(text, "de", "2026-03-18")
    assert "Markus Söder" not in event.participants
    assert "Bärbel Bas" in event.participants


def test_an_opposition_leader_commenting_after_talks_is_no_participant_en() -> None:
    text = ("Leaders of the two countries met in Seoul on Monday. After the talks, opposition leader "
            "Lee Min-jun said the deal was weak.")
    assert "Lee Min-jun" not in dated(text, "en", "2026-03-16").participants


# --- whom a speaker judges or accuses is what the speech is about ---------------------------------

def test_whom_a_speaker_criticises_is_no_participant_de() -> None:
    event = dated("Petra Holm kritisierte Jan Novak am Montag in einer Rede in Wien scharf.", "de", "2026-03-16")
    assert "Jan Novak" not in event.participants
    assert "Petra Holm" in event.participants


def test_the_subject_after_a_german_verb_of_warning_stays() -> None:
    event = dated("Am Montag warnte Petra Holm in Wien vor Jan Novak.", "de", "2026-03-16")
    assert "Petra Holm" in event.participants
    assert "Jan Novak" not in event.participants


def test_whom_a_speaker_accuses_is_no_participant_en() -> None:
    event = dated("In a speech on Monday, Petra Holm accused Jan Novak of lying.", "en", "2026-03-16")
    assert "Jan Novak" not in event.participants


def test_praise_at_a_meeting_keeps_the_other_side() -> None:
    event = dated("Am Montag lobte Petra Holm in Wien bei einem Treffen mit Jan Novak die Zusammenarbeit.",
                  "de", "2026-03-16")
    assert {"Petra Holm", "Jan Novak"} <= set(event.participants)


def test_who_wants_something_of_the_event_talks_about_it_from_outside() -> None:
    text = ("The bloc's leaders open a two-day summit in Oslo on Saturday. Instead, Canada wants a short "
            "statement to cap the summit.")
    assert "CA" not in dated(text, "en", "2026-03-21").participants


def test_names_in_what_a_participle_of_saying_reports_are_no_participants() -> None:
    text = ("The coastguard deployed a ship at the shoal on Monday, claiming that Vietnam was "
            "building an island there.")
    assert "VN" not in dated(text, "en", "2026-03-16").participants


def test_an_english_country_name_as_subject_before_a_past_verb_still_acts() -> None:
    text = "The presidents of Russia and the United States spoke by phone on Monday."
    assert {"RU", "US"} <= set(dated(text, "en", "2026-03-16").participants)


def test_a_while_clause_without_an_act_of_its_own_keeps_its_names() -> None:
    text = ("The two delegations met in Geneva on Sunday. Minister Jan Kolar led one side, "
            "while Vice Premier Li Wen headed the other team.")
    assert {"Jan Kolar", "Li Wen"} <= set(dated(text, "en", "2026-03-15").participants)


def test_a_plural_noun_after_a_country_name_after_a_preposition_is_a_thing() -> None:
    text = "Trade ministers met in Oslo on Monday and agreed on purchases of U.S. soybeans."
    assert "US" not in dated(text, "en", "2026-03-16").participants
