"""An event told again is no event of its own (issue #13, CONVENTIONS §7.3, §7.5).

Every sentence here is invented for the test.

- A dated mention without an event word whose people all take part in an event of that day told
  before it (a post's header line under the announcement it posts) is that event
  (``eventsameday.fold_wordless_same_day``); so is a verb of meeting that names nobody („Wir haben uns
  auf den 28. März geeinigt“) after the talks of that day.
- An undated meeting or talks in an article whose main news is a meeting or talks that took place, or
  told after such a dated meeting or talks, is that event told again without its day
  (``eventagain.without_main_retold``), unless it is told as earlier or named as another occurrence; an
  act told as before the news („hatte bereits“) is no such anchor.
- A round told first by its last day ("two days after the third round ended"), then with its span
  ("held from March 8 to 10"), is that round (``eventspan``).
"""

from __future__ import annotations

from lagebild.briefing.model import Event
from tests.support.extraction import events_of


def told(events: list[Event]) -> list[tuple[str | None, str]]:
    return [(e.date, e.kind) for e in events]


# -- a post's header line under the announcement it posts: the announcement, not an event of its own

def test_header_line_of_a_post_is_the_announcement_it_posts() -> None:
    events = events_of("Zollstreit mit Norwegen verschärft sich\n\nDer Streit um Lachszölle spitzt sich zu. "
                       "Handelsminister Karl Weber kündigte am Dienstagabend auf der Plattform X an, die Zölle auf "
                       "norwegischen Lachs zu verdoppeln.\n\nBeitrag auf X von Karl Weber (@KWeber), 17. März 2026, "
                       "22:10 Uhr:\n\n„Genug ist genug. Die Zölle steigen.“", "de")
    assert told(events) == [("2026-03-17", "announcement")]


def test_wordless_line_with_someone_else_stays_an_event() -> None:
    # (the header of another person's post is that person's statement, not the announcement's)
    events = events_of("Zollstreit mit Norwegen verschärft sich\n\nDer Streit um Lachszölle spitzt sich zu. "
                       "Handelsminister Karl Weber kündigte am Dienstagabend auf der Plattform X an, die Zölle auf "
                       "norwegischen Lachs zu verdoppeln.\n\nBeitrag auf X von Ingrid Solberg (@ISolberg), "
                       "17. März 2026, 23:05 Uhr:\n\n„Wir werden antworten.“", "de")
    assert len([e for e in events if e.date == "2026-03-17"]) == 2


# -- a verb of meeting that names nobody, on the day of talks told before: those talks

def test_agreeing_on_the_day_of_the_talks_is_no_second_meeting() -> None:
    events = events_of("Wasservertrag: Gespräche in Graz\n\nAm 28. März sollen in Graz die Gespräche über den "
                       "Wasservertrag mit Slowenien wieder aufgenommen werden.\n\nFrage: Frau Ministerin, ist der "
                       "Termin sicher?\n\nLindqvist: Ja. Wir haben uns auf den 28. März geeinigt, und daran halten "
                       "wir fest.", "de")
    assert told(events) == [("2026-03-28", "talks")]


# -- the lead's undated talks beside the round the body dates: the main event told again

def test_lead_talks_without_a_day_are_the_round_told_with_its_days() -> None:
    events = events_of("Gefangenenaustausch vereinbart\n\nGraz (dpa) – Vertreter Georgiens und Armeniens haben sich "
                       "bei Gesprächen in Graz auf einen Gefangenenaustausch geeinigt. Die Delegationen wollen am "
                       "3. April erneut zusammenkommen. Bei der ersten Runde am Montag und Dienstag sei über Listen "
                       "mit Namen gesprochen worden, sagte Außenministerin Eva Brunner.", "de")
    assert None not in [e.date for e in events]
    assert ("2026-03-16", "talks") in told(events)


def test_talks_told_as_earlier_stay_an_event_of_their_own() -> None:
    # („hatten … bereits“: talks before the news, not the round the article reports)
    events = events_of("Gefangenenaustausch vereinbart\n\nGraz (dpa) – Bei der ersten Runde am Montag und Dienstag "
                       "sei über Listen mit Namen gesprochen worden, sagte Außenministerin Eva Brunner. Vertreter "
                       "Georgiens und Armeniens hatten bereits bei Gesprächen in Baku über einen Austausch "
                       "verhandelt.", "de")
    assert None in [e.date for e in events]


# -- a round told first by its last day, then with its span: one round, dated by its first day
# (``eventspan.last_day`` reads "from March 8 to 10"; ``fold_within_span`` looks ahead too)

def test_the_end_of_a_round_told_before_its_span_is_that_round() -> None:
    events = events_of("Oslo round ends, Doha next\n\nKARACHI: Pakistan and Afghanistan will hold a fourth round of "
                       "talks in Doha on March 24, the Foreign Office said on Thursday, two days after the third round "
                       "ended in Oslo without a joint statement.\n\nSpeaking at the weekly briefing, spokesperson Amna "
                       "Qureshi said the Oslo talks, held from March 8 to 10 with Norway as mediator, had been "
                       "difficult.", "en", "2026-03-12")
    assert [e.date for e in events if e.kind == "talks"] == ["2026-03-24", "2026-03-08"]


def test_who_negotiates_after_the_dated_talks_is_no_talks_of_its_own() -> None:
    # (the dated talks are not the main news here — the ceasefire is — but told before: what goes on about)
    events = events_of("Feuerpause in Darfur: Was über die Gespräche bekannt ist\n\nDie Armee und die Miliz haben "
                       "sich in Dschidda auf eine zehntägige Feuerpause verständigt. Sie soll am Freitag beginnen. "
                       "Verhandelt wird seit dem 8. März, unter Vermittlung Katars.\n\nWer sitzt am Tisch?\n\nFür die "
                       "Armee verhandelt General Omar Haddad, für die Miliz deren Vizechef Salim Nour.", "de")
    assert None not in [e.date for e in events]
    assert ("2026-03-08", "talks") in told(events)


def test_talks_before_the_news_are_no_anchor() -> None:
    # (the only dated talks are told as before the news: the lead's undated talks stay)
    events = events_of("Präsident Tomas Varga hat in Graz Gespräche mit Kanzlerin Anna Holm geführt. Am Montag hatte "
                       "Varga bereits den Bürgermeister Jonas Berzins getroffen.", "de")
    assert None in [e.date for e in events]
