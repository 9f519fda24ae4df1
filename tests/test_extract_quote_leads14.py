"""Quotes led in by a caption or an unnamed person, partial quotes in reported speech, and the outlet's own staff
in a transcript (CONVENTIONS §1, §8).  Every sentence here is invented for the test."""

from __future__ import annotations

from support.extraction import doc_of


def _doc(body: str, language: str):  # type: ignore[no-untyped-def]
    return doc_of("Ein Titel\n\n" + body, language, published=None)


def _quotes(body: str, language: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _doc(body, language).quotes]


def test_a_post_whose_caption_names_its_author() -> None:
    body = ("Der Streit um die Fischereirechte geht weiter.\n\n"
            "Beitrag auf X von Agrarminister Tobias Lenner (@TLenner), 3. Mai 2027, 9:12 Uhr:\n"
            "„Wir lassen unsere Fischer nicht im Stich. Die Quoten bleiben, wie sie sind.“")
    assert _quotes(body, "de") == [("Tobias Lenner",
                                    "Wir lassen unsere Fischer nicht im Stich. Die Quoten bleiben, wie sie sind.")]


def test_a_partial_quote_in_reported_speech_goes_on_with_its_speaker() -> None:
    body = ("Ministerin Paula Reindl sagte, das Treffen solle im Juni in Graz stattfinden. "
            "Ob auch die Schweiz teilnehme, sei „noch völlig offen“.")
    assert _quotes(body, "de") == [("Paula Reindl", "noch völlig offen")]


def test_an_unnamed_person_before_a_colon_names_nobody() -> None:
    body = "Ein Regierungssprecher wies den Bericht zurück: Es gehe „nur um die Sicherheit der Häfen“."
    assert _quotes(body, "de") == [(None, "nur um die Sicherheit der Häfen")]
    body = ('Minister Tom Hale met the delegation. One EU official blamed the delay on the customs rules: '
            '"Nobody wanted to sign a paper that changes nothing."')
    assert _quotes(body, "en") == [(None, "Nobody wanted to sign a paper that changes nothing.")]


def test_a_quote_after_an_unnamed_person_names_nobody() -> None:
    body = ("Minister Tom Hale reiste am Montag nach Oslo. Ein Diplomat in Oslo ist skeptisch. "
            "„Am Ende zählt nur, wer zuerst nachgibt.“")
    assert _quotes(body, "de") == [(None, "Am Ende zählt nur, wer zuerst nachgibt.")]


def test_according_to_unnamed_circles_names_nobody() -> None:
    body = ("Kanzler Jonas Vett hält am Freitag eine Rede. "
            "Nach Angaben aus Regierungskreisen will Vett „Mut statt Sorge“ betonen.")
    assert _quotes(body, "de") == [(None, "Mut statt Sorge")]


def test_german_single_quotation_marks_inside_an_answer() -> None:
    body = "Präsident Amir Tahani hat mir gesagt: ‚Wir reden nicht unter Zwang.‘ Damit kann man arbeiten."
    assert _quotes(body, "de") == [("Amir Tahani", "Wir reden nicht unter Zwang.")]


def test_a_format_in_quotation_marks_is_no_quote() -> None:
    body = 'Foreign Minister Tom Hale said the next "3+3" ministerial meeting would be held in Oslo.'
    assert _quotes(body, "en") == []


def test_a_kinship_role_tells_the_pronoun_who_is_meant() -> None:
    body = ('Envoy Mark Tolland met the family on Monday. His wife, Dana Perrin, says he told them her husband is '
            '"high on the list."')
    assert _quotes(body, "en") == [("Mark Tolland", "high on the list.")]


def test_transcript_staff_and_author_lines_are_no_persons() -> None:
    body = ("JANE MILLBROOK, HOST:\n\nThis is the morning show. I'm Jane Millbrook. Our reporter, Tom Easley, "
            "has more.\n\nTOM EASLEY, BYLINE: Governor Ruth Kline signed the bill on Monday.")
    assert [p.name for p in _doc(body, "en").persons] == ["Ruth Kline"]
    body = ("Governor Ruth Kline signed the bill on Monday.\n\n"
            "Anna Weller is a senior fellow at the Lakeside Institute. Views expressed are the author's own.")
    assert [p.name for p in _doc(body, "en").persons] == ["Ruth Kline"]


def test_a_quote_after_a_sentence_taking_up_one_person_by_title() -> None:
    body = ("Kommissarin Vera Holm reiste am Montag nach Oslo. Ob sie nach Tokio reist, ließ die Kommissarin offen. "
            "„Eine Reise ist kein Ziel an sich.“")
    assert _quotes(body, "de") == [("Vera Holm", "Eine Reise ist kein Ziel an sich.")]


def test_an_organization_named_by_its_bracketed_acronym_speaks() -> None:
    body = ("Die Internationale Behörde für Seefahrt (IBS) hat das Treffen verschoben. "
            "Als Grund nannte die IBS „technische Probleme“.")
    assert _quotes(body, "de") == [("Internationale Behörde für Seefahrt", "technische Probleme")]


def test_both_after_the_verb_are_the_two_persons_named_before() -> None:
    body = ("Ministerin Vera Holm und Minister Tom Hale hatten sich im März in Oslo getroffen. "
            "Danach hatten beide von „offenen Gesprächen“ gesprochen.")
    doc = _doc(body, "de")
    assert [(q.speaker, q.co_speakers, q.text) for q in doc.quotes] == [
        ("Vera Holm", ("Tom Hale",), "offenen Gesprächen")]


def test_demanding_and_showing_oneself_frame_a_quote() -> None:
    body = ("Die Außenminister Spaniens und Portugals haben in einer gemeinsamen Erklärung verlangt, "
            "bei den Gesprächen „nicht übergangen“ zu werden.")
    assert _quotes(body, "de") == [(None, "nicht übergangen")]
    body = "Ein Sprecher der Reederei warf der Hafenbehörde vor, die Lage „bewusst zu verschleiern“."
    assert _quotes(body, "de") == [(None, "bewusst zu verschleiern")]
    body = "Ministerin Vera Holm zeigte sich nach dem Treffen „sehr zufrieden“."
    assert _quotes(body, "de") == [("Vera Holm", "sehr zufrieden")]
