"""Events without a date, the headline's event, stamps, status from the verb group, who takes part.

Every sentence here is invented for the test; each group is one failure class of real news.
"""

from __future__ import annotations

from datetime import date

import pytest
from support.extraction import article_of, doc_of

from lagebild.briefing.model import Event
from lagebild.extract.datefind import find_dates
from lagebild.extract.dates import resolve, year_is_unsure
from lagebild.extract.eventdraft import Draft
from lagebild.extract.pipeline import extract
from lagebild.extract.stamps import is_stamp
from lagebild.extract.tense import tense_at
from lagebild.extract.undatedsame import fold_into_dated


def events_of(text: str, language: str, published: str | None = "2026-03-18") -> list[Event]:
    return doc_of(text, language, published).events


def undated(events: list[Event]) -> list[Event]:
    return [e for e in events if e.date is None]


# --- a meeting, talks, a visit or a vote without a date is an undated event ------------------

@pytest.mark.parametrize(("text", "language", "kind", "who"), [
    ("Außenministerin Petra Lindqvist hat in Riga Gespräche mit Präsident Aivars Kalns geführt.",
     "de", "talks", {"Petra Lindqvist", "Aivars Kalns"}),
    ("Zudem traf Außenministerin Petra Lindqvist den Bürgermeister Jonas Berzins.",
     "de", "meeting", {"Petra Lindqvist", "Jonas Berzins"}),
    ("Foreign Minister Tomas Rilke met President Ana Costello in Lisbon.",
     "en", "meeting", {"Tomas Rilke", "Ana Costello"}),
    ("Prime Minister Ola Brandt held talks with President Ana Costello in Oslo.",
     "en", "talks", {"Ola Brandt", "Ana Costello"}),
])
def test_an_event_without_a_date_expression_is_undated(text: str, language: str, kind: str, who: set[str]) -> None:
    found = undated(events_of(text, language))
    assert len(found) == 1
    assert found[0].kind == kind and found[0].status == "past"
    assert who <= set(found[0].participants)


@pytest.mark.parametrize(("text", "language"), [
    ("Die Opposition drängt auf ein Treffen mit der Regierung.", "de"),  # only asked for
    ("Ein Treffen der beiden Minister gab es nicht.", "de"),  # negated
    ("Es finden regelmäßige Gespräche zwischen den Ländern statt.", "de"),  # habitual
    ("Auch von einer Reform der Zollprozesse ist die Rede.", "de"),  # an idiom
    ("Das unterzeichnete Dokument nennt drei Ziele.", "de"),  # a participle used as an adjective
    ("The opposition calls for talks with the government.", "en"),  # only asked for
    ("Only nine members meet the spending target.", "en"),  # 'meet' a target
    ("The two sides did not hold a meeting.", "en"),  # negated
])
def test_what_is_asked_for_negated_habitual_or_idiomatic_is_no_event(text: str, language: str) -> None:
    assert undated(events_of(text, language)) == []


def test_statements_are_events_only_when_dated() -> None:
    text = "Außenministerin Petra Lindqvist sagte, die Lage sei ernst."
    assert events_of(text, "de") == []


def test_an_event_in_the_clause_of_saying_is_no_event_but_reported_news_is() -> None:
    assert undated(events_of("Das teilte Präsident Aivars Kalns nach mehrstündigen Beratungen mit.", "de")) == []
    told = undated(events_of("The leaders will attend a summit together, the office said.", "en"))
    assert [(e.kind, e.status) for e in told] == [("meeting", "planned")]


def test_the_same_undated_event_told_twice_is_one() -> None:
    text = ("Der EU-Gipfel in Brüssel beginnt mit einem Streit. "
            "Beim EU-Gipfel geht es auch um den Haushalt.")
    assert len(undated(events_of(text, "de"))) == 1


def test_status_follows_the_verb_group() -> None:
    planned = undated(events_of("Präsident Aivars Kalns soll Kanzlerin Eva Lind in Wien treffen.", "de"))
    assert [e.status for e in planned] == ["planned"]
    announced = undated(events_of("Minister Jan Holm kündigte weitere Verhandlungen an.", "de"))
    assert [e.status for e in announced] == ["planned"]
    infinitive = undated(events_of("President Ana Costello is set to visit Japan.", "en"))
    assert [e.status for e in infinitive] == ["planned"]
    earlier = undated(events_of("Kanzler Jan Holm reist erstmals nach seinem Wahlsieg nach Paris.", "de"))
    assert "past" in {e.status for e in earlier}


# --- the headline's event ---------------------------------------------------------------------

