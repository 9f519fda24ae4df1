"""Events that exist, and no events that do not: failure classes seen on news the rules were not
tuned on (issue #13).

Every sentence here is invented for the test; each group is one class, in German and English.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event
from lagebild.extract.datefind import find_dates
from lagebild.extract.eventdates import dates_the_occasion

# A Wednesday: "am Montag" is 2026-03-16, "on Friday" ahead is 2026-03-20, behind 2026-03-13.
PUBLISHED = "2026-03-18"


def events_of(text: str, language: str, published: str | None = PUBLISHED) -> list[Event]:
    return doc_of(text, language, published).events


def dated(events: list[Event]) -> list[tuple[str | None, str]]:
    return [(e.date, e.status) for e in events if e.date]


# --- a remark of someone the text does not name is no event, even when dated --------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Sanktionen bleiben\n\nDie Union verlängert ihre Sanktionen. Ein Sprecher sagte am Dienstag, die "
     "Maßnahmen würden bis Juli gelten.", "de"),
    ("Zollstreit\n\nIn Lindau wächst der Ärger über die Zölle. Aus Regierungskreisen hieß es am Montag, man "
     "prüfe Gegenmaßnahmen.", "de"),
    ("Zollstreit\n\nWie am Montag aus Diplomatenkreisen verlautete, sei eine Antwort in Arbeit.", "de"),
    ("Sanctions stay\n\nThe bloc extended its sanctions. A senior official said on Tuesday that the measures "
     "would last until July.", "en"),
    ("Sanctions stay\n\nThe bloc extended its sanctions. \"We will not back down,\" one diplomat told "
     "reporters on Monday.", "en"),
    ("Budget row\n\nThe cabinet is split over the budget. A senior Treasury official warned on Monday that "
     "cuts were inevitable.", "en"),
    ("Budget row\n\nOfficials said on Tuesday that the plan could still change.", "en"),
    # A body or country inside the unnamed speaker's own phrase names no speaker.
    ("Tariffs\n\nA Lindau Council official said on Monday that the tariffs would stay.", "en"),
    ("Tariffs\n\nU.S. officials said Monday that the tariffs would stay.", "en"),
    ("Tariffs\n\nA person familiar with the matter said on Friday that the tariffs would stay.", "en"),
    ("Zölle\n\nEin EU-Diplomat sagte am Freitag in Brüssel, die Union werde reagieren.", "de"),
])
def test_a_dated_remark_of_an_unnamed_speaker_is_no_event(text: str, language: str) -> None:
    assert events_of(text, language) == []


@pytest.mark.parametrize(("text", "language", "who"), [
    ("Sanktionen bleiben\n\nAußenministerin Petra Lindqvist sagte am Dienstag, die Maßnahmen würden bis Juli "
     "gelten.", "de", "Petra Lindqvist"),
    ("Sanctions stay\n\nForeign Minister Tomas Rilke said on Tuesday that the measures would last until July.",
     "en", "Tomas Rilke"),
])
def test_a_dated_remark_of_a_named_speaker_stays_an_event(text: str, language: str, who: str) -> None:
    found = events_of(text, language)
    assert [(e.date, e.kind) for e in found] == [("2026-03-17", "statement")]
    assert who in found[0].participants


def test_a_meeting_told_with_an_unnamed_source_stays() -> None:
    # The date is the visit's; "officials said" only reports it.
    found = events_of("Kyiv trip\n\nThe minister visited Kyiv on Monday, officials said.", "en")
    assert dated(found) == [("2026-03-16", "past")]
    found = events_of("Gespräche\n\nVertreter beider Seiten haben sich am Montag in Riga getroffen, hieß es aus "
                      "Diplomatenkreisen.", "de")
    assert dated(found) == [("2026-03-16", "past")]


# --- a side meeting: its occasion is no party to it, and its occasion's dates make no second event ----

@pytest.mark.parametrize(("text", "language", "who"), [
    ("Treffen in Den Haag\n\nAm Rande des Nato-Gipfels sprach Bundeskanzler Tomas Berger am Mittwoch mit "
     "Präsidentin Ana Costello.", "de", {"Tomas Berger", "Ana Costello"}),
    ("Treffen in Riga\n\nAm Rande des zweitägigen Treffens der EU-Außenminister traf Ministerin Petra Lindqvist "
     "am Montag ihren Amtskollegen Jonas Berzins.", "de", {"Petra Lindqvist", "Jonas Berzins"}),
    ("Meeting in Lima\n\nOn the sidelines of the G20 summit on Monday, Prime Minister Ola Brandt held talks "
     "with President Ana Costello.", "en", {"Ola Brandt", "Ana Costello"}),
    ("Meeting in Lima\n\nOn the sidelines of the annual meeting of the World Bank Prime Minister Ola Brandt "
     "met President Ana Costello on Monday.", "en", {"Ola Brandt", "Ana Costello"}),
])
def test_who_is_named_after_the_occasion_takes_part_in_the_side_meeting(
        text: str, language: str, who: set[str]) -> None:
    found = events_of(text, language)
    assert len(found) == 1
    assert set(found[0].participants) == who


@pytest.mark.parametrize(("text", "language"), [
    ("Summit in Brussels\n\nChancellor Tomas Berger met Prime Minister Ana Costello on Monday on the sidelines "
     "of the EU summit, which ends on Friday.", "en"),
    ("Gipfel in Brüssel\n\nKanzler Tomas Berger traf am Montag am Rande des EU-Gipfels, der am Freitag endet, "
     "die Regierungschefin Ana Costello.", "de"),
])
def test_the_date_of_the_occasion_makes_no_second_side_meeting(text: str, language: str) -> None:
    assert dated(events_of(text, language)) == [("2026-03-16", "past")]


def test_dates_the_occasion_needs_the_relative_clause_right_after_it() -> None:
    text = "They met on Monday on the sidelines of the summit, which ends on Friday."
    friday = next(m for m in find_dates(text, "en") if "Friday" in m.text)
    assert dates_the_occasion(text, friday, "en")
    other = "They met on Monday on the sidelines of the summit and will meet again on Friday."
    friday = next(m for m in find_dates(other, "en") if "Friday" in m.text)
    assert not dates_the_occasion(other, friday, "en")


# --- the last day of an event is not its date --------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Gipfel in Brüssel\n\nDie Staats- und Regierungschefs trafen sich am Montag in Brüssel. Der Gipfel dauert "
     "bis Freitag.", "de"),
    ("Summit in Brussels\n\nLeaders met in Brussels on Monday. The summit runs to Friday.", "en"),
    ("Summit in Brussels\n\nLeaders met in Brussels on Monday. The summit lasts until Friday.", "en"),
])
def test_how_long_an_event_lasts_makes_no_event_on_its_last_day(text: str, language: str) -> None:
    assert dated(events_of(text, language)) == [("2026-03-16", "past")]


# --- two events in one sentence, each with its own tense -----------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Ministers meet\n\nForeign ministers met in Brussels on Monday and will meet again in Rome on Friday.", "en"),
    ("Talks\n\nThe two delegations held talks on Monday and are expected to meet again on Friday.", "en"),
    ("Minister beraten\n\nDie Außenminister haben am Montag in Brüssel beraten und werden am Freitag in Rom "
     "erneut zusammenkommen.", "de"),
    ("Minister treffen sich\n\nDie Außenminister trafen sich am Montag in Brüssel und wollen am Freitag in Rom "
     "weiterverhandeln.", "de"),
])
def test_a_past_and_a_planned_event_in_one_sentence(text: str, language: str) -> None:
    assert sorted(dated(events_of(text, language))) == [("2026-03-16", "past"), ("2026-03-20", "planned")]


# --- a level or a count with its date is no event -----------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Asyl\n\nIm Januar wurden in Lindau rund 1.700 Anträge gestellt.", "de"),
    ("Preise\n\nDie Inflation stieg im Februar auf 2,4 Prozent.", "de"),
    ("Märkte\n\nDer Leitindex fiel am Montag um drei Prozent.", "de"),
    ("Asylum\n\nIn January, about 1,700 applications were filed in Lindau.", "en"),
    ("Prices\n\nInflation rose to 2.4 percent in February.", "en"),
    ("Markets\n\nShares fell 3% on Monday after the report.", "en"),
])
def test_a_figure_told_with_its_date_is_no_event(text: str, language: str) -> None:
    assert events_of(text, language) == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    # The figure stands far from the date, in what the occurrence caused: the occurrence stays.
    ("Krieg\n\nBegonnen am 15. Februar, hat der Konflikt zwischen den beiden Armeen bisher mehr als 9.000 "
     "Menschen das Leben gekostet.", "de", "2026-02-15"),
    ("Protest\n\nOn Saturday, the union, which represents 40,000 workers, walked out of the talks.",
     "en", "2026-03-14"),
    # An event word of its own keeps the event, figure or not.
    ("Vote\n\nThe Senate passed the bill 81-14 on Thursday.", "en", "2026-03-12"),
])
def test_an_occurrence_with_a_figure_elsewhere_stays(text: str, language: str, expected: str) -> None:
    assert [e.date for e in events_of(text, language)] == [expected]


# --- taking part in one event and meeting someone there: two events of one day ----------------------

@pytest.mark.parametrize(("text", "language", "status"), [
    ("Besuch\n\nMinisterin Petra Lindqvist nimmt am Montag an der Konferenz in Riga teil und wird dort auch "
     "Präsident Aivars Kalns treffen.", "de", "planned"),
    ("Besuch\n\nMinisterin Petra Lindqvist nimmt am Montag an der Konferenz in Riga teil und trifft dort auch "
     "Präsident Aivars Kalns.", "de", "planned"),
    ("Visit\n\nForeign Minister Petra Lindqvist attended the conference in Riga on Monday and also met "
     "President Aivars Kalns there.", "en", "past"),
])
def test_a_coordinated_meeting_is_a_second_event(text: str, language: str, status: str) -> None:
    found = events_of(text, language)
    assert len({e.date for e in found}) == 1 and len(found) == 2
    assert {e.status for e in found} == {status}
    first, second = found
    assert "Aivars Kalns" not in first.participants
    assert {"Petra Lindqvist", "Aivars Kalns"} <= set(second.participants)


def test_a_coordinated_name_without_a_verb_of_its_own_is_the_same_meeting() -> None:
    found = events_of("Talks\n\nForeign Minister Tomas Rilke met Ana Costello on Monday and also Aivars Kalns.",
                      "en")
    assert len(found) == 1


# --- a negated event noun names no event; an outlet's report dates nothing ---------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Gespräche\n\nEin Regierungssprecher Jonas Berzins sagte am Freitag, es sei kein weiteres Treffen geplant.",
     "de"),
    ("Talks\n\nSpokesman Jonas Berzins told reporters on Monday that no new meeting was planned.", "en"),
])
def test_a_negated_meeting_is_no_meeting(text: str, language: str) -> None:
    assert all(e.kind not in ("meeting", "talks") for e in events_of(text, language))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Talks\n\nThe two governments will hold a new round of talks in Muscat on Saturday, state media reported "
     "on Thursday.", "en", [("2026-03-21", "planned")]),
    ("Talks\n\nThe two sides agreed to pull back their forces, according to media reports on Monday.", "en", []),
    ("Gespräche\n\nDie beiden Regierungen wollen am Samstag in Maskat weiterverhandeln, meldete das "
     "Staatsfernsehen am Donnerstag.", "de", [("2026-03-21", "planned")]),
])
def test_the_day_an_outlet_reported_is_no_event(text: str, language: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert dated(events_of(text, language)) == expected


# --- one event told with two days: its first day dates it, the other day makes no second event ------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Talks\n\nThe talks, which began on Monday, ended on Wednesday without a deal.", "en",
     [("2026-03-16", "past")]),
    ("Gespräche\n\nDie am Montag begonnenen Gespräche endeten am Mittwoch ohne Einigung.", "de",
     [("2026-03-16", "past")]),
    ("Summit\n\nThe summit, originally scheduled for May 5, will now take place on June 3.", "en",
     [("2026-06-03", "planned")]),
    ("Summit\n\nThe summit was originally scheduled to begin on May 5 but will now open on June 3.", "en",
     [("2026-06-03", "planned")]),
    ("Gipfel\n\nDer ursprünglich für Mai geplante Gipfel soll nun am 3. Juni stattfinden.", "de",
     [("2026-06-03", "planned")]),
    ("Gipfel\n\nUrsprünglich sollte der Gipfel am 5. Mai beginnen, nun ist der 3. Juni vorgesehen.", "de",
     [("2026-06-03", "planned")]),
    # Alone, the first plan still dates the event it plans.
    ("Gipfel\n\nUrsprünglich sollte der Gipfel am 5. Mai beginnen.", "de", [("2026-05-05", "planned")]),
])
def test_an_end_day_or_a_first_plan_beside_the_date_makes_no_second_event(
        text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert dated(events_of(text, language)) == expected


# --- "a day after X" in the sentence of a dated event counts from that event ---------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Trip\n\nTomas Rilke travelled to Riga on Tuesday, a day after meeting Ana Costello in Oslo.", "en"),
    ("Reise\n\nTomas Rilke reiste am Dienstag nach Riga, einen Tag nach seinem Treffen mit Ana Costello in Oslo.",
     "de"),
])
def test_a_day_after_counts_from_the_event_of_the_same_sentence(text: str, language: str) -> None:
    assert sorted(dated(events_of(text, language))) == [("2026-03-16", "past"), ("2026-03-17", "past")]


# --- a headline that reports a statement makes it the main news: an event, dated or not ---------------

@pytest.mark.parametrize(("text", "language", "who"), [
    ("Lindqvist warnt vor Handelskrieg\n\nAußenministerin Petra Lindqvist hat vor einem Handelskrieg gewarnt. "
     "Europa müsse geschlossen auftreten.", "de", "Petra Lindqvist"),
    ("Rilke says troops could go to Lindau\n\nPrime Minister Tomas Rilke said the country was ready to send "
     "troops as part of a peace deal.", "en", "Tomas Rilke"),
])
def test_a_headline_statement_is_an_undated_event(text: str, language: str, who: str) -> None:
    found = events_of(text, language)
    assert [(e.date, e.kind, e.status) for e in found] == [(None, "statement", "past")]
    assert list(found[0].participants) == [who]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # The body dates the statement: that is the event, the headline tells it again.
    ("Rilke warns of trade war\n\nPrime Minister Tomas Rilke warned on Tuesday of a trade war.", "en",
     [("2026-03-17", "Tomas Rilke")]),
    # Nobody named before the verb: no statement to tie to anyone.
    ("Regierung warnt vor Handelskrieg\n\nDie Regierung sieht die Lage mit Sorge.", "de", []),
])
def test_a_headline_statement_told_or_unowned_adds_nothing(text: str, language: str,
                                                          expected: list[tuple[str, str]]) -> None:
    found = events_of(text, language)
    assert [(e.date, e.participants[0]) for e in found] == expected


def test_a_summary_that_only_gives_the_date_goes_on_to_say_what_happened() -> None:
    text = ("Conflict\n\nLaunched on 15 February, the conflict between the two armies of the neighbouring "
            "countries has left thousands of people displaced and many more without shelter or food.")
    found = events_of(text, "en")
    assert [e.date for e in found] == ["2026-02-15"]
    assert "conflict" in found[0].summary


@pytest.mark.parametrize(("text", "language"), [
    ("Reform\n\nA government spokesman declined to comment on Tuesday.", "en"),
    ("Reform\n\nThe ministry did not respond to a request for comment on Tuesday.", "en"),
    ("Reform\n\nEin Regierungssprecher wollte sich am Dienstag nicht äußern.", "de"),
])
def test_a_remark_not_made_is_no_event(text: str, language: str) -> None:
    assert events_of(text, language) == []


def test_a_meeting_with_no_answer_in_it_stays_a_meeting() -> None:
    text = "Talks\n\nTomas Rilke met Ana Costello on Monday but got no response on the tariffs."
    assert dated(events_of(text, "en")) == [("2026-03-16", "past")]


# --- an event arranged for later is planned, in its nearest year -------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Talks\n\nTomas Rilke and Ana Costello met in Paris on Monday, where they agreed to hold a summit on June 5.",
     "en"),
    ("Gespräche\n\nTomas Rilke und Ana Costello trafen sich am Montag in Paris und vereinbarten einen Gipfel am "
     "5. Juni.", "de"),
])
def test_an_event_agreed_on_for_a_day_is_planned(text: str, language: str) -> None:
    assert sorted(dated(events_of(text, language))) == [("2026-03-16", "past"), ("2026-06-05", "planned")]


def test_a_scheduled_event_is_planned() -> None:
    text = "Abstimmung\n\nDie für Donnerstag angesetzte Abstimmung folgt auf wochenlange Verhandlungen."
    assert dated(events_of(text, "de")) == [("2026-03-19", "planned")]


def test_a_day_the_tense_puts_in_the_far_year_is_a_guess() -> None:
    # June 5 lies 286 days back and 79 ahead: the past tense picks last year's, but only as a guess.
    found = [e for e in events_of("Visit\n\nTomas Rilke visited Riga on June 5.", "en") if e.date]
    assert [(e.date, e.review) for e in found] == [("2025-06-05", "guessed")]


# --- what was said may speak of the future; the saying's date is still in the past ---------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Tariffs\n\nForeign Minister Tomas Rilke told reporters in Lindau on Friday that the bloc would respond.",
     "en"),
    ("Tariffs\n\nForeign Minister Tomas Rilke said in an interview on Friday that the bloc would respond.", "en"),
])
def test_a_statement_dated_after_its_verb_is_past(text: str, language: str) -> None:
    assert dated(events_of(text, language)) == [("2026-03-13", "past")]


def test_a_meeting_told_in_what_was_said_stays_planned() -> None:
    text = "Talks\n\nForeign Minister Tomas Rilke said the ministers would meet again on Friday."
    assert dated(events_of(text, "en")) == [("2026-03-20", "planned")]


@pytest.mark.parametrize(("text", "language"), [
    ("Kiew\n\nDie Außenminister Frankreichs und Deutschlands reisten gemeinsam nach Kiew.", "de"),
    ("Kyiv\n\nThe foreign ministers of France and Germany flew to Kyiv together.", "en"),
])
def test_a_trip_without_a_date_is_an_undated_event(text: str, language: str) -> None:
    found = events_of(text, language)
    assert [(e.date, e.kind) for e in found] == [(None, "other")]
    assert set(found[0].participants) == {"FR", "DE"}


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A bare number by the date, without a verb of change or a passive count: one occurrence, not a level.
    ("Geiseln\n\nDie Hamas ließ am Samstag 20 Geiseln frei.", "de", "2026-03-14"),
    ("Hostages\n\nThe group freed 20 hostages on Saturday.", "en", "2026-03-14"),
    ("Vote\n\nLawmakers voted 68-32 on Tuesday to approve the package.", "en", "2026-03-17"),
])
def test_an_occurrence_with_a_count_by_its_date_stays(text: str, language: str, expected: str) -> None:
    assert dated(events_of(text, language)) == [(expected, "past")]


@pytest.mark.parametrize("word", ["freed", "agreed", "guaranteed"])
def test_past_forms_ending_like_need_are_past(word: str) -> None:
    from lagebild.extract.tense import weak_past

    assert weak_past(word, "en")
    assert not weak_past("proceed", "en") and not weak_past("indeed", "en")
