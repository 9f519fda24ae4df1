"""Quotes that stand alone after reported speech, asides before a verb of saying, and spokespeople *for* a
person (CONVENTIONS §8).  Every sentence here is invented for the test."""

from __future__ import annotations

from support.extraction import doc_of


def _quotes(body: str, language: str) -> list[tuple[str | None, str, str]]:
    doc = doc_of("Ein Titel\n\n" + body, language, published=None)
    return [(q.speaker, q.review, q.text) for q in doc.quotes]


def test_a_quote_standing_alone_after_reported_speech_goes_on_with_its_speaker() -> None:
    body = ("Ministerpräsident Jens Arndt (CDU) sagte, die Gespräche seien gut verlaufen. "
            "„Wir sind auf einem guten Weg.“")
    assert _quotes(body, "de") == [("Jens Arndt", "guessed", "Wir sind auf einem guten Weg.")]
    body = 'Prime Minister Jens Arndt said the talks had gone well.\n\n"We are on a good path, truly."'
    assert _quotes(body, "en") == [("Jens Arndt", "guessed", "We are on a good path, truly.")]


def test_after_unnamed_reported_speech_the_quote_names_nobody() -> None:
    body = "Ein EU-Diplomat sagte, man suche nach einer Lösung. „Wir brauchen Einstimmigkeit.“"
    assert _quotes(body, "de") == [(None, "guessed", "Wir brauchen Einstimmigkeit.")]


def test_a_quote_after_the_one_person_a_ticker_line_names() -> None:
    body = "Kremlsprecher Dmitri Peskow reagiert umgehend. „Das ist reine Propaganda.“"
    assert _quotes(body, "de") == [("Dmitri Peskow", "guessed", "Das ist reine Propaganda.")]
    body = "Kanzler Hans Berg traf Ministerin Eva Krainer. „Das ist reine Propaganda.“"
    assert _quotes(body, "de") == []  # two people named: nobody can tell whose it is


def test_a_participle_aside_is_not_the_speaker() -> None:
    body = 'A senior official, speaking on condition of anonymity, said: "The next round could come within weeks."'
    assert _quotes(body, "en") == [(None, "extracted", "The next round could come within weeks.")]


def test_a_spokesperson_for_a_named_person_is_not_that_person() -> None:
    body = ('Prime Minister Mark Carney met the premiers on Monday. A spokesperson for Prime Minister Mark Carney '
            'said the prime minister "is following the file very closely."')
    assert [q[0] for q in _quotes(body, "en")] == [None]
    body = 'An aide to Senator Ruth Kline said she "will not support this bill in any form."'
    assert [q[0] for q in _quotes(body, "en")] == [None]


def test_a_pronoun_finds_its_person_by_a_clear_given_name() -> None:
    body = ('Secretary Mark Hollis met Foreign Secretary Maria Santos on Monday. "We stand together," Hollis said. '
            '"We appreciate it," she replied.')
    assert [q[0] for q in _quotes(body, "en")] == ["Mark Hollis", "Maria Santos"]


def test_a_given_name_of_either_gender_tells_nothing() -> None:
    from lagebild.briefing.model import Person
    from lagebild.extract import mentions
    from lagebild.extract.lang.first_names import FEMALE, MALE, gender_of_given_name

    assert not FEMALE & MALE
    assert gender_of_given_name("Andrea Berger") is None and gender_of_given_name("Santos") is None
    assert mentions.gender(Person(id="p", evidence="", name="Giorgia Rossi"), "de") == "f"
    assert mentions.gender(Person(id="p", evidence="", name="Giorgia Rossi", role="Präsident"), "de") == "m"