def test_the_headline_event_joins_the_body_event() -> None:
    text = ("Lindqvist trifft Kalns\n\n"
            "Außenministerin Petra Lindqvist trifft am Donnerstag Präsident Aivars Kalns in Riga.")
    found = events_of(text, "de")
    assert [(e.date, e.kind) for e in found] == [("2026-03-19", "meeting")]


def test_the_headline_event_stands_alone_when_the_body_gives_none() -> None:
    text = ("Lindqvist trifft Kalns in Riga\n\n"
            "Die Beziehungen beider Länder gelten als eng.")
    found = events_of(text, "de")
    assert len(found) == 1 and found[0].date is None and found[0].kind == "meeting"


# --- stamps are metadata ------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "language"), [
    ("Sendung: Nachrichten, 02.03.2026 21:00 Uhr", "de"),
    ("Diese Nachricht wurde am 02.03.2026 im Programm Radio Eins gesendet.", "de"),
    ("Stand: 02.03.2026 12:15 Uhr", "de"),
    ("Updated: March 2, 2026", "en"),
])
def test_broadcast_and_publishing_stamps_are_no_events(line: str, language: str) -> None:
    assert is_stamp(line, language)
    told = {"de": "Minister Jan Holm hat am Montag in Bern eine Rede gehalten.",
            "en": "Minister Jan Holm gave a speech in Bern on Monday."}[language]
    text = f"{told}\n\n{line}"
    assert [e.date for e in events_of(text, language)] == ["2026-03-16"]


def test_a_trailing_stamp_in_a_sentence_dates_nothing() -> None:
    text = "Minister Jan Holm äußerte offen Besorgnis über die Lage.| 15.11.2025 23:00 Uhr"
    assert all(e.date is None for e in events_of(text, "de"))


# --- days and years placed safely ---------------------------------------------------------------

def test_a_day_without_a_year_is_near_even_after_a_past_verb() -> None:
    sentence = "Die Botschafter stimmten am Freitag für eine Unterzeichnung am 12. Jänner in Asunción."
    ref = date(2026, 1, 9)
    found = [m for m in find_dates(sentence, "de") if m.kind == "date"]
    assert resolve(found[0], ref, tense_at(sentence, found[0].start, "de")) == "2026-01-12"


def test_a_day_half_a_year_away_has_an_unsure_year() -> None:
    sentence = "Das Abkommen wurde am 15. Juli unterzeichnet."
    mention = next(m for m in find_dates(sentence, "de") if m.kind == "date")
    assert year_is_unsure(mention, date(2026, 1, 9), -1)
    near = next(m for m in find_dates("Das Treffen war am 5. Jänner.", "de") if m.kind == "date")
    assert not year_is_unsure(near, date(2026, 1, 9), -1)


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Heute trifft die Ministerin ihren Amtskollegen.", "de", ["2026-03-18"]),
    ("Morgen Abend reist der Kanzler nach Rom weiter.", "de", ["2026-03-19"]),
    ("Yesterday the envoys met in Doha.", "en", ["2026-03-17"]),
    ("In den kommenden Stunden treffen sich die Unterhändler in Genf.", "de", ["2026-03-18"]),
    ("The envoys will meet in the coming hours.", "en", ["2026-03-18"]),
])
def test_capitalised_relative_days(sentence: str, language: str, expected: list[str]) -> None:
    ref = date(2026, 3, 18)
    found = [resolve(m, ref, tense_at(sentence, m.start, language)) for m in find_dates(sentence, language)]
    assert found == expected


def test_am_morgen_is_a_part_of_the_day_not_tomorrow() -> None:
    assert [m.kind for m in find_dates("Am Morgen traf die Delegation ein.", "de")] == ["sameday"]


def test_a_range_of_days_is_one_event() -> None:
    text = "President Ana Costello will visit Japan on March 23 and March 24 for a summit."
    assert [e.date for e in events_of(text, "en")] == ["2026-03-23"]


# --- who takes part -------------------------------------------------------------------------------

def test_who_is_said_to_be_absent_takes_no_part() -> None:
    text = ("Am Montag trafen sich Außenministerin Petra Lindqvist und Präsident Aivars Kalns in Riga, "
            "Minister Jan Holm war jedoch nicht anwesend.")
    event = next(e for e in events_of(text, "de") if e.date == "2026-03-16")
    assert {"Petra Lindqvist", "Aivars Kalns"} <= set(event.participants)
    assert "Jan Holm" not in event.participants


