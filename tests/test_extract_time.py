"""Dates, reference date, events and figures on small hand-written articles (German and English)."""

from __future__ import annotations

from datetime import date

import pytest
from support.extraction import article_of

from lagebild.briefing.model import Country, Organization, Person, Place
from lagebild.extract import dates, events, figures
from lagebild.extract.datefind import find_dates
from lagebild.extract.dates import resolve
from lagebild.extract.doc import Doc, segment
from lagebild.extract.tense import tense_at


def make_doc(text: str, language: str, published: str | None = None) -> Doc:
    return segment(article_of(text, published=published), language, None)


def resolved(sentence: str, language: str, ref: str) -> list[str | None]:
    day = date.fromisoformat(ref)
    return [resolve(m, day, tense_at(sentence, m.start, language)) for m in find_dates(sentence, language)
            if m.kind != "year"]


# --- finding and resolving dates -------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "ref", "expected"), [
    ("Die Ministerin wird am 3. Jänner nach Wien reisen.", "2025-12-30", ["2026-01-03"]),
    ("Bereits am 15. Dezember 2025 trafen sich beide in Graz.", "2026-01-10", ["2025-12-15"]),
    ("Das Gremium tagt am 24. Feber erneut.", "2026-01-29", ["2026-02-24"]),
    ("Der Gipfel am 19. und 20. März soll Klarheit bringen.", "2026-02-01", ["2026-03-19"]),
    ("Die Gespräche endeten am Sonntag, dem 1. März, ohne Ergebnis.", "2026-03-03", ["2026-03-01"]),
    ("Der Rat hatte den Plan im November gebilligt.", "2026-03-03", ["2025-11"]),
    ("Der Ausschuss hatte am Dienstagabend beraten.", "2026-02-11", ["2026-02-10"]),
    ("Vergangenen Freitag hatte sie mit ihm telefoniert.", "2026-02-11", ["2026-02-06"]),
    ("Am Freitag empfängt der Kanzler einen Gast.", "2026-02-11", ["2026-02-13"]),
    ("Die Minister treffen sich kommende Woche in Bern.", "2026-03-27", ["2026-03"]),
    ("Die Behörde hatte den Entwurf Anfang Februar vorgelegt.", "2026-03-20", ["2026-02"]),
    ("Ein Urteil wird im Frühjahr erwartet.", "2026-01-29", [None]),
    ("Der Vertrag war im März 2023 unterzeichnet worden.", "2026-02-17", ["2023-03"]),
])
def test_german_dates(sentence: str, ref: str, expected: list[str | None]) -> None:
    assert resolved(sentence, "de", ref) == expected


@pytest.mark.parametrize(("sentence", "ref", "expected"), [
    ("The envoys last spoke by video on Jan. 6.", "2026-01-16", ["2026-01-06"]),
    ("Leaders gather in Oslo on July 7-8.", "2026-02-12", ["2026-07-07"]),
    ("The pledge was made at the summit in Rome last June.", "2026-02-12", ["2025-06"]),
    ("Inspectors lost access after the strikes in June last year.", "2026-01-23", ["2025-06"]),
    ("A spokesman said Friday that the talks were useful.", "2026-01-16", ["2026-01-16"]),
    ("The minister said she would travel to Lima in April.", "2026-01-16", ["2026-04"]),
    ("Negotiators will meet next month.", "2026-01-16", ["2026-02"]),
    ("The board meets in Geneva on 2 March.", "2026-01-23", ["2026-03-02"]),
    ("He is expected to visit later this year.", "2026-01-16", [None]),
])
def test_english_dates(sentence: str, ref: str, expected: list[str | None]) -> None:
    assert resolved(sentence, "en", ref) == expected


def test_dates_inside_quotes_are_found_but_years_are_their_own_kind() -> None:
    kinds = [m.kind for m in find_dates("Die Hilfe steigt 2026 auf rund elf Milliarden.", "de")]
    assert kinds == ["year"]


# --- reference date --------------------------------------------------------------------------

def test_published_date_is_the_reference() -> None:
    doc = make_doc("Die Minister haben am Montag beraten.", "de", published="2026-04-15")
    dates.run(doc)
    assert doc.reference_date is not None
    assert (doc.reference_date.date, doc.reference_date.review) == ("2026-04-15", "extracted")


