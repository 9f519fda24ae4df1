"""Quotes, their speakers and the sources an article credits: one invented article per class of real-news failure.

Every sentence here is made up (the people are fictional); each test names the
convention it checks (../shared/eval/CONVENTIONS.md §8 quotes, §10 sources).
"""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.doc import Doc
from lagebild.extract.pipeline import build_doc


def _doc(text: str, language: str, **meta: str) -> Doc:
    article = Article(path="seeds/x.txt", name="x.txt", text=text, digest="0", language=language, **meta)
    return build_doc(article)


def _quotes(doc: Doc) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in doc.quotes]


# --- Speakers from the attribution frame ------------------------------------------------------------


def test_an_explicit_attribution_after_the_quote_beats_the_subject_of_reported_speech() -> None:
    doc = _doc("Kanzlerin Greta Lindner reist nach Oslo.\n"
               "Die Kanzlerin werde „alle offenen Fragen“ ansprechen, sagte der stellvertretende Regierungssprecher "
               "Paul Wendt am Montag. „Dazu gehört auch die Energie.“", "de")
    assert _quotes(doc) == [("Paul Wendt", "alle offenen Fragen"), ("Paul Wendt", "Dazu gehört auch die Energie.")]


def test_so_names_the_speaker_between_dashes() -> None:
    doc = _doc("Präsident Ivo Marek traf Premier Lena Kaas. "
               "Beide würden sich - so Marek wörtlich - „die Hand reichen“.", "de")
    assert _quotes(doc) == [("Ivo Marek", "die Hand reichen")]


def test_impersonal_and_unnamed_sources_give_a_quote_without_speaker() -> None:
    doc = _doc("Bundespräsident Karl Weber reist nach Rom.\n"
               "Mit dem Besuch würdige der Bundespräsident die „engen Beziehungen“, hieß es.\n"
               "Die Gespräche seien „sehr offen“ gewesen, sagte ein Diplomat.", "de")
    assert _quotes(doc) == [(None, "engen Beziehungen"), (None, "sehr offen")]
    en = _doc("Envoy Mark Dalton arrived in Cairo on Monday.\n"
              '"We see real progress," according to a White House official.\n'
              'The ministry said on Sunday that both sides seek a "lasting" settlement, and it said more was needed.',
              "en")
    assert _quotes(en) == [(None, "We see real progress"), (None, "lasting")]


def test_an_adviser_named_by_office_is_not_the_person_he_advises() -> None:
    doc = _doc("Präsident Oleg Brandt empfing Gäste. "
               "„Wir sind bereit“, sagte der Berater von Präsident Oleg Brandt am Abend.", "de")
    assert _quotes(doc) == [(None, "Wir sind bereit")]
    en = _doc("President Alan Moss met Chancellor Vera Lind. "
              "\"The door is open,\" President Alan Moss's adviser said.", "en")
    assert _quotes(en) == [(None, "The door is open")]


def test_an_apposition_after_the_office_names_the_speaker() -> None:
    doc = _doc("„Es geht voran“, sagte der Berater von Präsident Oleg Brandt, Ilja Roth, am Abend.", "de")
    assert _quotes(doc) == [("Ilja Roth", "Es geht voran")]
    en = _doc('Britain\'s envoy to the talks, Sir Tom Reed, said the parties could not "walk away".', "en")
    assert _quotes(en) == [("Tom Reed", "walk away")]


def test_pronouns_take_up_the_subject_not_the_last_name_mentioned() -> None:
    en = _doc("Department spokesman Jana Holt did not confirm that Premier Tom Varga would visit.\n"
              '"Such visits follow long practice," she told reporters.', "en")
    assert _quotes(en) == [("Jana Holt", "Such visits follow long practice")]
    own = _doc('Secretary Paul Wren met his counterpart Li Ming in what he called "useful" talks.', "en")
    assert _quotes(own) == [("Paul Wren", "useful")]


def test_a_person_named_by_age_is_the_person_the_sentence_before_is_about() -> None:
    doc = _doc("Kandidatin Mara Lenz hat die Wahl gewonnen. "
               "«Ich danke allen Wählern», sagte die 58-Jährige am Abend.", "de")
    assert _quotes(doc) == [("Mara Lenz", "Ich danke allen Wählern")]


