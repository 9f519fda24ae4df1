"""Person countries from a visit and from later mentions (session 18), on invented sentences.

An office holder whom a visitor meets at the destination the same sentence names is the host state's
("flew into the Peruvian capital and met President Y", „reiste nach Lima und traf dort Präsidentin Y“,
„wird nach Lima fliegen und dort mit Präsident Y sprechen“) — not in a city that hosts other states' talks.
A shared party's member (the Greens) whose sentence names the Bundestag is Germany's, also in an article about
another state (the US).
"""

from __future__ import annotations

from tests.support.extraction import doc_of


def countries(text: str, language: str = "en", locale: str | None = None) -> dict[str, str | None]:
    return {p.name: p.country for p in doc_of(text, language, locale=locale).persons}


def test_an_office_holder_met_after_a_trip_in_the_same_sentence_is_the_hosts() -> None:
    text = ("Trade pact signed\n\nChancellor Maria Olsen flew into the Peruvian capital on Sunday and met President "
            "Jorge Salas at the palace. Olsen praised the talks.")
    assert countries(text)["Jorge Salas"] == "PE"


def test_german_trip_and_meeting_with_the_verb_second_or_last() -> None:
    second = ("Besuch in Südamerika\n\nBundesrat Paul Meier reiste im Mai nach Lima und traf dort Präsidentin "
              "Ana Ortiz. Meier lobte die Gespräche.")
    assert countries(second, "de", locale="de-CH")["Ana Ortiz"] == "PE"
    last = ("Reise angekündigt\n\nBundeskanzler Jens Vogt wird am Sonntag nach Lima fliegen und dort am Montag mit "
            "Präsident Luis Vera sprechen. Vogt will über Rohstoffe reden.")
    assert countries(last, "de", locale="de-DE")["Luis Vera"] == "PE"


def test_no_host_for_a_city_of_other_states_talks() -> None:
    text = ("Talks resume\n\nChancellor Maria Olsen flew to Geneva on Sunday and met President "
            "Jorge Salas at the palace. Olsen praised the talks.")
    assert countries(text).get("Jorge Salas") != "CH"


def test_a_green_whose_sentence_names_the_bundestag_is_germanys() -> None:
    text = ("Handelspolitikerin Brandt: „Jetzt nicht nachgeben“\n\n"
            "Die USA haben neue Zölle verhängt. Washington droht mit mehr. Die USA wollen verhandeln.\n\n"
            "Darüber sprachen wir mit der Grünen-Politikerin Eva Brandt, Mitglied im Bundestag.")
    assert countries(text, "de")["Eva Brandt"] == "DE"


def test_the_host_who_receives_a_guest_in_a_city_is_the_citys_states() -> None:
    text = ("Grenzgipfel\n\nMinisterpräsident Karl Brandt hat am Dienstag den Präsidenten der Provinz Limburg, "
            "Jan de Vries, in der Staatskanzlei in Düsseldorf empfangen. Beide wollen enger zusammenarbeiten.")
    assert countries(text, "de")["Karl Brandt"] == "DE"


def test_an_opposition_leader_sits_in_the_state_named_as_where() -> None:
    text = ("Friedensgespräche\n\nDie Schweiz vermittelt. Die Schweiz lädt ein. Die Schweiz zahlt. Auch in Peru ist "
            "der Prozess umstritten: Oppositionsführer Luis Vera spricht von einem Fehler.")
    assert countries(text, "de", locale="de-CH")["Luis Vera"] == "PE"


def test_a_bare_government_spokeswoman_in_a_report_on_the_federal_chancellor() -> None:
    text = ("Reise an den Golf\n\nRegierungssprecherin Anna Roth kündigte die Reise an. Bundeskanzler Jens Vogt fliegt "
            "am Sonntag nach Doha. Katar und Oman sind weitere Stationen.")
    assert countries(text, "de")["Anna Roth"] == "DE"