def test_reference_date_inferred_from_weekday_dates_and_today() -> None:
    text = ("Die Verhandlungen sind am Samstag, dem 7. März, in Oslo zu Ende gegangen. "
            "Die nächste Runde soll am Freitag, dem 13. März, stattfinden. "
            "Die Reise der Ministerin beginnt am heutigen Mittwoch in Bergen. "
            "Seit dem 2. Februar 2026 gilt eine Feuerpause.")
    doc = make_doc(text, "de")
    dates.run(doc)
    assert doc.reference_date is not None
    assert doc.reference_date.date == "2026-03-11"
    assert doc.reference_date.review == "guessed"
    assert "heutigen Mittwoch" in doc.reference_date.evidence


def test_reference_date_before_new_year() -> None:
    text = ("Die Delegationen haben am Mittwoch telefonisch beraten. "
            "Für den 5. Jänner ist ein Treffen in Wien geplant, wie der Sprecher ankündigte. "
            "Schon am 10. Dezember 2025 hatten sich beide Seiten in Linz getroffen. "
            "In seiner Neujahrsansprache sprach der Präsident von Zuversicht.")
    doc = make_doc(text, "de")
    dates.run(doc)
    assert doc.reference_date is not None and doc.reference_date.date == "2025-12-31"


def test_no_year_anywhere_leaves_the_reference_open() -> None:
    doc = make_doc("Die Minister haben am Montag beraten.", "de")
    dates.run(doc)
    assert doc.reference_date is None


# --- events ------------------------------------------------------------------------------------

def _person(name: str, role: str | None = None, aliases: tuple[str, ...] = ()) -> Person:
    return Person(id=name, name=name, role=role, aliases=aliases)


def test_german_events_merge_resolve_and_collect_participants() -> None:
    text = ("Die Außenminister haben am Montag in Oslo über eine Waffenruhe beraten. "
            "Anwesend war auch die norwegische Ministerin Kari Berg.\n"
            "Ministerin Anna Vogt kündigte ein Treffen der Verteidigungsminister am 3. April in Bergen an. "
            "Zum Treffen am 3. April werden auch Vertreter Dänemarks erwartet.\n"
            "Bereits am 12. Februar 2026 hatte Vogt mit Berg telefoniert.")
    doc = make_doc(text, "de", published="2026-03-18")
    doc.persons = [_person("Kari Berg", "Ministerin", ("Berg",)), _person("Anna Vogt", "Ministerin", ("Vogt",))]
    doc.countries = [Country(id="no", code="NO", name="Norwegen"), Country(id="dk", code="DK", name="Dänemark")]
    doc.places = [Place(id="oslo", name="Oslo"), Place(id="bergen", name="Bergen")]
    dates.run(doc)
    events.run(doc)
    got = {(e.date, e.kind, e.status) for e in doc.events}
    assert got == {("2026-03-16", "talks", "past"), ("2026-04-03", "meeting", "planned"),
                   ("2026-02-12", "call", "past")}
    by_date = {e.date: e for e in doc.events}
    assert by_date["2026-03-16"].place == "Oslo"
    assert "Kari Berg" in by_date["2026-03-16"].participants
    assert "DK" in by_date["2026-04-03"].participants  # the second mention adds to the same event
    assert by_date["2026-04-03"].place == "Bergen"
    assert set(by_date["2026-02-12"].participants) >= {"Anna Vogt", "Kari Berg"}
    for event in doc.events:
        assert event.evidence in [s.text for s in doc.sentences]
        assert event.review == "extracted"


def test_english_events_statement_visit_and_undated() -> None:
    text = ("Trade ministers met in Lisbon on Tuesday to discuss tariffs, officials said. "
            "The ministry spokesman Tom Reed said Thursday that the meeting had been useful. "
            "Minister Ana Costa will travel to Ottawa next month. "
            "A ruling by the court is expected later this year.")
    doc = make_doc(text, "en", published="2026-05-14")
    doc.persons = [_person("Tom Reed", "spokesman", ("Reed",)), _person("Ana Costa", "Minister", ("Costa",))]
    doc.places = [Place(id="l", name="Lisbon"), Place(id="o", name="Ottawa")]
    dates.run(doc)
    events.run(doc)
    got = {(e.date, e.kind, e.status) for e in doc.events}
    assert got == {("2026-05-12", "meeting", "past"), ("2026-05-14", "statement", "past"),
                   ("2026-06", "other", "planned"), (None, "other", "planned")}
    visit = next(e for e in doc.events if e.date == "2026-06")
    assert visit.participants == ("Ana Costa",) and visit.place == "Ottawa"


