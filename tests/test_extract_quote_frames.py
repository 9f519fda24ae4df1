"""Quote speakers in frames that name an office, a question or a group (issue #13).

Invented sentences.  A spokesperson or adviser of X speaks, never X („ein Sprecher von Harrow", „eine
Sprecherin Harrows", „ein Berater des Außenministers"); a spokesman named next to X's possessive speaks
("Harrow's spokesman Tom Berg"); a quote right after a question word is the asker's ("When a reporter
asked, "…"", „Auf die Frage „…“"); a plural subject („erklärten sie", „Sie sagten:", "they said") is
the persons named together before, a guess; a quote standing alone whose speaker the next sentence
names („Das sagte X", "Those were the words of X") is X's.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

DE_LEAD = "Harrow besucht Hafen\n\nAußenminister Alan Harrow traf am Freitag in Oslo Regierungschefin Bea Lindqvist. "
EN_LEAD = "Harrow Visits Port\n\nForeign Minister Alan Harrow met Prime Minister Bea Lindqvist in Oslo on Friday. "


def quotes(text: str, language: str) -> dict[str, tuple[str | None, tuple[str, ...], str]]:
    return {q.text: (q.speaker, q.co_speakers, q.review) for q in doc_of(text, language, "2026-11-20").quotes}


@pytest.mark.parametrize(("text", "language"), [
    (DE_LEAD + "„Das Treffen war produktiv“, sagte ein Sprecher von Harrow.", "de"),
    (DE_LEAD + "„Das Treffen war produktiv“, sagte eine Sprecherin Harrows.", "de"),
    (DE_LEAD + "„Das Treffen war produktiv“, sagte ein Berater des Außenministers.", "de"),
    (DE_LEAD + "„Das Treffen war produktiv“, sagte der Sprecher des Außenministers.", "de"),
    (EN_LEAD + "\"The meeting was productive,\" said a spokesperson for the ministry.", "en"),
    (EN_LEAD + "\"The meeting was productive,\" an aide to Harrow said.", "en"),
])
def test_an_office_of_a_named_person_is_not_that_person(text: str, language: str) -> None:
    assert [speaker for speaker, _co, _review in quotes(text, language).values()] == [None]


@pytest.mark.parametrize(("text", "language"), [
    (EN_LEAD + "\"The meeting was productive,\" Harrow's spokesman Tom Berg said.", "en"),
    (EN_LEAD + "\"The meeting was productive,\" said Harrow spokesman Tom Berg.", "en"),
    (DE_LEAD + "„Das Treffen war produktiv“, sagte der Sprecher des Außenministers, Tom Berg.", "de"),
])
def test_a_spokesman_named_beside_the_office_speaks(text: str, language: str) -> None:
    assert [speaker for speaker, _co, _review in quotes(text, language).values()] == ["Tom Berg"]


@pytest.mark.parametrize(("text", "language", "question", "answer"), [
    (EN_LEAD + "When a reporter asked, \"Will you resign?\", Harrow replied: \"No, never.\"", "en",
     "Will you resign?", "No, never."),
    (DE_LEAD + "Auf die Frage „Treten Sie zurück?“ antwortete Harrow: „Nein, niemals.“", "de",
     "Treten Sie zurück?", "Nein, niemals."),
])
def test_a_question_is_not_the_answerers(text: str, language: str, question: str, answer: str) -> None:
    found = quotes(text, language)
    assert found[question][0] is None
    assert found[answer][0] == "Alan Harrow"


@pytest.mark.parametrize(("text", "language"), [
    (DE_LEAD + "„Wir stehen zusammen“, erklärten sie.", "de"),
    (DE_LEAD + "Sie sagten danach: „Wir stehen zusammen.“", "de"),
    (EN_LEAD + "\"We stand together,\" they said in a joint statement.", "en"),
])
def test_a_plural_subject_is_the_pair_named_before_as_a_guess(text: str, language: str) -> None:
    [(speaker, co_speakers, review)] = quotes(text, language).values()
    assert (speaker, co_speakers, review) == ("Alan Harrow", ("Bea Lindqvist",), "guessed")


def test_singular_sie_is_still_the_woman() -> None:
    [(speaker, _co, _review)] = quotes(DE_LEAD + "„Wir stehen zusammen“, sagte sie.", "de").values()
    assert speaker == "Bea Lindqvist"


@pytest.mark.parametrize(("text", "language"), [
    ("Harrow besucht Hafen\n\nDie Gespräche sind gescheitert. „Wir sind jederzeit bereit zu reden, aber nicht "
     "unter Druck.“ Das sagte Außenminister Alan Harrow am Freitag.", "de"),
    ("Harrow besucht Hafen\n\n„Wir sind jederzeit bereit zu reden, aber nicht unter Druck.“ Mit diesen Worten "
     "reagierte Außenminister Alan Harrow auf das Scheitern.", "de"),
    ("Harrow Visits Port\n\n\"We are ready to talk at any time, but not under pressure.\" Those were the words "
     "of Foreign Minister Alan Harrow on Friday.", "en"),
])
def test_a_speaker_named_in_the_next_sentence(text: str, language: str) -> None:
    [(speaker, _co, review)] = quotes(text, language).values()
    assert (speaker, review) == ("Alan Harrow", "extracted")


@pytest.mark.parametrize(("text", "language"), [
    (DE_LEAD + "„Das ist ein Fehler“, sagte ein enger Mitarbeiter von Lindqvist der Zeitung.", "de"),
    (DE_LEAD + "„Das ist ein Fehler“, sagte Lindqvists Stabschef.", "de"),
    (EN_LEAD + "\"This is a mistake,\" Lindqvist's chief of staff said.", "en"),
    (EN_LEAD + "\"This is a mistake,\" the prime minister's spokesperson said.", "en"),
    (EN_LEAD + "An official close to Lindqvist, who asked not to be named, said: \"This is a mistake.\"", "en"),
    (EN_LEAD + "Speaking after Lindqvist, a diplomat said: \"This is a mistake.\"", "en"),
    (EN_LEAD + "\"This is a mistake,\" the agency quoted a diplomat as saying.", "en"),
    (DE_LEAD + "„Das ist ein Fehler“, sagte die Grünen-Abgeordnete im Bundestag.", "de"),
])
def test_the_named_person_beside_an_unnamed_speaker_does_not_speak(text: str, language: str) -> None:
    assert [speaker for speaker, _co, _review in quotes(text, language).values()] == [None]


def test_a_body_where_the_speaker_works_is_not_the_speaker() -> None:
    """„betonte die Delegationsleiterin im Europaparlament“ after her named quote: her, a guess — not the body."""
    text = ("Harrow besucht Hafen\n\nDie Abgeordnete Eva Moll kritisierte Harrow. „Das ist ein Fehler“, sagte Moll. "
            "„Wir brauchen mehr Europa“, betonte die Delegationsleiterin im Europaparlament.")
    found = quotes(text, "de")
    assert found["Wir brauchen mehr Europa"][:1] == ("Eva Moll",)


@pytest.mark.parametrize(("text", "language"), [
    (DE_LEAD + "Das Ministerium zitierte Harrow mit den Worten: „Das ist ein Fehler.“", "de"),
    (EN_LEAD + "In a statement, the Foreign Ministry quoted Harrow as saying: \"This is a mistake.\"", "en"),
])
def test_the_one_quoted_speaks(text: str, language: str) -> None:
    assert [speaker for speaker, _co, _review in quotes(text, language).values()] == ["Alan Harrow"]


@pytest.mark.parametrize(("text", "language", "question"), [
    (EN_LEAD + "Asked by a journalist, \"Will the talks resume?\", Lindqvist said: \"We are ready.\"", "en",
     "Will the talks resume?"),
    (EN_LEAD + "Harrow was asked: \"Will it go on?\" He replied: \"Yes, sure.\"", "en", "Will it go on?"),
    (DE_LEAD + "Harrow wurde gefragt: „Geht es weiter?“ Er antwortete: „Ja, sicher.“", "de", "Geht es weiter?"),
])
def test_a_question_put_to_someone_is_not_theirs(text: str, language: str, question: str) -> None:
    assert quotes(text, language)[question][0] is None


def test_a_spokeswoman_whose_name_ends_in_s_still_speaks() -> None:
    """„sagte Sprecherin Anna Rees“: her own name, no genitive of someone else's."""
    [(speaker, _co, _review)] = quotes(DE_LEAD + "„Das Treffen war produktiv“, sagte Sprecherin Anna Rees.",
                                       "de").values()
    assert speaker == "Anna Rees"
