"""Persons, organisations, countries, places, sources, quotes and titles on small invented articles.

The articles are made up for these tests; the people named in them are
fictional (or real officials in invented situations) and every expected fact
is written out with its evidence sentence.
"""

from __future__ import annotations

import time

import pytest

from lagebild.article import Article
from lagebild.extract import mentions
from lagebild.extract.doc import Doc
from lagebild.extract.pipeline import build_doc

DE_ARTICLE = "\n".join([
    ('Wien – Die österreichische Innenministerin Helga Brandstetter (ÖVP) hat am Dienstag in Prag '
     'ihren tschechischen Amtskollegen Pavel Novák getroffen. '
     'Themen waren die Grenzkontrollen und der Schmuggel.'),
    ('„Wir lassen uns die offenen Grenzen nicht nehmen“, sagte Brandstetter nach dem Treffen. '
     'Novák sprach von einem „ehrlichen Austausch“.'),
    ('Der polnische Europaminister Tomasz Wiśniewski warnte vor Alleingängen. '
     'Die Europäische Kommission prüft den Fall, wie die Nachrichtenagentur APA berichtete.'),
    ('Kritik kam von der FPÖ. '
     'Deren Sicherheitssprecher Gernot Haider sagte, die Regierung lasse „die Bürger im Stich“. '
     'Brandstetters Sprecherin wies das zurück.'),
])

EN_ARTICLE = "\n".join([
    ("LISBON, March 3 - Portugal's Foreign Minister Rui Tavares and his Spanish counterpart met in Lisbon "
     "on Tuesday to discuss migration, the Portuguese government said."),
    "",
    ('"We are neighbours, and we act as neighbours," '
     'Tavares told reporters at the Necessidades Palace. '
     '"Nobody solves this alone."'),
    "",
    ('Ines Carvalho, a senior researcher at the Lisbon Institute for Migration Studies, '
     'said the talks were "overdue" but welcome. '
     'According to Reuters, the European Commission plans new funding.'),
    "",
    ('Mr Tavares will travel to Madrid next month, the ministry said.'),
])


def _doc(text: str, language: str, **meta: str) -> Doc:
    article = Article(path="seeds/x.txt", name="x.txt", text=text, digest="0", language=language, **meta)
    return build_doc(article)


@pytest.fixture(scope="module")
def de_doc() -> Doc:
    return _doc(DE_ARTICLE, "de")


@pytest.fixture(scope="module")
def en_doc() -> Doc:
    return _doc(EN_ARTICLE, "en")


def _person(doc: Doc, name: str) -> tuple[str | None, str | None, str]:
    person = next(p for p in doc.persons if p.name == name)
    return person.role, person.country, person.evidence


def test_german_persons_roles_and_countries(de_doc: Doc) -> None:
    names = [p.name for p in de_doc.persons]
    assert names == ["Helga Brandstetter", "Pavel Novák", "Tomasz Wiśniewski", "Gernot Haider"]
    first = de_doc.sentences[0].text
    assert _person(de_doc, "Helga Brandstetter") == ("Innenministerin", "AT", first)
    # "ihren tschechischen Amtskollegen": he holds the same office as the person named before
    assert _person(de_doc, "Pavel Novák")[:2] == ("Innenminister", "CZ")
    assert _person(de_doc, "Tomasz Wiśniewski")[:2] == ("Europaminister", "PL")
    assert _person(de_doc, "Gernot Haider")[:2] == ("Sicherheitssprecher", "AT")  # "Deren" = FPÖ


def test_german_aliases_and_genitive(de_doc: Doc) -> None:
    brandstetter = next(p for p in de_doc.persons if p.name == "Helga Brandstetter")
    assert "Brandstetters" in brandstetter.aliases
    assert mentions.resolve_person(de_doc, "Brandstetters") is brandstetter
    assert mentions.resolve_person(de_doc, "die Innenministerin") is brandstetter


def test_german_entities(de_doc: Doc) -> None:
    assert [o.name for o in de_doc.organizations] == ["ÖVP", "Europäische Kommission", "FPÖ"]
    assert [c.code for c in de_doc.countries] == ["AT", "CZ", "PL"]
    assert [p.name for p in de_doc.places] == ["Wien", "Prag"]  # the dateline comes first
    assert [s.name for s in de_doc.sources] == ["APA"]
    assert de_doc.sources[0].evidence == de_doc.sentences[5].text


