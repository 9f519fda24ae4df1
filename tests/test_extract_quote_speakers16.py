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
