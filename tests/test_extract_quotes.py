"""Quotes, their speakers and the sources an article credits: one invented article per class of real-news failure.

Every sentence here is made up (the people are fictional); each test names the
convention it checks (../shared/eval/CONVENTIONS.md §8 quotes, §10 sources).
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.doc import Doc


def _doc(text: str, language: str, **meta: str) -> Doc:
    return doc_of(text, language, published=None, **meta)


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
    from lagebild.briefing.model import Quote
    from lagebild.briefing.schema import fact_to_data

    joint = Quote(id="q-1", speaker="Paul Girard", co_speakers=("Greta Lindner",), text="Europa hält zusammen")
    alone = Quote(id="q-2", speaker="Paul Girard", text="Wir sind bereit")
    assert fact_to_data("quotes", joint)["co_speakers"] == ["Greta Lindner"]
    assert "co_speakers" not in fact_to_data("quotes", alone)


def test_co_speakers_are_written_and_read_back() -> None:
    from pathlib import Path

    from lagebild.article import parse_article
    from lagebild.briefing import frontmatter
    from lagebild.briefing.schema import read_briefing
    from lagebild.extract import extract
    from lagebild.extraction import render_machine_file

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


def test_according_to_gives_its_source_and_a_named_speaker_still_wins() -> None:
    doc = _doc("Envoy Mark Dalton met Chancellor Jonas Berg. "
               'According to Reuters, Berg said the talks were "useful".', "en")
    assert _quotes(doc) == [("Jonas Berg", "useful")]
    de_doc = _doc("Nach Angaben des Präsidialamts sei das Treffen „sehr produktiv“ gewesen.", "de")
    assert _quotes(de_doc) == [(None, "sehr produktiv")]


def test_material_lines_and_dashed_closing_credits() -> None:
    assert _sources(_doc("Die Ministerin reiste ab.\n\nMit Material von dpa und AFP", "de")) == {"dpa", "AFP"}
    closing = "Leaders meet\n\nThe talks ended without a deal on Friday, the ministry said in a statement. — AFP"
    assert _sources(_doc(closing, "en")) == {"AFP"}


def test_a_quote_running_over_two_paragraphs_takes_the_attribution_of_the_second() -> None:
    en = _doc("Minister Ana Costa spoke in Lisbon on Monday.\n\n"
              "“We have waited long enough for a deal that works for everyone.\n\n"
              "“Now it is time to act,” Costa said.", "en")
    assert _quotes(en) == [("Ana Costa", "We have waited long enough for a deal that works for everyone."),
                           ("Ana Costa", "Now it is time to act")]
    unclosed = _doc("Minister Ana Costa spoke in Lisbon on Monday.\n\n“We have waited long enough for a deal.\n\n"
                    "The talks resume on Friday.", "en")
    assert unclosed.quotes == []  # nothing attributes the open quote


def test_a_frame_naming_someone_the_persons_stage_missed_keeps_the_quote_without_a_speaker() -> None:
    from lagebild.extract import quotes

    for text, language in (('Talks went on.\n\n"We are ready," said Rutte, the alliance chief.', "en"),
                           ("Die Gespräche gingen weiter.\n\n„Wir sind bereit“, sagte Rutte am Abend.", "de")):
        doc = _doc(text, language)
        doc.persons = []  # as if the persons stage had not recognised the name
        quotes.run(doc)
        assert [(q.speaker, q.review) for q in doc.quotes] == [(None, "guessed")]


def test_a_pronoun_with_no_one_named_before_looks_ahead_and_guesses() -> None:
    en = _doc("Leaders will sign a declaration, the host country's president said on Thursday.\n\n"
              'He said the country would "not be pushed" by pressure from the Vance administration.\n\n'
              '"We will have a declaration," President Luis Costa told reporters.', "en")
    assert (en.quotes[0].speaker, en.quotes[0].review) == ("Luis Costa", "guessed")
    # "He" never looks ahead to a woman's clear given name
    en = _doc("Leaders will sign a declaration, the host country's president said on Thursday.\n\n"
              'He said the country would "not be pushed" by pressure from the Vance administration.\n\n'
              '"We will have a declaration," President Ana Costa told reporters.', "en")
    assert en.quotes[0].speaker is None


def test_a_relative_clause_between_subject_and_verb_is_skipped() -> None:
    doc = _doc("Bundeskanzler Jonas Berg reiste nach Paris. "
               "Der Kanzler, der am Montag in Paris war, sagte: „Wir sind einig.“", "de")
    assert _quotes(doc) == [("Jonas Berg", "Wir sind einig.")]


def test_the_publishing_outlet_is_no_source_under_any_of_its_names() -> None:
    text = "Die Ministerin sagte dem ORF, sie sei zufrieden. Zuerst berichtete orf.at, dann die APA."
    assert _sources(_doc(text, "de", outlet="ORF (orf.at)")) == {"APA"}


def test_a_second_clause_has_its_own_subject() -> None:
    doc = _doc("Am Montag reiste Kanzler Jonas Berg ab, und der stellvertretende Regierungssprecher Paul Wendt "
               "sagte, man sei „zuversichtlich“.", "de")
    assert _quotes(doc) == [("Paul Wendt", "zuversichtlich")]
    named = _doc('Chancellor Jonas Berg left on Monday, and his spokesman Paul Wendt said the mood was "good".', "en")
    assert _quotes(named) == [("Paul Wendt", "good")]
    unnamed = _doc('Chancellor Jonas Berg left on Monday, and his spokesman said the mood was "good".', "en")
    assert _quotes(unnamed) == [(None, "good")]


def test_words_reported_by_someone_else_belong_to_whoever_said_them() -> None:
    en = _doc('President Olena Bondar met President Tom Vance. Bondar said Vance had called the plan "a good start".',
              "en")
    assert _quotes(en) == [("Tom Vance", "a good start")]
    de_doc = _doc("Kanzler Jonas Berg traf Präsident Paul Girard. "
                  "Berg sagte, Girard habe von einem „Neuanfang“ gesprochen.", "de")
    assert _quotes(de_doc) == [("Paul Girard", "Neuanfang")]
    we = _doc("Kanzler Jonas Berg traf Präsident Paul Girard. Berg sagte, man habe von einem „Neuanfang“ gesprochen.",
              "de")
    assert _quotes(we) == [("Jonas Berg", "Neuanfang")]


def test_broadcasters_by_shape_and_the_publishers_own_programme() -> None:
    en = _doc('"We will not back down," Minister Ana Costa told XYZ radio. Her deputy later told Harbour News.', "en")
    assert _sources(en) == {"XYZ", "Harbour News"}
    assert _sources(_doc("He spoke on Ukrainian television on Monday.", "en")) == set()
    own = _doc("„Wir bleiben dabei“, sagte die Ministerin im Seefunk-Magazin „Hafenblick“. Das meldete die APA.",
               "de", outlet="Seefunk")
    assert _sources(own) == {"APA"}


def test_a_body_named_in_capitals_speaks_and_a_programme_title_is_no_quote() -> None:
    en = _doc('London reacted. The Foreign Office said it looked forward to a "continued close partnership".', "en")
    assert _quotes(en) == [("Foreign Office", "continued close partnership")]
    generic = _doc('"We oppose any visit," the foreign ministry said in a statement.', "en")
    assert _quotes(generic) == [(None, "We oppose any visit")]
    own = _doc("„Wir bleiben dabei“, sagte Ministerin Ana Costa im Seefunk-Magazin „Hafenblick“.", "de",
               outlet="Seefunk")
    assert _quotes(own) == [("Ana Costa", "Wir bleiben dabei")]


def test_quotes_render_their_co_speakers_and_an_unnamed_source_in_the_page_language() -> None:
    from pathlib import Path

    from lagebild.briefing.model import Briefing, Person, Quote, SourceInfo
    from lagebild.picture.corpus import Corpus
    from lagebild.site.briefing_page import briefing_html, mark_blocks
    from lagebild.site.page_renderer import PageRenderer

    templates = Path(__file__).resolve().parent.parent / "templates"
    persons = (Person(id="p-1", name="Paul Girard"), Person(id="p-2", name="Greta Lindner"))
    for language, unnamed in (("de", "ungenannte Quelle"), ("en", "unnamed source")):
        briefing = Briefing(slug="b", title="T", language=language, source=SourceInfo(file="b.txt"),
                            published="2026-01-01", persons=persons,
                            quotes=(Quote(id="q-1", text="Wir sind bereit"),
                                    Quote(id="q-2", text="Europa hält zusammen", speaker="Paul Girard",
                                          co_speakers=("Greta Lindner",))))
        renderer = PageRenderer(Corpus([briefing]), "briefings/b.md", language, templates, today="2026-01-02")
        body, tokens = mark_blocks("<!-- lagebild:quotes -->\n")
        page, _ = briefing_html(renderer, briefing, f"<p>{body.strip()}</p>", tokens, set())
        assert f"— <em>{unnamed}</em>" in page.split("Wir sind bereit")[1].split("\n")[1]
        joint = page.split("Europa hält zusammen")[1].split("\n")[1]
        assert "Paul Girard" in joint and "Greta Lindner" in joint
