"""Quote speakers, quotes, roles and sources, session 18: a pronoun that would have to look ahead to a person of
another role, an organization's office as the subject, a style of address before a name, a state's adjective before
a role noun, a quote left open at a paragraph's end before the next paragraph's quotation mark, a paper's name
before "reported", a quote inside an interview answer.  Every sentence is invented for the test; each test fails
without its rule."""

from __future__ import annotations

from tests.support.extraction import doc_of


def _quotes(text: str, language: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in doc_of(text, language).quotes]


def test_a_pronoun_does_not_look_ahead_to_a_person_of_another_role() -> None:
    text = ('The talks are "a last chance for the region", the envoy told the council on Monday. "Every week lost is '
            'a week for the armed groups," she warned. Lena Marsh, founder of the Harbour Women Network, said: '
            '"We cannot wait any longer."')
    quotes = _quotes(text, "en")
    assert ("Lena Marsh", "Every week lost is a week for the armed groups") not in quotes
    assert ("Lena Marsh", "We cannot wait any longer.") in quotes
    # a later name whose office the text used before is still the one the pronoun takes up
    text = ('Westland\'s president spoke on Monday. "We will not accept this," he said. President Tom Vance later '
            'flew to Lyon.')
    assert _quotes(text, "en") == [("Tom Vance", "We will not accept this")]


def test_an_organizations_office_as_subject_is_no_speaking_organization() -> None:
    text = ('The United Nations met in Geneva on Monday. The parties have "a narrow window", the United Nations '
            'special envoy told the council.')
    assert _quotes(text, "en") == [(None, "a narrow window")]
    text = 'The United Nations met in Geneva on Monday. The talks were "a good start", the United Nations said.'
    assert _quotes(text, "en") == [("United Nations", "a good start")]


def test_a_style_of_address_is_no_role_and_a_capitalised_deputy_title_is_an_apposition() -> None:
    doc = doc_of("His Highness Sheikh Tariq bin Omar Al Harbi, Deputy Prime Minister, received the envoy in Doha "
                 "on Monday.", "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Tariq bin Omar Al Harbi", "Deputy Prime Minister")]
    doc = doc_of("The talks were attended by Her Excellency Mira bint Salem Al Harbi, Minister of State, in Doha "
                 "on Monday.", "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Mira bint Salem Al Harbi", "Minister of State")]


def test_a_state_adjective_before_a_role_noun_picks_that_states_holder() -> None:
    text = ("Dr. Tom Vance, Minister of Foreign Affairs of Ethiopia, met Luc Arnaud, Minister of Foreign Affairs of "
            'Eritrea, in Doha. "We came to listen," Arnaud told reporters. The Ethiopian minister later described '
            'the talks as "a serious beginning".')
    assert ("Tom Vance", "a serious beginning") in _quotes(text, "en")


def test_a_quote_left_open_before_a_paragraph_that_opens_a_quote_ends_with_its_paragraph() -> None:
    text = ("Präsident Tom Fleury betonte die Bedeutung der Erklärung: „Die Grenze darf im Alltag keine Rolle mehr "
            "spielen.\n\n„Wir werden gemeinsam dafür kämpfen“, so Fleury.")
    assert _quotes(text, "de") == [("Tom Fleury", "Die Grenze darf im Alltag keine Rolle mehr spielen."),
                                   ("Tom Fleury", "Wir werden gemeinsam dafür kämpfen")]
    # a paragraph after it that opens no quote: the open mark stays no quote of anyone
    text = ("Präsident Tom Fleury betonte die Bedeutung der Erklärung: „Die Grenze darf im Alltag keine Rolle mehr "
            "spielen.\n\nDie Landesregierung will im Mai entscheiden.")
    assert _quotes(text, "de") == []


def test_a_papers_name_before_first_reported_is_a_source() -> None:
    doc = doc_of("The Harbourtown Register first reported plans for the visit on Monday.", "en")
    assert [s.name for s in doc.sources] == ["Harbourtown Register"]


def test_a_quote_inside_an_interview_answer_is_the_labelled_persons() -> None:
    text = ("Darüber haben wir mit der Grünen-Politikerin Anna Vogt gesprochen.\n\nFrage: Frau Vogt, reicht das?\n\n"
            "Vogt: Nein. Ich sage es so, wie ich es im Ausschuss gesagt habe: „Wer uns droht, muss wissen, dass wir "
            "zurückschlagen.“ Das ist keine Eskalation.")
    assert _quotes(text, "de") == [("Anna Vogt", "Wer uns droht, muss wissen, dass wir zurückschlagen.")]


_EN = "Prime Minister Tom Vance met President Luc Arnaud in Lyon on Monday. "
_DE = "Premierminister Tom Vance traf am Montag Präsident Luc Arnaud in Lyon. "


def test_a_name_that_is_only_the_complement_of_an_unnamed_subject_does_not_speak() -> None:
    for sentence in ('"We are close," a source familiar with Vance\'s thinking said.',
                     '"We are close," said a senior official who travelled with Vance to Lyon.',
                     '"We are close," said a member of Vance\'s delegation.',
                     '"We are close," one of Arnaud\'s advisers said.',
                     '"We are close," said one diplomat who attended the meeting with Vance.'):
        assert _quotes(_EN + sentence, "en") == [(None, "We are close")], sentence
    assert _quotes(_EN + 'Critics of Vance called the deal "a betrayal".', "en") == [(None, "a betrayal")]
    assert _quotes(_EN + 'Arnaud\'s opponents called the deal "a betrayal".', "en") == [(None, "a betrayal")]
    assert _quotes(_DE + "Kritiker von Vance sprachen von einem „Verrat“.", "de") == [(None, "Verrat")]
    assert _quotes(_DE + "Gegner Arnauds nannten das Abkommen einen „Verrat“.", "de") == [(None, "Verrat")]
    # an apposition after the unnamed head names the speaker
    text = _EN + '"We are close," said a senior researcher, Luc Arnaud.'
    assert _quotes(text, "en") == [("Luc Arnaud", "We are close")]