def test_an_organisation_as_the_only_source_is_the_speaker() -> None:
    doc = _doc("Die Europäische Kommission prüft den Antrag. "
               "„Wir nehmen das ernst“, teilte die Europäische Kommission mit.", "de")
    assert _quotes(doc) == [("Europäische Kommission", "Wir nehmen das ernst")]


def test_a_remark_named_as_someones_belongs_to_that_person() -> None:
    doc = _doc("Kanzler Max Aigner reist nach Paris. Kritik gab es am „verunglückten“-Sager von "
               "Innenminister Rudi Brenner.", "de")
    assert _quotes(doc) == [("Rudi Brenner", "verunglückten")]


# --- Continuation: reported speech, wire-style paragraphs, descriptions -----------------------------


def test_konjunktiv_carries_on_the_speaker_and_a_later_role_noun_is_the_same_speaker() -> None:
    doc = _doc("Abgeordnete Eva Huber stellte am Freitag die Frage, wie ernst es der Regierung „wirklich ist“. "
               "Kanzler Max Aigner solle es „nicht beim Reden“ belassen. "
               "„Es braucht Taten“, betonte die Delegationsleiterin.", "de")
    assert [s for s, _t in _quotes(doc)] == ["Eva Huber", "Eva Huber", "Eva Huber"]
    assert [q.review for q in doc.quotes][-1] == "guessed"  # the role noun is tied by nothing but order


def test_a_paragraph_that_is_one_more_quote_keeps_the_speaker() -> None:
    en = _doc('"We will keep talking with every partner," Minister Ana Costa told reporters.\n\n'
              '"Right now the region needs calm above all, and we intend to help provide it."', "en")
    second = "Right now the region needs calm above all, and we intend to help provide it."
    assert _quotes(en) == [("Ana Costa", "We will keep talking with every partner"), ("Ana Costa", second)]


def test_a_short_quoted_word_nobody_is_said_to_say_is_no_quote() -> None:
    doc = _doc("Die sogenannten „Renten-Rebellen“ sollen „noch in diesem Jahr“ Gehör finden.", "de")
    assert doc.quotes == []


def test_a_quote_repeated_later_is_one_quote() -> None:
    doc = _doc("Trump: «Wir gewinnen»\n\n«Wir gewinnen», sagte Präsident Donald Trump am Montag.", "de")
    assert _quotes(doc) == [("Donald Trump", "Wir gewinnen")]


def test_a_headline_quote_beside_its_speaker() -> None:
    doc = _doc("«Sie hörte nicht zu» – Trump spricht über Ministerin Vera Lind\n\n"
               "US-Präsident Donald Trump gab ein Interview.", "de")
    assert _quotes(doc) == [("Donald Trump", "Sie hörte nicht zu")]


# --- Sources: credits outside the running text ------------------------------------------------------


def _sources(doc: Doc) -> set[str]:
    return {s.name for s in doc.sources}


def test_closing_credit_lines_brackets_and_capitals() -> None:
    credit = _doc("Die Ministerin reiste ab.\n\nQuelle: dts Nachrichtenagentur", "de")
    assert _sources(credit) == {"dts Nachrichtenagentur"}
    assert _sources(_doc("Die Ministerin reiste ab.\n\n(Quelle: apa)", "de")) == {"apa"}
    assert _sources(_doc("(Keystone-SDA) Zuerst berichtete das Portal example.ch darüber.", "de")) == {
        "Keystone-SDA", "example.ch"}
    closing = ("Leaders meet in Seoul\n\n"
               "The summit aims to ease tensions between the two neighbours, the office said. REUTERS")
    assert _sources(_doc(closing, "en")) == {"Reuters"}
    assert _sources(_doc("Leaders meet\n\nTalks end, officials said. REUTERS", "en")) == {"Reuters"}


def test_outlet_compounds_count_and_author_initials_or_party_marks_do_not() -> None:
    doc = _doc("Die Ministerin (CDU) sagte in einem Blick-Interview, sie sei zufrieden. (cma)", "de")
    assert _sources(doc) == {"Blick"}


# --- Joint attribution: speaker and co_speakers -------------------------------------------------------


def test_a_joint_statement_names_the_first_as_speaker_and_the_others_as_co_speakers() -> None:
    doc = _doc("Präsident Paul Girard und Kanzlerin Greta Lindner trafen sich in Paris. "
               "„Europa hält zusammen“, erklärten Girard und Kanzlerin Lindner gemeinsam.", "de")
    assert [(q.speaker, q.co_speakers, q.text) for q in doc.quotes] == [
        ("Paul Girard", ("Greta Lindner",), "Europa hält zusammen")]
    en = _doc("Premier Ken Ito met President Wu Lan in Lima on Friday. "
              'At the talks, the two leaders pledged a "stable and constructive" relationship.', "en")
    assert [(q.speaker, q.co_speakers, q.review) for q in en.quotes] == [("Ken Ito", ("Wu Lan",), "guessed")]