def test_events_guessed_without_publication_date() -> None:
    text = ("Die Gespräche sind am Sonntag, dem 1. März, in Kairo zu Ende gegangen. "
            "Die Waffenruhe gilt seit dem 10. Oktober 2025. "
            "Die Reise des Ministers beginnt am heutigen Dienstag in Amman.")
    doc = make_doc(text, "de")
    doc.organizations = [Organization(id="o", name="Hamas")]
    dates.run(doc)
    events.run(doc)
    assert {(e.date, e.review) for e in doc.events} == {
        ("2026-03-01", "guessed"), ("2026-03-03", "guessed"), ("2025-10-10", "extracted")}


# --- figures -----------------------------------------------------------------------------------

def _figures(text: str, language: str) -> list[tuple[float | int, str, str | None]]:
    doc = make_doc(text, language)
    figures.run(doc)
    return [(f.value, f.unit, f.qualifier) for f in doc.figures]


def test_german_figures() -> None:
    text = ("Laut Studie sind etwa 150.000 Soldaten nötig. Es fließen rund 2,5 Milliarden Euro. "
            "Die Truppe ist mit 4'500 Soldaten aus 28 Ländern präsent. Vertreter von mehr als zehn Ländern kommen. "
            "Zuvor hatten zwölf Außenminister geschrieben. Nach Artikel 5 der G7-Erklärung gilt das ab 2028. "
            "„Drei Milliarden reichen nicht“, sagte sie am 3. März.")
    assert _figures(text, "de") == [
        (150000, "Soldaten", "etwa"), (2500000000, "Euro", "rund"), (4500, "Soldaten", None),
        (28, "Ländern", None), (10, "Ländern", "mehr als"), (12, "Außenminister", None),
    ]


def test_english_figures() -> None:
    text = ("Pledges totalled more than $4 billion. Allies spend 3.5% of GDP, and only nine of the 31 members "
            "meet the 3.5% threshold. He cited two people familiar with the talks. The three countries agreed. "
            "China will buy at least 25 million metric tons on Jan. 6 in 2026.")
    assert _figures(text, "en") == [
        (4000000000, "USD", "more than"), (3.5, "% of GDP", None), (9, "members", None),
        (31, "members", None), (25000000, "metric tons", "at least"),
    ]


def test_figure_evidence_is_the_sentence() -> None:
    doc = make_doc("Rund 2,1 Millionen Menschen brauchen Hilfe.", "de")
    figures.run(doc)
    assert doc.figures[0].evidence == doc.sentences[0].text
    assert doc.figures[0].id.startswith("figure-")




# --- generalisation: relative phrases, tense, reference cues, clause scope -----------------------

@pytest.mark.parametrize(("sentence", "language", "ref", "expected"), [
    ("Die Beratungen sollen in drei Wochen weitergehen.", "de", "2026-05-20", ["2026-06"]),
    ("Die Kommission hatte vor zwei Tagen entschieden.", "de", "2026-05-20", ["2026-05-18"]),
    ("Die Ministerin will Ende des Monats nach Riga reisen.", "de", "2026-05-20", ["2026-05"]),
    ("The envoys are due to meet again in two weeks.", "en", "2026-07-25", ["2026-08"]),
    ("The deal was signed three days ago.", "en", "2026-07-25", ["2026-07-22"]),
    ("The council will vote later this month.", "en", "2026-07-02", ["2026-07"]),
    ("The mayor resigned earlier this month.", "en", "2026-07-25", ["2026-07"]),
    ("The pact comes a fortnight after the envoys walked out.", "en", "2026-07-25", ["2026-07"]),
])
def test_relative_phrases(sentence: str, language: str, ref: str, expected: list[str | None]) -> None:
    assert resolved(sentence, language, ref) == expected


@pytest.mark.parametrize(("sentence", "language", "ref", "expected"), [
    # Past speech verbs send a weekday back, present "findet … statt" sends a month ahead.
    ("Der Abgeordnete nannte das Gesetz am Sonntag einen Fehler.", "de", "2026-03-04", ["2026-03-01"]),
    ("Der Parteitag findet im Februar in Kassel statt.", "de", "2026-08-20", ["2027-02"]),
    ("The board said governors must act before the leaders meet in Lima in March.", "en", "2026-09-10",
     ["2027-03"]),
])
def test_tense_decides_the_direction(sentence: str, language: str, ref: str, expected: list[str | None]) -> None:
    assert resolved(sentence, language, ref) == expected


