"""Quote speakers (CONVENTIONS §8): a quote standing alone after another person became the subject, the antecedent
of "who called", a subject after a subordinating conjunction, a pronoun after an untitled woman's adjectival
title, a speaker known only by an Austrian title or a role with a state complement.  Every sentence is invented
for the test; each test fails without its rule."""

from __future__ import annotations

from tests.support.extraction import doc_of


def _quotes(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in doc_of(text, language).quotes]


def test_a_quote_standing_alone_after_another_subject_is_not_the_earlier_speakers() -> None:
    text = ("Premier Tom Vance traf Präsident Luc Arnaud in Lyon. „Das ist ein Fehler“, sagte Vance. "
            "Arnaud sah das anders. „Das ist ein Anfang.“")
    assert _quotes(text, "de")[1] != ("Tom Vance", "Das ist ein Anfang.")
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon. "This is a mistake," Vance said. '
            'Arnaud disagreed. "This is a start."')
    assert _quotes(text, "en")[1] != ("Tom Vance", "This is a start.")
    text = 'Prime Minister Tom Vance met voters in Lyon. "This is a mistake," Vance said. "But we go on."'
    assert _quotes(text, "en")[1] == ("Tom Vance", "But we go on.")


def test_who_called_gives_the_quote_to_the_name_before_it() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon. Vance answered criticism from Arnaud, '
            'who had called the plan "a costly mistake".')
    assert _quotes(text, "en") == [("Luc Arnaud", "a costly mistake")]


def test_the_subject_after_before_speaks() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon. "We are far apart," Arnaud told '
            'reporters, before Vance added: "But we keep talking."')
    assert _quotes(text, "en") == [("Luc Arnaud", "We are far apart"), ("Tom Vance", "But we keep talking.")]


def test_sie_after_a_womans_adjectival_title_without_article() -> None:
    text = ("„Wir haben hart verhandelt“, sagte Senatorin Petra Albers. Die Grünen laden ein. "
            "Fraktionsvorsitzende Mirela Lohwag will eine Rechnung vorlegen. Sie wirft den Verhandlern vor, "
            "den Ausbau „auf die lange Bank“ zu schieben.")
    assert _quotes(text, "de")[1] == ("Mirela Lohwag", "auf die lange Bank")


def test_an_austrian_mandatarin_is_a_person_and_speaks() -> None:
    text = ("Die Grünen-Mandatarin Ilse Brandl-Koch verlangte mehr Kontrolle. „Wer Richter bedroht“, so "
            "Brandl-Koch, „verliert jeden Anspruch.“")
    assert _quotes(text, "de") == [("Ilse Brandl-Koch", "Wer Richter bedroht"),
                                   ("Ilse Brandl-Koch", "verliert jeden Anspruch.")]


def test_an_envoy_on_a_state_before_the_name_is_the_envoys_role() -> None:
    text = ('UN special envoy on Haiti Mara Velden said the talks had begun. "A door has opened," the envoy '
            'said, "but only a little."')
    doc = doc_of(text, "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Mara Velden", "UN special envoy on Haiti")]
    assert [q.speaker for q in doc.quotes] == ["Mara Velden", "Mara Velden"]


def test_a_pronoun_after_an_unnamed_source_takes_up_nobody() -> None:
    text = ("Bundeskanzler Tom Vance traf am Montag Präsident Luc Arnaud. Nach Angaben eines Diplomaten stockten "
            "die Gespräche. „Keiner will sich bewegen“, sagte er.")
    assert _quotes(text, "de") == [(None, "Keiner will sich bewegen")]
    text = ('Prime Minister Tom Vance met President Luc Arnaud on Monday.\n\nA diplomat briefed on the talks said '
            'they had stalled. "Nobody wants to move first," he said.')
    assert _quotes(text, "en") == [(None, "Nobody wants to move first")]
    text = ('Prime Minister Tom Vance met President Luc Arnaud on Monday. Vance met a diplomat on Tuesday. '
            '"Nobody wants to move first," he said.')
    assert _quotes(text, "en") == [("Tom Vance", "Nobody wants to move first")]