def test_german_quotes(de_doc: Doc) -> None:
    quotes = [(q.speaker, q.text) for q in de_doc.quotes]
    assert quotes == [
        ("Helga Brandstetter", "Wir lassen uns die offenen Grenzen nicht nehmen"),
        ("Pavel Novák", "ehrlichen Austausch"),
        ("Gernot Haider", "die Bürger im Stich"),
    ]
    assert de_doc.quotes[0].evidence == ("„Wir lassen uns die offenen Grenzen nicht nehmen“, "
                                         "sagte Brandstetter nach dem Treffen.")


def test_english_persons(en_doc: Doc) -> None:
    assert [p.name for p in en_doc.persons] == ["Rui Tavares", "Ines Carvalho"]
    assert _person(en_doc, "Rui Tavares")[:2] == ("Foreign Minister", "PT")
    role, country, evidence = _person(en_doc, "Ines Carvalho")
    assert role is not None and role.startswith("senior researcher at the Lisbon Institute")
    assert country is None
    assert evidence.startswith("Ines Carvalho, a senior researcher")


def test_english_entities(en_doc: Doc) -> None:
    assert [c.code for c in en_doc.countries] == ["PT", "ES"]
    assert [p.name for p in en_doc.places] == ["Lisbon", "Madrid"]
    assert "Lisbon Institute for Migration Studies" in [o.name for o in en_doc.organizations]
    assert "European Commission" in [o.name for o in en_doc.organizations]
    assert [s.name for s in en_doc.sources] == ["Reuters"]


def test_english_quotes_split_and_continued(en_doc: Doc) -> None:
    quotes = [(q.speaker, q.text) for q in en_doc.quotes]
    assert quotes == [
        ("Rui Tavares", "We are neighbours, and we act as neighbours"),
        ("Rui Tavares", "Nobody solves this alone."),
        ("Ines Carvalho", "overdue"),
    ]


def test_name_in_quotes_is_not_a_quote() -> None:
    doc = _doc("Außenminister Jonas Keller (SPD) reist zum Treffen der „Gruppe der Sieben“ nach Rom. "
               "Das berichtete der „Tagesspiegel“.", "de")
    assert doc.quotes == []
    assert "Gruppe der Sieben" in [o.name for o in doc.organizations]
    assert [s.name for s in doc.sources] == ["Tagesspiegel"]


def test_pronoun_speaker_and_british_apostrophes() -> None:
    doc = _doc("Britain’s Home Secretary, Priya Lang, met her Irish counterpart in Dublin. "
               "‘The border’s future is not in doubt,’ she said.", "en", locale="en-GB")
    assert [(p.name, p.country) for p in doc.persons] == [("Priya Lang", "GB")]
    assert [(q.speaker, q.text) for q in doc.quotes] == [("Priya Lang", "The border’s future is not in doubt")]


def test_chinese_surname_first_and_honorific() -> None:
    doc = _doc("Vice Premier Zhang Wenbo met Sir Alan Pryce, the British trade envoy, in Shanghai. "
               "Zhang said the talks were useful. Sir Alan did not comment.", "en")
    assert [p.name for p in doc.persons] == ["Zhang Wenbo", "Alan Pryce"]
    assert mentions.persons_in(doc, doc.sentences[1].text)[0].name == "Zhang Wenbo"
    assert mentions.persons_in(doc, doc.sentences[2].text)[0].name == "Alan Pryce"


def test_title_and_summary_without_headline() -> None:
    doc = _doc("Berlin – Die Bundesregierung hat am Montag ein neues Gesetz beschlossen. Es tritt im Mai in Kraft.",
               "de")
    assert doc.title == "Die Bundesregierung hat am Montag ein neues Gesetz beschlossen"
    assert doc.summary.startswith("Die Bundesregierung hat")


def test_headline_wins() -> None:
    doc = _doc("Neue Gespräche in Genf\n\nDie Unterhändler trafen sich am Montag in Genf.", "de")
    assert doc.title == "Neue Gespräche in Genf"


def test_speed() -> None:
    text = (DE_ARTICLE + "\n") * 4  # about 500 words
    start = time.perf_counter()
    _doc(text, "de")
    assert time.perf_counter() - start < 0.3