def test_who_only_reports_takes_no_part() -> None:
    text = ("Kanzlerin Eva Lind wird am Mittwoch nach Angaben von Regierungssprecher Tom Falk "
            "Präsident Aivars Kalns treffen.")
    event = next(e for e in events_of(text, "de") if e.date)
    assert "Aivars Kalns" in event.participants and "Tom Falk" not in event.participants


def test_undated_events_never_share_an_id() -> None:
    text = ("Minister Jan Holm traf Präsident Aivars Kalns. Danach traf Minister Jan Holm Kanzlerin Eva Lind. "
            "Zudem traf Minister Jan Holm Präsidentin Ana Costello.")
    events = extract(article_of(text, "de")).events
    assert len(events) >= 2
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))


def test_a_month_set_as_a_target_lies_ahead() -> None:
    sentence = "Die Regierung hatte erwogen, die für Februar angesetzten Wahlen zu verschieben."
    mention = next(m for m in find_dates(sentence, "de") if m.kind == "month")
    assert resolve(mention, date(2026, 1, 6), tense_at(sentence, mention.start, "de")) == "2026-02"


def test_a_pronoun_takes_its_event_from_the_sentence_before() -> None:
    text = ("Damit ist der Weg frei für die formale Entscheidung des Rates. "
            "Diese könnte noch Freitag erfolgen.")
    event = next(e for e in events_of(text, "de", "2026-03-20") if e.date == "2026-03-20")
    assert "Entscheidung" in event.summary


def test_days_of_a_trip_count_from_its_first_day() -> None:
    text = ("Präsidentin Ana Costello reist in der kommenden Woche von Montag bis Mittwoch nach Japan. "
            "Am zweiten Tag seiner Reise will sie eine Schule besuchen. "
            "Am dritten Tag trifft sie in Tokio zu Gesprächen mit Premier Ken Sato zusammen.")
    found = {e.date for e in events_of(text, "de", "2026-03-18")}  # a Wednesday
    assert {"2026-03-23", "2026-03-24", "2026-03-25"} <= found


@pytest.mark.parametrize(("text", "language", "code"), [
    ("President Ana Costello will visit Japan on Monday.", "en", "JP"),
    ("Kanzlerin Eva Lind besucht am Montag China.", "de", "CN"),
    ("Kanzler Jan Holm reist am Montag nach Ghana weiter.", "de", "GH"),
])
def test_the_destination_of_a_visit_is_no_participant(text: str, language: str, code: str) -> None:
    event = next(e for e in events_of(text, language) if e.date == "2026-03-23")
    assert code not in event.participants and event.participants


@pytest.mark.parametrize(("text", "language", "present", "absent"), [
    ("Am Montag trafen sich Vertreter mehrerer Länder, darunter Frankreich und Polen, in Wien.", "de",
     {"FR", "PL"}, set()),
    ("Am Montag trafen sich Außenministerin Petra Lindqvist und Präsident Aivars Kalns in Riga. "
     "Vertreter Polens und der Ukraine waren jedoch nicht anwesend.", "de",
     {"Petra Lindqvist", "Aivars Kalns"}, {"PL", "UA"}),
    ("Leaders of France and Italy met in Rome on Monday. Representatives of Poland did not attend.", "en",
     {"FR", "IT"}, {"PL"}),
])
def test_lists_and_absence_in_the_sentences_of_an_event(text: str, language: str, present: set[str],
                                                        absent: set[str]) -> None:
    event = next(e for e in events_of(text, language) if e.date == "2026-03-16")
    assert present <= set(event.participants) and not absent & set(event.participants)


def test_a_verb_right_beside_its_date_owns_it() -> None:
    text = "The country is a mediator in the talks and it said Sunday that both sides would return."
    event = next(e for e in events_of(text, "en", "2026-03-18") if e.date == "2026-03-15")
    assert event.kind == "statement"


def test_an_aside_between_dashes_does_not_set_the_tense() -> None:
    text = "Beim EU-Gipfel hat es - anders als erwartet - keine Einigung über den Haushalt gegeben."
    assert [e.status for e in undated(events_of(text, "de"))] == ["past"]


@pytest.mark.parametrize(("text", "language"), [
    ("Die beiden Länder verhandelten während neun Monaten über ein neues Abkommen.", "de"),
    ("Nach mehr als 20 Jahren Verhandlungen ist ein Durchbruch gelungen.", "de"),
    ("The two sides negotiated for nine months over a new treaty.", "en"),
    ("Der Rat wollte nach der Debatte eine Sitzung abhalten.", "de"),
])
def test_a_stretch_of_time_or_a_past_intention_is_no_occurrence(text: str, language: str) -> None:
    assert undated(events_of(text, language)) == []