def test_weekday_date_pair_outweighs_an_old_bare_date() -> None:
    text = ("Negotiators met in Vienna on Monday and will meet again on Friday, October 9. "
            "The truce had been agreed on March 3, after weeks of shelling. "
            "The envoys broke off contacts in January 2025.")
    doc = make_doc(text, "en")
    dates.run(doc)
    assert doc.reference_date is not None
    assert doc.reference_date.date[:9] == "2026-10-0"  # the week of the Friday, not near March


def _run_events(text: str, language: str, published: str, persons: list[Person] | None = None) -> Doc:
    doc = make_doc(text, language, published=published)
    doc.persons = persons or []
    dates.run(doc)
    events.run(doc)
    return doc


def test_a_bare_date_takes_the_year_the_article_gave_its_month() -> None:
    doc = _run_events("The border clashes in March last year ended in a truce. "
                      "The truce was signed on March 12 in Doha, officials said.", "en", "2026-10-01")
    assert "2025-03-12" in {e.date for e in doc.events}


def test_a_date_in_a_since_phrase_dates_the_other_event() -> None:
    doc = _run_events("Die Länder haben erstmals seit dem Grenzkrieg im Juni 2024 Gespräche geführt. "
                      "Die Delegationen trafen sich am Montag in Wien.", "de", "2026-02-04")
    by_date = {e.date: e for e in doc.events}
    assert by_date["2024-06"].kind == "other"  # the war, not the talks
    assert "2026-02-02" in by_date


def test_dateline_is_no_event_and_a_state_is_no_event() -> None:
    doc = _run_events("lbr. OSLO, 3. Juni. Das Kabinett hat am Dienstag über den Haushalt beraten. "
                      "Im Mai war die Regierung noch von einem Überschuss ausgegangen.", "de", "2026-06-04")
    assert [e.date for e in doc.events] == ["2026-06-02"]


def test_statements_by_other_people_on_a_summit_day_stay_apart() -> None:
    persons = [_person("Ana Lind", "Prime Minister", ("Lind",)), _person("Ola Berg", "President", ("Berg",)),
               _person("Wen Bo", "spokesperson", ("Wen",))]
    doc = _run_events("Prime Minister Ana Lind and President Ola Berg met in Oslo on Monday. "
                      "Spokesperson Wen Bo told a briefing in Beijing on Monday that the talks were welcome.",
                      "en", "2026-03-09", persons)
    kinds = sorted(e.kind for e in doc.events if e.date == "2026-03-09")
    assert kinds == ["meeting", "statement"]


def test_compact_british_figures_ranges_and_counts() -> None:
    text = ("Oslo will spend 3bn kroner (£220m) on a 1,200km pipeline, and Brussels €1.5bn. "
            "The five ministers agreed; the two leaders watched. "
            "Rule from 1890-1920 ended. The fair runs from June 3 to 14 in Bergen.")
    assert [(v, u) for v, u, _q in _figures(text, "en")] == [
        (3000000000, "kroner"), (220000000, "GBP"), (1200, "km"), (1500000000, "EUR"), (5, "ministers")]


def test_an_equal_value_said_of_someone_else_is_kept() -> None:
    text = ("Die Liste holte 31 der 120 Sitze. Die Grünen errangen ebenfalls 31 Sitze. "
            "Die Quote fiel von 4,2 auf 3,9 Prozent.")
    assert [v for v, _u, _q in _figures(text, "de")] == [31, 120, 31, 4.2, 3.9]


def test_a_rough_date_meets_the_exact_date_of_the_same_event() -> None:
    doc = _run_events("Acht Wochen nach der Parlamentswahl ist keine Regierung in Sicht. "
                      "Bei der Wahl am 12. Oktober hatte die Liste gewonnen.", "de", "2025-12-08")
    assert [(e.date, e.kind) for e in doc.events] == [("2025-10-12", "other")]


# --- anchors for the day of writing, deadlines, spans counted from another event -------------------

def test_offset_and_weekday_date_anchor_the_day_of_writing() -> None:
    text = ("The envoys first met in Lisbon in April 2023. "
            "A second round will open the day after tomorrow, Friday, June 12, in Porto.")
    doc = make_doc(text, "en")
    dates.run(doc)
    assert doc.reference_date is not None
    assert doc.reference_date.date == "2026-06-10"  # not 2023: a past year only bounds the day
    assert "day after tomorrow" in doc.reference_date.evidence