def test_co_speakers_survive_the_briefing_file_and_are_left_out_when_empty() -> None:
    from lagebild.model import Quote
    from lagebild.schema import fact_to_data

    joint = Quote(id="q-1", speaker="Paul Girard", co_speakers=("Greta Lindner",), text="Europa hält zusammen")
    alone = Quote(id="q-2", speaker="Paul Girard", text="Wir sind bereit")
    assert fact_to_data("quotes", joint)["co_speakers"] == ["Greta Lindner"]
    assert "co_speakers" not in fact_to_data("quotes", alone)


def test_co_speakers_are_written_and_read_back() -> None:
    from pathlib import Path

    from lagebild import frontmatter
    from lagebild.article import parse_article
    from lagebild.extract import extract
    from lagebild.extraction import render_machine_file
    from lagebild.schema import read_briefing

    text = ("Gipfel in Paris\n\nPräsident Paul Girard und Kanzlerin Greta Lindner trafen sich am Montag in Paris. "
            "„Europa hält zusammen“, erklärten Girard und Kanzlerin Lindner gemeinsam.\n")
    article, _ = parse_article(text.encode(), "seed.txt", "seed.txt")
    written = render_machine_file(extract(article), Path(__file__).resolve().parent.parent / "templates")
    document = frontmatter.parse(written, "b.md")
    briefing, problems = read_briefing(document, "b.md", "seed")
    assert not problems and briefing is not None
    assert [(q.speaker, q.co_speakers) for q in briefing.quotes] == [("Paul Girard", ("Greta Lindner",))]


def test_an_office_tied_to_someone_else_is_never_the_person_just_quoted() -> None:
    en = _doc('"We are ready for talks," President Ivan Sokol said on Monday. '
              '"Nothing is agreed yet," the Kremlin\'s top foreign policy adviser said.', "en")
    assert _quotes(en) == [("Ivan Sokol", "We are ready for talks"), (None, "Nothing is agreed yet")]
    de_doc = _doc("„Wir prüfen das“, sagte Bundeskanzler Jonas Berg. „Das reicht nicht“, ergänzte die Ministerin.",
                  "de")
    assert _quotes(de_doc) == [("Jonas Berg", "Wir prüfen das"), (None, "Das reicht nicht")]


def test_inflected_organisations_speak_and_ambiguous_titles_are_guesses() -> None:
    doc = _doc("Das Auswärtige Amt erklärte, man beobachte die Lage „mit großer Sorge“.", "de")
    assert _quotes(doc) == [("Auswärtiges Amt", "mit großer Sorge")]
    en = _doc("Foreign Minister Anna Kell met Defence Minister Omar Said in Geneva. "
              'The minister said the plan was "unworkable".', "en")
    assert [q.review for q in en.quotes] == ["guessed"]


def test_a_broadcast_compound_is_a_source() -> None:
    doc = _doc("Die Ministerin sagte im ARD-Fernsehen, man sei „auf gutem Weg“.", "de")
    assert _sources(doc) == {"ARD"}


def test_a_headline_quote_after_a_colon_and_repeated_in_the_body_is_one_quote() -> None:
    doc = _doc("Berg: „Wir stehen zusammen“\n\n„Wir stehen zusammen“, sagte Bundeskanzler Jonas Berg am Montag.", "de")
    assert [(q.speaker, q.text, q.review) for q in doc.quotes] == [("Jonas Berg", "Wir stehen zusammen", "extracted")]
    headline_only = _doc("Berg: „Europa muss handeln“\n\nBundeskanzler Jonas Berg reiste am Montag nach Paris.", "de")
    assert _quotes(headline_only) == [("Jonas Berg", "Europa muss handeln")]


def test_terms_titles_and_words_in_quotation_marks_are_no_quotes() -> None:
    doc = _doc("Der Begriff „Zeitenwende“ prägte die Debatte, sagte Kanzler Jonas Berg.", "de")
    assert doc.quotes == []
    en = _doc('The word "genocide" was not used, Senator Tom Reed said.', "en")
    assert en.quotes == []