# --- a date in a phrase of attribution dates the source, not the event ---------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("The negotiations in Valmora were broken off because the delegations failed to agree on a "
     "ceasefire, according to local media reports on Monday.", "en"),
    ("Die Verhandlungen in Valmora wurden abgebrochen, laut einem Bericht der Zeitung vom Montag.", "de"),
])
def test_a_date_of_attribution_dates_no_event(text: str, language: str) -> None:
    events = events_of(text, language, published="2026-03-18")
    assert all(e.date is None for e in events), events


def test_a_verb_after_according_to_keeps_the_date_for_the_event() -> None:
    text = "According to officials Prime Minister Ola Brandt will meet President Ana Costello on Monday."
    events = events_of(text, "en", published="2026-03-18")
    assert [e.date for e in events] == ["2026-03-23"], events


# --- a lead line that announces what the body tells as done is that event -----------------------

def test_a_planned_lead_event_folds_into_the_dated_event_told_after_it() -> None:
    text = ("Tensions between Norway and Estonia overshadow the Baltic summit, set to open in Riga.\n\n"
            "The Baltic summit opened in Riga on Tuesday with the leaders of Norway and Estonia.")
    events = events_of(text, "en", published="2026-03-18")
    summits = [e for e in events if e.kind == "meeting"]
    assert [(e.date, e.status) for e in summits] == [("2026-03-17", "past")], events


def _draft(date_: str | None, status: str, sentence: int) -> Draft:
    return Draft(date=date_, kind="meeting", kind_source="noun", status=status, summary="s", evidence="e",
                 sentence=sentence, block=sentence, guessed=False, participants=["NO", "EE"], word="summit")


@pytest.mark.parametrize(("undated_status", "undated_sentence", "folded"), [
    ("planned", 0, True),   # the lead announces what the body then tells as done
    ("planned", 3, False),  # told after the dated one: a further summit still to come
    ("past", 3, True),      # told again, same status
])
def test_an_undated_event_folds_into_the_dated_one_only_at_the_same_time(
        undated_status: str, undated_sentence: int, folded: bool) -> None:
    events = [_draft(None, undated_status, undated_sentence), _draft("2026-03-17", "past", 1)]
    kept = fold_into_dated(events)
    assert (len(kept) == 1) is folded


# --- an event owned by someone already told of is that person's event told again ----------------

@pytest.mark.parametrize(("text", "language"), [
    ("President Ana Costello urged leaders to act as the Atlantic forum opened in Lisbon on Monday.\n\n"
     "Ana Costello sharply criticised the critics of science in her opening address.", "en"),
    ("Präsidentin Ana Costello traf am Montag in Lissabon den Premier Ola Brandt.\n\n"
     "Ana Costello hielt dort ihre Rede vor den Delegierten.", "de"),
])
def test_a_possessed_speech_is_the_meeting_its_owner_spoke_at(text: str, language: str) -> None:
    events = events_of(text, language, published="2026-03-18")
    assert undated(events) == [], events


def test_a_possessed_event_of_another_sort_stays_its_own() -> None:
    text = ("President Ana Costello met Prime Minister Ola Brandt in Lisbon on Monday.\n\n"
            "Ana Costello later cast her vote in the referendum.")
    events = events_of(text, "en", published="2026-03-18")
    assert len(events) == 2 or all(e.kind == "meeting" for e in events), events


# --- a meeting told again the same day under another word, by a pronoun, is one occurrence --------

def test_talks_they_began_the_same_day_are_the_meeting_told_just_before() -> None:
    text = ("Prime Minister Ola Brandt met President Ana Costello at the palace on Thursday to discuss "
            "trade.\n\nOla Brandt posed for photos with Ana Costello and the minister Jonas Berzins before "
            "they began talks on Thursday afternoon.")
    events = events_of(text, "en", published="2026-03-20")
    assert [e.date for e in events] == ["2026-03-19"], events
    assert "Jonas Berzins" in events[0].participants


def test_talks_the_same_day_without_a_pronoun_stay_their_own() -> None:
    text = ("Prime Minister Ola Brandt met President Ana Costello at the palace on Thursday.\n\n"
            "Ola Brandt held talks with the minister Jonas Berzins on Thursday afternoon.")
    events = events_of(text, "en", published="2026-03-20")
    assert len(events) == 2, events


# --- whom a coordinated verb phrase will meet is no party to the first event of the sentence -------

