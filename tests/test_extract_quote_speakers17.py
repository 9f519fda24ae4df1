"""Quote speakers (CONVENTIONS §8), round 2 of session 17: a bare role noun when two holders of the role are in
play, a paper in quotation marks after the verb, a clause that leaves out its verb of saying, a passive label and
its agent, a remark named by its owner's possessive, a quote inside the question.  Every sentence is invented for
the test; each test fails without its rule."""

from __future__ import annotations

from tests.support.extraction import doc_of


def _quotes(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in doc_of(text, language).quotes]


def test_a_bare_role_noun_with_two_holders_in_play_names_nobody() -> None:
    text = ('Foreign Minister Tom Vance met Foreign Minister Luc Arnaud in Lyon on Monday. "We have made progress," '
            'the minister said.')
    assert _quotes(text, "en") == [(None, "We have made progress")]
    text = ("Außenministerin Anna Vance traf am Montag Außenministerin Lea Arnaud in Lyon. „Wir sind vorangekommen“, "
            "sagte die Ministerin.")
    assert _quotes(text, "de") == [(None, "Wir sind vorangekommen")]
    # one holder of the role: the role noun takes her up
    text = ("Außenministerin Anna Vance traf am Montag Präsident Luc Arnaud in Lyon. „Wir sind vorangekommen“, "
            "sagte die Ministerin.")
    assert _quotes(text, "de") == [("Anna Vance", "Wir sind vorangekommen")]


def test_a_paper_as_the_only_source_named_is_the_speaker_not_the_name_after_it() -> None:
    text = ("Premier Tom Vance traf am Montag Präsident Luc Arnaud. „Eine gezielte Provokation“, schrieb die "
            "„Global Times“ über Vance.")
    assert _quotes(text, "de") == [("Global Times", "Eine gezielte Provokation")]
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon on Monday. The state-run Global Times called '
            'the visit "a deliberate stunt".')
    assert _quotes(text, "en") == [("Global Times", "a deliberate stunt")]
    text = "Premier Tom Vance traf am Montag Präsident Luc Arnaud. „Das war gut“, sagte Vance der „Zeit“."
    assert _quotes(text, "de") == [("Tom Vance", "Das war gut")]
    text = ("Die Analystin Lea Marsh traf am Montag Präsident Luc Arnaud. Es sei „ein guter Anfang“, sagte die "
            "Analystin der Nachrichtenagentur dpa.")
    assert _quotes(text, "de") == [("Lea Marsh", "ein guter Anfang")]


def test_a_clause_that_leaves_out_its_verb_of_saying_has_its_own_subject() -> None:
    text = ("Premier Tom Vance traf am Montag Präsident Luc Arnaud. Vance sprach von einem „Durchbruch“, Arnaud "
            "dagegen von einer „Enttäuschung“.")
    assert _quotes(text, "de") == [("Tom Vance", "Durchbruch"), ("Luc Arnaud", "Enttäuschung")]
    text = ("Premier Tom Vance traf am Montag Präsident Luc Arnaud. Vance sprach von Fortschritten, sein Sprecher "
            "von einem „Durchbruch“.")
    assert _quotes(text, "de") == [(None, "Durchbruch")]
    text = ('Prime Minister Tom Vance met President Luc Arnaud on Monday. Vance spoke of "a breakthrough", Arnaud '
            'of "a disappointment".')
    assert _quotes(text, "en")[1] == ("Luc Arnaud", "a disappointment")


def test_a_passive_label_is_said_by_its_agent() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon. Vance, who was praised as "a true friend" '
            'by Arnaud, left early.')
    assert _quotes(text, "en") == [("Luc Arnaud", "a true friend")]
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon. The plan was described as "a costly '
            'mistake" by the president.')
    assert _quotes(text, "en") == [("Luc Arnaud", "a costly mistake")]
    text = "Premier Tom Vance traf am Montag Präsident Luc Arnaud. Vance wurde von Arnaud als „wahrer Freund“ gelobt."
    assert _quotes(text, "de") == [("Luc Arnaud", "wahrer Freund")]


def test_a_remark_named_by_its_owners_possessive_is_the_owners() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon on Monday. Arnaud rejected Vance\'s charge '
            'that he was "dishonest".')
    assert _quotes(text, "en") == [("Tom Vance", "dishonest")]
    text = ("Premier Tom Vance traf am Montag Präsident Luc Arnaud in Lyon. Arnaud reagierte auf Vances Vorwurf, "
            "er sei „unehrlich“.")
    assert _quotes(text, "de") == [("Tom Vance", "unehrlich")]


def test_a_quote_inside_the_question_is_not_the_answerers() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon on Monday. Asked whether the deal was "dead", '
            'Vance said no.')
    assert _quotes(text, "en") == [(None, "dead")]
    text = ("Premier Tom Vance traf am Montag Präsident Luc Arnaud in Lyon. Auf die Frage, ob der Plan „tot“ sei, "
            "sagte Vance nein.")
    assert _quotes(text, "de") == [(None, "tot")]


def test_a_former_holder_is_no_rival_of_the_holder_now_but_not_the_reverse() -> None:
    text = ("Bundeskanzler Tom Vance traf am Montag in Lyon den früheren Kanzler Jan Berg. „Es war eine harte Woche“, "
            "sagte der Kanzler.")
    assert _quotes(text, "de") == [(None, "Es war eine harte Woche")]
    text = ("Der frühere Kanzler Jan Berg traf am Montag in Lyon Bundeskanzler Tom Vance. „Es war eine harte Woche“, "
            "sagte der Kanzler.")
    assert _quotes(text, "de") == [("Tom Vance", "Es war eine harte Woche")]


def test_a_headline_with_two_names_and_colons_gives_each_quote_its_own_name() -> None:
    text = ("Vance: „Wir müssen handeln“ – Arnaud: „Wir warten“\n\nPremier Tom Vance traf am Montag Präsident "
            "Luc Arnaud in Lyon.")
    assert _quotes(text, "de") == [("Tom Vance", "Wir müssen handeln"), ("Luc Arnaud", "Wir warten")]


def test_a_pronoun_after_an_unnamed_holder_opening_the_sentence_before_names_nobody() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon on Monday.\n\nThe president looked tired. '
            'He spoke of "a hard week".')
    assert _quotes(text, "en") == [(None, "a hard week")]


def test_a_pronoun_after_a_sentence_opened_by_someones_holder_of_a_role_is_the_holders() -> None:
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon on Monday.\n\nArnaud\'s spokeswoman said the '
            'talks were "useful". "Nothing is certain," she said.')
    assert _quotes(text, "en") == [(None, "useful"), (None, "Nothing is certain")]
    text = ('Prime Minister Tom Vance met President Luc Arnaud in Lyon on Monday.\n\nArnaud\'s spokeswoman Lea Berg '
            'said the talks were "useful". "Nothing is certain," she said.')
    assert _quotes(text, "en") == [("Lea Berg", "useful"), ("Lea Berg", "Nothing is certain")]


def test_a_german_relative_clause_closing_with_a_participle_of_naming_is_said_by_its_antecedent() -> None:
    text = ("Premier Tom Vance traf am Montag Präsident Luc Arnaud in Lyon. Arnaud antwortete Vance, der den Plan "
            "zuvor „tot“ genannt hatte.")
    assert _quotes(text, "de") == [("Tom Vance", "tot")]
    text = ("Premier Tom Vance traf am Montag Präsident Luc Arnaud in Lyon. Arnaud widersprach der Ministerin, die "
            "den Plan „tot“ genannt hatte.")
    assert _quotes(text, "de") == [(None, "tot")]