def test_a_paragraph_quote_after_another_subject_does_not_go_on_with_the_quote_before() -> None:
    text = ("Bundeskanzler Tom Vance traf am Montag Präsident Luc Arnaud.\n\n„Es bleibt viel zu tun“, sagte "
            "Arnaud. Vance hingegen blieb vorsichtig.\n\n„Wir sehen uns im Mai wieder.“")
    assert _quotes(text, "de")[1][0] != "Luc Arnaud"


def test_a_passive_verb_of_saying_gives_the_quote_to_its_agent() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud on Monday. Arnaud was told by Vance that the offer '
            'was "final".')
    assert _quotes(text, "en") == [("Tom Vance", "final")]
    text = ('Prime Minister Tom Vance met President Luc Arnaud on Monday. Arnaud was told by officials that the '
            'offer was "final".')
    assert _quotes(text, "en") == [(None, "final")]


def test_a_german_clause_opened_by_was_has_its_own_subject() -> None:
    text = ("Bundeskanzler Tom Vance traf am Montag Präsident Luc Arnaud. Vance wies zurück, was Arnaud "
            "„ein faires Angebot“ nannte.")
    assert _quotes(text, "de") == [("Luc Arnaud", "ein faires Angebot")]


def test_a_german_relative_clause_opened_by_a_name_is_no_subject() -> None:
    text = ("Bundeskanzler Tom Vance traf am Montag Präsident Luc Arnaud. Vance, der Arnaud am Montag traf, "
            "nannte das Angebot „endgültig“.")
    assert _quotes(text, "de") == [("Tom Vance", "endgültig")]


def test_an_attribution_split_off_after_a_question_mark_names_the_speaker() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud on Monday. "We are ready," Vance said. '
            '"Why now?" Arnaud asked.')
    assert _quotes(text, "en") == [("Tom Vance", "We are ready"), ("Luc Arnaud", "Why now?")]


def test_the_subject_of_a_lead_in_with_a_colon_goes_on_in_reported_speech() -> None:
    text = ("Bundeskanzler Tom Vance traf am Montag Präsident Luc Arnaud. Vance lobte Arnaud: Er habe "
            "„alles versucht“.")
    assert _quotes(text, "de") == [("Tom Vance", "alles versucht")]


def test_a_name_before_the_postposition_gegenueber_is_whom_one_speaks_to() -> None:
    text = ("Bundeskanzler Tom Vance traf am Montag Präsident Luc Arnaud. Arnaud gegenüber sagte Vance, man sei "
            "„zu allem bereit“.")
    assert _quotes(text, "de") == [("Tom Vance", "zu allem bereit")]


def test_the_circle_around_a_person_is_nobody_named() -> None:
    text = ("Bundeskanzler Tom Vance traf am Montag Präsident Luc Arnaud. Aus dem Umfeld von Vance hieß es, man sei "
            "„zu allem bereit“. Aus dem Umfeld Arnauds hieß es, man sei „skeptisch“.")
    assert _quotes(text, "de") == [(None, "zu allem bereit"), (None, "skeptisch")]


def test_austrian_academic_titles_are_neither_persons_nor_sentence_ends() -> None:
    doc = doc_of("Die SPÖ-Abgeordnete Mag. Eva Lindner-Hofbauer kritisierte den Plan.", "de")
    assert [(p.name, p.role) for p in doc.persons] == [("Eva Lindner-Hofbauer", "SPÖ-Abgeordnete")]


def test_parlamentarier_and_rechtler_are_role_nouns() -> None:
    doc = doc_of("Der Parlamentarier Franz-Xaver Obermoser stimmte zu. Die Bürgerrechtlerin Nadia Ferhani "
                 "kritisierte die Polizei.", "de")
    assert [(p.name, p.role) for p in doc.persons] == [("Franz-Xaver Obermoser", "Parlamentarier"),
                                                       ("Nadia Ferhani", "Bürgerrechtlerin")]