@pytest.mark.parametrize(("text", "language"), [
    ("Außenministerin Petra Lindqvist nimmt am Montag an den Beratungen der Nordischen Gruppe teil und "
     "wird dort auch Präsident Aivars Kalns treffen.", "de"),
    ("Foreign Minister Tomas Rilke takes part in the summit of the Nordic group in Lisbon on Monday and will also meet "
     "President Ana Costello there.", "en"),
])
def test_whom_a_coordinated_phrase_will_meet_is_not_in_the_first_event(text: str, language: str) -> None:
    events = events_of(text, language, published="2026-03-18")
    first = events[0]
    assert "Aivars Kalns" not in first.participants and "Ana Costello" not in first.participants, events


# --- whom an indirect question is about takes no part in the event -------------------------------

@pytest.mark.parametrize(("text", "language", "outsider"), [
    ("Die Abgeordnete Petra Lindqvist stellte am Freitag in einer Erklärung die Frage, wie ernst es der "
     "Europäischen Kommission mit der Reform ist.", "de", "Europäische Kommission"),
    ("Senator Tomas Rilke asked on Friday in a statement whether the European Commission was serious "
     "about the reform.", "en", "European Commission"),
])
def test_whom_an_indirect_question_is_about_takes_no_part(text: str, language: str, outsider: str) -> None:
    events = events_of(text, language, published="2026-03-21")
    assert events and all(outsider not in e.participants for e in events), events


# --- event nouns told as many, earlier ones in general, or of a sort: no one occurrence (§7.4) -------

@pytest.mark.parametrize(("text", "language"), [
    ("Bei früheren Treffen hatte Außenministerin Petra Lindqvist mit Präsident Aivars Kalns gestritten.", "de"),
    ("In vergangenen Verhandlungen war Außenministerin Petra Lindqvist hart geblieben.", "de"),
    ("Außenministerin Petra Lindqvist kennt Präsident Aivars Kalns von zahlreichen Gipfeln.", "de"),
    ("Solche Besuche von Außenministerin Petra Lindqvist sind selten.", "de"),
    ("In past talks, Foreign Minister Tomas Rilke and President Ana Costello disagreed on tariffs.", "en"),
    ("Foreign Minister Tomas Rilke has met President Ana Costello at earlier meetings.", "en"),
    ("Such visits by Foreign Minister Tomas Rilke are rare.", "en"),
])
def test_event_nouns_told_as_many_or_earlier_ones_are_no_event(text: str, language: str) -> None:
    assert undated(events_of(text, language)) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Bei einem früheren Treffen hatte Außenministerin Petra Lindqvist mit Präsident Aivars Kalns gestritten.", "de"),
    ("The most recent previous meeting between Foreign Minister Tomas Rilke and President Ana Costello was held "
     "in Manila.", "en"),
    ("Foreign Minister Tomas Rilke met President Ana Costello, the first such meeting in nearly a year.", "en"),
])
def test_one_earlier_occurrence_singled_out_stays_an_event(text: str, language: str) -> None:
    assert len(undated(events_of(text, language))) == 1


# --- a one-line paragraph without a final stop is a label, no undated event --------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Außenministerin Petra Lindqvist hat am Montag in Riga Präsident Aivars Kalns getroffen.\n\n"
     "Themen: Besuch der Außenministerin in Vilnius, Gespräche über Energie in Tallinn und Handel\n\n"
     "Lindqvist sagte, die Beziehungen seien gut.", "de"),
    ("Foreign Minister Tomas Rilke met President Ana Costello in Lisbon on Monday.\n\n"
     "Visit cut short over \u201cthreats\u201d\n\n"
     "Rilke said relations were good.", "en"),
])
def test_a_label_line_without_a_final_stop_gives_no_undated_event(text: str, language: str) -> None:
    assert undated(events_of(text, language)) == []


def test_a_list_item_without_a_final_stop_still_tells_its_event() -> None:
    text = ("Trade talks in Madrid\n\n"
            "• Trade Minister Ola Brandt held talks with the Spanish economy minister Jaime Ortega in Madrid\n\n"
            "Brandt said relations were good.")
    assert [e for e in undated(events_of(text, "en")) if "Ola Brandt" in e.participants]


@pytest.mark.parametrize(("text", "language"), [
    ("Außenministerin Petra Lindqvist würde Präsident Aivars Kalns treffen, wenn er sie einlädt.", "de"),
    ("Außenministerin Petra Lindqvist könnte Präsident Aivars Kalns in Riga treffen, falls die Wahl ruhig verläuft.",
     "de"),
    ("Foreign Minister Tomas Rilke could hold talks with President Ana Costello if the vote passes.", "en"),
])
def test_an_event_with_a_hypothetical_modal_and_a_condition_is_no_event(text: str, language: str) -> None:
    assert undated(events_of(text, language)) == []