def test_span_in_days_and_weekday_date_anchor_the_day_of_writing() -> None:
    text = ("Die Kommission tagt in zehn Tagen, am Donnerstag, 15. Oktober, in Chur. "
            "Eine Abstimmung ist für Juni 2027 vorgesehen.")
    doc = make_doc(text, "de")
    dates.run(doc)
    assert doc.reference_date is not None
    assert doc.reference_date.date == "2026-10-05"


def test_past_month_with_year_does_not_set_the_year_of_writing() -> None:
    text = ("It is the largest release since the exchange of May 2021. "
            "The next talks will take place on Wednesday, March 4.")
    doc = make_doc(text, "en")
    dates.run(doc)
    assert doc.reference_date is not None and doc.reference_date.date.startswith("2026-")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The House will vote Thursday on a bill funding the agency through April 30.", "en", {"2026-03-05"}),
    # A deadline named as such is an occurrence of its own day (CONVENTIONS §7, a guessed event: see
    # test_extract_events_recall); a date that only bounds something else is none.
    ("Der Rat stimmt am Freitag über die Vorlage ab, die Frist läuft am 20. Mai aus.", "de",
     {"2026-03-06", "2026-05-20"}),
    ("Die Kammer will am Freitag über Hilfen bis zum 30. Juni entscheiden.", "de", {"2026-03-06"}),
    ("Leaders met on Monday without a deal to keep the agency funded past Friday.", "en", {"2026-03-02"}),
    ("Ministers met on Monday, the second crisis meeting in three months.", "en", {"2026-03-02"}),
])
def test_deadlines_and_counted_stretches_are_no_events(text: str, language: str, expected: set[str]) -> None:
    doc = _run_events(text, language, "2026-03-04")
    assert {e.date for e in doc.events} == expected


def test_event_lasting_until_a_date_is_kept_without_that_date() -> None:
    """The conference goes on (an event, under way: past), but Saturday is its last day, not its date
    (an event is dated by its first day, which the sentence does not give)."""
    doc = _run_events("Die Konferenz in Genf dauert noch bis Samstag, dem 7. März.", "de", "2026-03-04")
    assert [(e.date, e.status) for e in doc.events] == [(None, "past")]


def test_days_after_an_event_count_from_its_date() -> None:
    text = ("Ministers met in Hanoi on Thursday (May 14). "
            "The meeting came three days after a patrol boat rammed a fishing vessel.")
    doc = _run_events(text, "en", "2026-05-15")
    assert {e.date for e in doc.events} == {"2026-05-14", "2026-05-11"}


def test_present_tense_arrival_with_a_bare_weekday_is_ahead() -> None:
    doc = _run_events("The envoy, who arrives in Hanoi on Saturday, told reporters the talks mattered.", "en",
                      "2026-05-13")
    assert [(e.date, e.status) for e in doc.events] == [("2026-05-16", "planned")]


def test_one_with_a_scale_and_hyphenated_counts_are_figures() -> None:
    text = ("Insgesamt sind 40 Milliarden Euro blockiert. Eine Milliarde davon ist verloren. "
            "Ein Milliarden-Loch droht.")
    assert [(v, u) for v, u, _q in _figures(text, "de")] == [(40000000000, "Euro"), (1000000000, "Euro")]
    text = "The 15-member council met for a 12-day session; a billion-dollar fund and one million people."
    assert [(v, u) for v, u, _q in _figures(text, "en")] == [(15, "members"), (1000000, "people")]


def test_commenters_and_time_words_are_no_participants() -> None:
    persons = [_person("Ana Lind", "Prime Minister", ("Lind",)), _person("Tom Hale", "opposition leader", ("Hale",))]
    doc = _run_events("Prime Minister Ana Lind met the Danish premier in Oslo on Monday.\n"
                      "Opposition leader Tom Hale said the meeting had achieved nothing.", "en", "2026-03-11", persons)
    assert [e.participants for e in doc.events] == [("Ana Lind",)]
    doc = make_doc("Der Rat hatte bereits Mitte Jänner gewarnt.", "de", published="2026-02-19")
    doc.organizations = [Organization(id="m", name="Mitte")]
    dates.run(doc)
    events.run(doc)
    assert [e.participants for e in doc.events] == [()]


