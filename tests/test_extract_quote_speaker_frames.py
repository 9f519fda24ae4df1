"""Quote speakers from frames of reported speech (issue #13).  Invented sentences.

A clause naming one person and a colon before their reported words, verbs of reply, a definite
description that takes up the person the text is about, a relative clause closing with the verb
of saying, and a German name that looks like an English pronoun.
"""

from __future__ import annotations

from tests.support.extraction import doc_of


def speakers(text: str, language: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in doc_of(text, language).quotes}


def test_a_named_critic_before_a_colon_speaks_the_reported_words_after_it() -> None:
    text = ("Die Ministerin Sabine Kolb besuchte das Werk. Kritik kam von der Kreisvorsitzenden Meike Sandner: "
            "Die Ministerin komme „mit schönen Bildern, aber ohne Zusagen“.")
    assert speakers(text, "de")["mit schönen Bildern, aber ohne Zusagen"] == "Meike Sandner"


def test_a_subject_rejecting_before_a_colon_speaks_the_reported_words_after_it() -> None:
    text = ("Die Ministerin Ana Ciobu zeigte sich enttäuscht. Der transnistrische Chefverhandler Wiktor Gorbun "
            "wies das zurück: Die neuen Zollregeln seien „eine Blockade durch die Hintertür“.")
    assert speakers(text, "de")["eine Blockade durch die Hintertür"] == "Wiktor Gorbun"


def test_a_verb_of_reply_attributes_the_quote() -> None:
    text = ("Kanzler Georg Haller empfing den Gast. Die Sprecherin Lena Aigl warf der Regierung Schweigen vor. "
            "„Rechte zählen mehr“, sagte sie. Haller entgegnete, man habe „alle Themen offen angesprochen“.")
    assert speakers(text, "de")["alle Themen offen angesprochen"] == "Georg Haller"


def test_a_party_politician_described_takes_up_the_person_named_before() -> None:
    text = ("Verärgert zeigte sich Bundesaußenminister Jonas Weidt. „Wir werden einen Weg finden“, sagte der "
            "CDU-Politiker.")
    assert speakers(text, "de")["Wir werden einen Weg finden"] == "Jonas Weidt"


def test_the_general_takes_up_the_army_chief_but_not_an_unnamed_general() -> None:
    text = ("Armeechef Abdel al-Tahir schlug die Einladung aus. Es gebe «nichts zu verhandeln», sagte der General.")
    assert speakers(text, "de")["nichts zu verhandeln"] == "Abdel al-Tahir"
    text = ("Armeechef Abdel al-Tahir schlug die Einladung aus. Ein General der Armee warnte die Truppe. "
            "„Wir ziehen ab“, sagte der General.")
    assert speakers(text, "de")["Wir ziehen ab"] is None


def test_a_german_name_that_looks_like_an_english_pronoun_is_the_speaker() -> None:
    text = ("Kommissar Henrik Aalt sprach in Brüssel. Ministeriumssprecherin He Yu sagte am Freitag, China sei "
            "„zu einer Lösung bereit“.")
    assert speakers(text, "de")["zu einer Lösung bereit"] == "He Yu"


def test_a_relative_clause_closing_with_the_verb_of_saying_is_its_antecedents() -> None:
    text = ("Zwei Staaten unterzeichneten ein Abkommen. An der Zeremonie nahm auch Kommissar Lars Eriks teil, der "
            "von einem „Meilenstein für die Versorgung“ sprach.")
    assert speakers(text, "de")["Meilenstein für die Versorgung"] == "Lars Eriks"


def test_an_austrian_chief_negotiator_is_a_person_with_a_role() -> None:
    persons = {p.name: p.role for p in doc_of("Der Chefverhandler Wiktor Gorbun reiste ab.", "de").persons}
    assert persons.get("Wiktor Gorbun") == "Chefverhandler"


def test_a_swiss_ministers_government_title_takes_her_up() -> None:
    text = ("Verkehrsministerin Corinne Aebi werde ihren Amtskollegen Marco Rinal empfangen, hiess es. Die Schweiz "
            "sieht darin einen Verstoss. «Wir lassen uns den Alpenschutz nicht nehmen», sagte die Bundesrätin.")
    assert speakers(text, "de")["Wir lassen uns den Alpenschutz nicht nehmen"] == "Corinne Aebi"


def test_a_surname_ending_like_a_noun_after_a_given_name_is_the_speakers() -> None:
    text = "„Wir haben eine Grundlage gefunden“, sagte Ministerpräsident Sven Hartung (CDU)."
    assert speakers(text, "de")["Wir haben eine Grundlage gefunden"] == "Sven Hartung"


def test_a_pronoun_after_an_unnamed_office_holder_names_nobody() -> None:
    text = ("Der türkische Außenminister Kemal Aydan eröffnete die Runde. Die Waffenruhe trat am Abend in Kraft. "
            "Der ukrainische Präsident zeigte sich zuversichtlich. Er dankte den Vermittlern und sprach von "
            "„den ruhigsten Stunden seit Langem“.")
    assert speakers(text, "de").get("den ruhigsten Stunden seit Langem") is None
    text = "Kanzler Olaf Berg traf Gäste. Der Kanzler zeigte sich zufrieden. Er sprach von „guten Gesprächen“."
    assert speakers(text, "de")["guten Gesprächen"] == "Olaf Berg"


def test_a_title_with_a_long_complement_before_the_name_gives_the_speaker() -> None:
    text = ("Die EU verhängte Sanktionen. „Wer Waffen liefert, muss mit Konsequenzen rechnen“, erklärte die Hohe "
            "Vertreterin der Union für Außen- und Sicherheitspolitik, Liisa Rautala.")
    assert speakers(text, "de")["Wer Waffen liefert, muss mit Konsequenzen rechnen"] == "Liisa Rautala"


def test_the_head_of_a_swiss_department_takes_up_the_minister() -> None:
    text = ("Aussenministerin Corinne Amsel bestätigte die Runde. Die Delegationen treffen sich im Januar. «Wir "
            "bieten den Raum», sagte die Vorsteherin des Departements für auswärtige Angelegenheiten.")
    assert speakers(text, "de")["Wir bieten den Raum"] == "Corinne Amsel"


def test_a_surname_ending_like_an_adjective_after_a_role_and_given_name() -> None:
    text = "Verkehrsministerin Corinne Aebisch-Tal sprach. Verkehrsministerin Corinna Aebischer sagte: „Nicht mit uns.“"
    assert speakers(text, "de")["Nicht mit uns."] == "Corinna Aebischer"