def test_hiess_es_is_impersonal_whoever_the_fronted_adverbial_names() -> None:
    text = _DE + "Aus Kreisen der Regierung Vance hieß es, man sei „nah an einer Einigung“."
    assert _quotes(text, "de") == [(None, "nah an einer Einigung")]


def test_a_possessive_before_an_adjective_and_a_role_noun_owns_the_role() -> None:
    assert _quotes(_EN + 'Vance\'s French counterpart called it "a breakthrough".', "en") == [(None, "a breakthrough")]
    text = _DE + "Vances französischer Amtskollege sprach von einem „Durchbruch“."
    assert _quotes(text, "de") == [(None, "Durchbruch")]


def test_a_subject_said_to_be_something_is_talked_about_not_talking() -> None:
    text = _EN + 'Vance is said to be "deeply disappointed", according to aides.'
    assert _quotes(text, "en") == [(None, "deeply disappointed")]
    # an active progressive keeps its subject
    text = _EN + 'Vance has been saying for weeks that a deal is "within reach".'
    assert _quotes(text, "en") == [("Tom Vance", "within reach")]


def test_an_unquoted_paper_named_by_adjective_and_bare_head_is_a_cited_source() -> None:
    for text in ("Die Gespräche sollen weitergehen, wie die Seestädter Rundschau berichtet.",
                 "Laut der Seestädter Rundschau sollen die Gespräche weitergehen.",
                 "Die Gespräche sollen weitergehen, sagte Vance gegenüber der Seestädter Rundschau."):
        assert [s.name for s in doc_of(text, "de").sources] == ["Seestädter Rundschau"], text
    # the bare noun without an adjective stays a common noun
    assert [s.name for s in doc_of("Laut Rundschau sollen die Gespräche weitergehen.", "de").sources] == []


def test_a_style_of_address_before_an_office_is_left_out_of_the_role() -> None:
    doc = doc_of("Her Majesty Queen Lina of Westland received the delegation in Harbourtown on Monday.", "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Lina", "Queen")]
    doc = doc_of("Seine Exzellenz Tom Vance, Minister für Handel, empfing die Delegation am Montag.", "de")
    assert [(p.name, p.role) for p in doc.persons] == [("Tom Vance", "Minister für Handel")]


def test_single_guillemets_and_plain_apostrophes_as_quotation_marks() -> None:
    assert _quotes(_DE + "Vance sagte: ›Wir sind nah an einer Einigung.‹", "de") == [
        ("Tom Vance", "Wir sind nah an einer Einigung.")]
    assert _quotes(_EN + "'We don't know yet,' Vance said.", "en") == [("Tom Vance", "We don't know yet")]
    # possessives, plural possessives and elisions open no quotation
    assert _quotes(_EN + "The leaders' talks ended early. Vance's aides said nothing about rock 'n' roll.", "en") == []


def test_a_name_after_a_quote_ends_the_previous_speakers_run() -> None:
    text = _EN + 'Vance said: "We are close."\n\n"It will take months," interjected Arnaud.'
    assert ("Tom Vance", "It will take months") not in _quotes(text, "en")
    text = _EN + 'Vance said: "We are close."\n\n"It will take months," countered Arnaud.'
    assert _quotes(text, "en") == [("Tom Vance", "We are close."), ("Luc Arnaud", "It will take months")]


def test_a_pronoun_takes_up_the_subject_not_a_name_after_a_preposition() -> None:
    text = ('After meeting Prime Minister Tom Vance, President Luc Arnaud said the talks went well. "We are close," '
            "he said.")
    assert _quotes(text, "en") == [("Luc Arnaud", "We are close")]
    text = ("Nach dem Treffen mit Premierminister Tom Vance sagte Präsident Luc Arnaud, die Gespräche seien gut "
            "verlaufen. „Wir sind nah dran“, sagte er.")
    assert _quotes(text, "de") == [("Luc Arnaud", "Wir sind nah dran")]
    # a fronted adverbial and its verb before the name: the name is the subject
    text = ("Nach dem Treffen sagte Präsident Luc Arnaud, Premier Tom Vance sei mutig gewesen. „Wir sind nah dran“, "
            "sagte er.")
    assert _quotes(text, "de") == [("Luc Arnaud", "Wir sind nah dran")]


def test_a_pronoun_after_two_coordinated_persons_of_its_gender_names_nobody() -> None:
    text = 'Prime Minister Tom Vance and President Luc Arnaud met in Lyon. "We are close," he said.'
    assert _quotes(text, "en") == [(None, "We are close")]
    text = "Premier Tom Vance und Präsident Luc Arnaud trafen sich in Lyon. „Wir sind nah dran“, sagte er."
    assert _quotes(text, "de") == [(None, "Wir sind nah dran")]


def test_a_labelling_verb_with_a_time_adverbial_before_as_names_its_subject() -> None:
    text = ("Chief Minister Anna Ghosh met Prime Minister Tom Vance on Monday. According to officials, the centre had "
            'offered a package of Rs 4,200 crore, which Ghosh rejected last week as "too little, too late".')
    assert _quotes(text, "en") == [("Anna Ghosh", "too little, too late")]
