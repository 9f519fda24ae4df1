"""Quote speakers and roles, session 19: a style of address abbreviated with a full stop ("Hon.", "Rev.") ends no
sentence, so the office before it stays the person's role and the quote keeps its speaker; a quote attributed to an
office alone whose holder the next paragraph introduces.  Every sentence is invented for the test; each test fails
without its rule."""

from __future__ import annotations

from tests.support.extraction import doc_of


def test_an_abbreviated_style_of_address_ends_no_sentence() -> None:
    doc = doc_of('Speaking after the summit, the Minister for Foreign Affairs and Regional Cooperation, Hon. Mara Tolu '
                 'Benga, said Westland would not "take sides in a quarrel".', "en")
    assert [(p.name, p.role) for p in doc.persons] == [
        ("Mara Tolu Benga", "Minister for Foreign Affairs and Regional Cooperation")]
    assert [(q.speaker, q.text) for q in doc.quotes] == [("Mara Tolu Benga", "take sides in a quarrel")]
    doc = doc_of("Finance Minister Hon. Peter Okoth Malu opened the meeting in Lusaka on Monday. The Minister of "
                 "Health, Rev. Anna Mwale Tembo, spoke after him.", "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Peter Okoth Malu", "Finance Minister"),
                                                        ("Anna Mwale Tembo", "Minister of Health")]


def _quotes(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in doc_of(text, language).quotes]


def test_an_office_alone_as_speaker_is_its_one_holder_the_next_paragraph_introduces() -> None:
    after = ("\n\nBriefing the Council, Lina Varo-Kessel, Special Envoy of the Secretary-General, said the committee "
             "had met in Tunis.")
    text = ("Eastland's parties have \"a narrow window, perhaps the last\" to agree on the laws, the United Nations "
            "Special Envoy for the country told the Security Council today." + after)
    assert _quotes(text, "en") == [("Lina Varo-Kessel", "a narrow window, perhaps the last")]
    # the office spoken to is no speaker; an indefinite one is someone else
    text = "Eastland's parties have \"a narrow window\", a Special Envoy told the Council on Monday." + after
    assert _quotes(text, "en") == [(None, "a narrow window")]
    # a one-word office, or an office of another body, may be anyone's
    later = " Westland's representative, Tom Vance, said his country was tired."
    for subject in ("The representative of the Russian Federation", "The Special Envoy of the Arctic Council"):
        text = subject + " cautioned against \"imposing deadlines from outside\"." + after + later
        assert (None, "imposing deadlines from outside") in _quotes(text, "en")


def test_a_headline_quote_told_by_an_office_is_its_one_holders() -> None:
    text = ("Eastland's Rivals Face 'Narrow Window' to Agree on Laws, Special Envoy Tells Council\n\nBriefing the "
            "Council on Monday, Lina Varo-Kessel, Special Envoy of the Secretary-General, said the committee had met "
            "in Tunis.")
    assert _quotes(text, "en") == [("Lina Varo-Kessel", "Narrow Window")]


def test_a_style_of_address_as_subject_is_the_one_person_introduced_with_it() -> None:
    lead = ("DOHA, 3 March (QNA) -- His Highness Sheikh Tariq bin Omar Al Harbi, Deputy Prime Minister, today received "
            "Luc Arnaud, Minister of Foreign Affairs of Westland. During the meeting, which was attended by Her "
            "Excellency Mira bint Salem Al Harbi, Minister of State, the two sides discussed trade. ")
    text = lead + 'His Highness affirmed Qatar\'s "firm support for all efforts towards peace in the region".'
    assert _quotes(text, "en") == [("Tariq bin Omar Al Harbi", "firm support for all efforts towards peace in the "
                                                               "region")]
    # a style nobody was introduced with names nobody
    text = lead + 'His Excellency affirmed Westland\'s "firm support for all efforts towards peace in the region".'
    assert all(speaker is None for speaker, _text in _quotes(text, "en"))


def test_a_verb_of_saying_joined_to_another_verb_has_the_clauses_named_subject() -> None:
    text = ("The Southern Trade Community (STC) met in Lusaka on Monday. In a communiqué issued at the end of the "
            "meeting, the STC directed its secretariat to set up a fund of USD 5 million and said \"all armed groups "
            "operating in the border region must withdraw at once\".")
    assert _quotes(text, "en") == [("Southern Trade Community",
                                    "all armed groups operating in the border region must withdraw at once")]
    # an owner before the subject's noun does not speak
    text = ("President Tom Vance met Luc Arnaud on Monday. Tom Vance's spokesman denied the report and said \"nothing "
            "was agreed\".")
    assert _quotes(text, "en") == [(None, "nothing was agreed")]


def test_a_former_office_stays_former() -> None:
    for text in ("Mira Lund, a former foreign minister, said the plan was a mistake.",
                 "Mira Lund, the former foreign minister, said the plan was a mistake.",
                 "The talks were led by former foreign minister Mira Lund on Monday."):
        assert [(p.name, p.role) for p in doc_of(text, "en").persons] == [("Mira Lund", "former foreign minister")]


def test_a_demonstrative_subject_is_the_person_named_last_of_its_gender() -> None:
    lead = "Außenminister Tom Vance traf am Montag seinen Amtskollegen Luc Arnaud in Riga. "
    assert _quotes(lead + "Dieser antwortete auf die Frage nach Sanktionen: „Wir sind bereit, weiterzugehen.“",
                   "de") == [("Luc Arnaud", "Wir sind bereit, weiterzugehen.")]
    assert _quotes(lead + "„Wir sind bereit“, sagte dieser.", "de") == [("Luc Arnaud", "Wir sind bereit")]
    # „dieser Tage“ before the name is no demonstrative subject
    assert _quotes(lead + "„Wir sind bereit“, sagte dieser Tage Vance.", "de") == [("Tom Vance", "Wir sind bereit")]
    text = ("Außenministerin Mira Lund traf am Montag ihren Amtskollegen Luc Arnaud in Riga. Diese sagte: „Wir sind "
            "bereit.“")
    assert _quotes(text, "de") == [("Mira Lund", "Wir sind bereit.")]
    text = ("President Tom Vance met Foreign Minister Luc Arnaud in Riga on Monday. The latter said \"we are ready to "
            "go further\".")
    assert _quotes(text, "en") == [("Luc Arnaud", "we are ready to go further")]


def test_a_relative_clause_after_the_name_is_no_role() -> None:
    doc = doc_of("The plan was drafted by Tom Vance, whom President Luc Arnaud appointed in May.", "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Tom Vance", None), ("Luc Arnaud", "President")]
    doc = doc_of("Den Plan schrieb Tom Vance, den Präsident Luc Arnaud im Mai ernannt hatte.", "de")
    assert [(p.name, p.role) for p in doc.persons] == [("Tom Vance", None), ("Luc Arnaud", "Präsident")]


def test_an_adverb_of_time_before_a_german_role_is_no_adjective() -> None:
    doc = doc_of("Tom Vance, inzwischen Außenminister, sagte, der Plan sei schlecht.", "de")
    assert [(p.name, p.role) for p in doc.persons] == [("Tom Vance", "Außenminister")]