def test_owner_of_a_long_named_event_she_pronoun_and_led_by() -> None:
    persons = [_person("Ana Lind", "President", ("Lind",))]
    doc = _run_events("The vote could delay Lind's Spring Budget speech, which is scheduled for next month.", "en",
                      "2026-03-11", persons)
    assert [e.participants for e in doc.events] == [("Ana Lind",)]
    persons = [_person("Eva Roth", "Ministerpräsidentin", ("Roth",)), _person("Jan Kühn", "Minister", ("Kühn",))]
    doc = _run_events("Eva Roth warnte vor Schließungen. Kommende Woche will sie mit Kühn in Kiel sprechen.", "de",
                      "2026-03-11", persons)
    assert [set(e.participants) for e in doc.events] == [{"Eva Roth", "Jan Kühn"}]


def test_delegation_leader_and_negotiator_join_the_talks() -> None:
    persons = [_person("Omar Said", "Deputy Minister", ("Said",)), _person("Ali Nasser", "chief negotiator",
                                                                          ("Nasser",))]
    text = ("Sudan's warring parties ended five days of talks in Doha on Monday.\n"
            "The government delegation was led by Deputy Minister Omar Said.\n"
            "The Free Front’s chief negotiator, Ali Nasser, said the deal was fair.")
    doc = make_doc(text, "en", published="2026-03-11")
    doc.persons = persons
    doc.organizations = [Organization(id="f", name="Free Front")]
    doc.countries = [Country(id="sd", code="SD", name="Sudan")]
    dates.run(doc)
    events.run(doc)
    talks = next(e for e in doc.events if e.kind == "talks")
    assert {"Omar Said", "Ali Nasser", "Free Front", "SD"} <= set(talks.participants)


def test_two_things_in_one_month_from_different_sentences_stay_apart() -> None:
    text = ("Kommende Woche will der Kommissar in Brüssel mit dem Minister sprechen. "
            "Ein Beschluss über die Klage soll Ende März fallen.")
    doc = _run_events(text, "de", "2026-03-19")
    assert sorted((e.date, e.kind) for e in doc.events) == [("2026-03", "other"), ("2026-03", "other")]


def test_strong_past_forms_make_a_same_day_event_past() -> None:
    doc = _run_events("Die Länderkammer rief am Freitag den Ausschuss an.", "de", "2026-03-13")
    assert [(e.date, e.status) for e in doc.events] == [("2026-03-13", "past")]
    doc = _run_events("The chamber took the bill up on Friday.", "en", "2026-03-13")
    assert [(e.date, e.status) for e in doc.events] == [("2026-03-13", "past")]


def test_talks_with_bodies_join_the_lead_event_and_contrasting_critics_do_not() -> None:
    text = ("Prime Minister Ana Lind agreed a fisheries pact at a summit in Oslo on Monday.\n"
            "Speaking after talks with the presidents of the Nordic Council, Lind praised the deal. "
            "But the island's premier, Tom Hale, said the pact sold out the fleet.")
    persons = [_person("Ana Lind", "Prime Minister", ("Lind",)), _person("Tom Hale", "premier", ("Hale",))]
    doc = make_doc(text, "en", published="2026-03-11")
    doc.persons = persons
    doc.organizations = [Organization(id="n", name="Nordic Council")]
    dates.run(doc)
    events.run(doc)
    assert [set(e.participants) for e in doc.events] == [{"Ana Lind", "Nordic Council"}]


def test_a_contrasting_critic_right_after_the_event_is_no_participant() -> None:
    persons = [_person("Ana Lind", "Prime Minister", ("Lind",)), _person("Tom Hale", "premier", ("Hale",))]
    doc = _run_events("Prime Minister Ana Lind signed the pact in Oslo in May last year. "
                      "But the island's premier, Tom Hale, said the pact sold out the fleet.", "en", "2026-03-11",
                      persons)
    assert [e.participants for e in doc.events] == [("Ana Lind",)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The last round, on 14 February last year, ended after two hours.", "en", "2026-02-14"),
    ("The last round on February 14 last year ended after two hours.", "en", "2026-02-14"),
    ("Die letzte Runde am 14. Februar des Vorjahres endete nach zwei Stunden.", "de", "2026-02-14"),
    ("The summit on 3 March next year will decide.", "en", "2028-03-03"),
])
def test_a_day_with_a_relative_year_takes_that_year(text: str, language: str, expected: str) -> None:
    mention = find_dates(text, language)[0]
    assert resolve(mention, date(2027, 1, 11), tense=0) == expected
