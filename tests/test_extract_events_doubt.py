"""Events a sentence names but does not tell as happening (issue #13, ``eventdoubt``): asked
about, only demanded, habitual, conditional or repeated; publishing lines; looking forward.

Every sentence here is invented for the test; each group is one class, in German and English.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event

# A Wednesday: "am Freitag" ahead is 2026-03-20, "am Montag" behind is 2026-03-16.
PUBLISHED = "2026-03-18"


def events_of(text: str, language: str) -> list[Event]:
    return doc_of(text, language, PUBLISHED).events


def summaries(events: list[Event]) -> list[str]:
    return [e.summary for e in events]


@pytest.mark.parametrize(("text", "language"), [
    # indirect questions
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Ob das Treffen am Freitag stattfindet, ist noch "
     "unklar.", "de"),
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Unklar ist, ob es im Sommer ein weiteres Treffen "
     "geben wird.", "de"),
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Wann das Abkommen unterzeichnet wird, ist offen.",
     "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. It is unclear whether they will meet again on Friday.",
     "en"),
    ("Budget\n\nThe ministers met in Leeds on Monday. It is unclear when Prime Minister Otto Brenner will visit Paris.",
     "en"),
    # direct questions (an interviewer's, an analyst's)
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Werden Sie sich am Freitag wieder treffen?", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. Will the talks on Friday yield results?", "en"),
    # a day named as a habit
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Der Ausschuss tagt normalerweise jeden Dienstag.",
     "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. The committee meets every Tuesday.", "en"),
    # a meeting only demanded, with its wished-for date
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Die Opposition fordert ein Treffen des Ausschusses "
     "am Freitag.", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. The opposition calls for talks on Friday.", "en"),
    # a condition
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Sollte es am Donnerstag keine Einigung geben, "
     "droht ein Notstand.", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. If the Senate votes on Friday, the bill will pass.", "en"),
    # a state told with a copula and no event word
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Die Regierung ist seit März 2025 im Amt.", "de"),
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Im Januar war es in Linz ungewöhnlich kalt.", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. In February, the mood in the coalition was bleak.", "en"),
    ("Budget\n\nThe ministers met in Leeds on Monday. The government has been in office since March 2025.", "en"),
    # a day named as an anniversary
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Am 15. April jährt sich der Amtsantritt des "
     "Präsidenten zum zehnten Mal.", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. Friday marks the 80th anniversary of the end of the war.",
     "en"),
    # the outlet's own publishing line
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Dieser Artikel erschien zuerst am 17. März 2026 "
     "in der Printausgabe.", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. This article first appeared in print on March 17, 2026.",
     "en"),
])
def test_only_the_meeting_told_is_an_event(text: str, language: str) -> None:
    events = events_of(text, language)
    assert [(e.date, e.status) for e in events] == [("2026-03-16", "past")], summaries(events)


@pytest.mark.parametrize(("text", "language"), [
    # an interview given to the outlet, and its interviewer's credit line
    ("Haushalt\n\nKanzler Otto Brenner reist nächste Woche nach Linz. Ministerin Lea Sommer spricht im Interview mit "
     "dieser Zeitung über die Rente.", "de"),
    ("Haushalt\n\nKanzler Otto Brenner reist nächste Woche nach Linz. Das Gespräch führte Anna Muster am Dienstag in "
     "Linz.", "de"),
    ("Budget\n\nChancellor Otto Brenner will visit Leeds next week. Minister Lea Sommer spoke in an interview with "
     "this newspaper about pensions.", "en"),
    # an undatable time of what is only hoped for
    ("Haushalt\n\nKanzler Otto Brenner reist nächste Woche nach Linz. Ich hoffe, dass wir im Herbst abstimmen "
     "können.", "de"),
])
def test_only_the_trip_told_is_an_event(text: str, language: str) -> None:
    events = events_of(text, language)
    assert [(e.date, e.status) for e in events] == [("2026-03", "planned")], summaries(events)


@pytest.mark.parametrize(("text", "language"), [
    ("Haushalt\n\nKanzler Otto Brenner reist nächste Woche nach Linz. Brenner hat Präsidentin Lea Sommer mehrfach "
     "in Wien getroffen.", "de"),
    ("Budget\n\nPrime Minister Otto Brenner will visit Leeds next week. Brenner has met President Lea Sommer six "
     "times since 2019.", "en"),
])
def test_a_repeated_act_is_no_event_and_adds_no_one(text: str, language: str) -> None:
    events = events_of(text, language)
    assert [(e.date, e.status) for e in events] == [("2026-03", "planned")], summaries(events)
    assert "Lea Sommer" not in events[0].participants


@pytest.mark.parametrize(("text", "language"), [
    # the same words, told as happening, stay events
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Das Treffen findet am Freitag statt.", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. They will meet again on Friday.", "en"),
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Die Opposition forderte am Freitag ein Treffen.",
     "de"),
    ("Gedenken\n\nDie Minister trafen sich am Montag in Linz. Historiker erinnern am Freitag bei einer Konferenz "
     "in Linz an den Jahrestag.", "de"),
    ("Budget\n\nThe ministers met in Leeds on Monday. After insisting last week that a deal was imminent, the "
     "bloc was stunned.", "en"),
])
def test_an_event_told_as_happening_stays(text: str, language: str) -> None:
    assert len(events_of(text, language)) == 2


@pytest.mark.parametrize(("text", "language"), [
    # one dated act beside a repeated one is still an event
    ("Sanktionen\n\nDie Union hatte sich mehrfach besorgt geäußert und im Februar Sanktionen gegen Lindavia "
     "verhängt.", "de"),
    ("Sanctions\n\nThe bloc voiced concern several times and imposed sanctions on Lindavia in February.", "en"),
])
def test_a_repeated_act_beside_a_dated_one_keeps_the_dated_one(text: str, language: str) -> None:
    assert [e.date for e in events_of(text, language)] == ["2026-02"]


@pytest.mark.parametrize(("text", "language"), [
    ("Readout\n\nThe minister spoke today with her counterpart and looked forward to meeting in person in July.",
     "en"),
    ("Telefonat\n\nDie Ministerin telefonierte heute mit ihrem Amtskollegen und freute sich auf das Treffen im "
     "Juli.", "de"),
])
def test_looking_forward_puts_the_date_ahead(text: str, language: str) -> None:
    later = [e for e in events_of(text, language) if e.date == "2026-07"]
    assert [(e.date, e.status) for e in later] == [("2026-07", "planned")]


@pytest.mark.parametrize(("text", "language"), [
    ("Kremlin denies Brenner-Sommer call\n\nMOSCOW — The Kremlin on Wednesday denied reports that President Otto "
     "Brenner and President Lea Sommer had spoken by phone.", "en"),
    ("Kreml dementiert Telefonat\n\nMoskau – Der Kreml hat am Mittwoch Berichte dementiert, wonach Präsident Otto "
     "Brenner und Präsidentin Lea Sommer miteinander telefoniert hätten.", "de"),
])
def test_a_denied_event_is_only_the_denial(text: str, language: str) -> None:
    events = events_of(text, language)
    assert [(e.date, e.kind) for e in events] == [("2026-03-18", "statement")], summaries(events)


# --- a date that bounds a stretch of time dates no occurrence ---------------------------------

@pytest.mark.parametrize(("text", "language", "bound"), [
    # where a state begins, told as what would follow or what was announced
    ("Haushalt\n\nDie Minister trafen sich am Montag in Linz. Ohne Einigung müssten ab April Schulen schließen, "
     "warnte die Ministerin.", "de", "2026-04"),
    ("Zoll\n\nDie Minister trafen sich am Montag in Linz. Auslöser war die Ankündigung vom Montag, Firmen ab "
     "Februar dem neuen Zollrecht zu unterstellen.", "de", "-02"),
    ("Budget\n\nThe ministers met in Leeds on Monday. Without a deal, schools would have to close from April, "
     "the minister warned.", "en", "2026-04"),
    # an upper bound counted from now
    ("Talks\n\nThe ministers met in Leeds on Monday. The envoy said the parties had agreed to exchange data "
     "within 30 days.", "en", "2026-04-17"),
    ("Gespräche\n\nDie Minister trafen sich am Montag in Linz. Die Parteien wollen binnen 30 Tagen Daten "
     "austauschen, sagte der Vermittler.", "de", "2026-04-17"),
    # an open end
    ("Waffenruhe\n\nDie Minister trafen sich am Montag in Linz. Der Kreml hat eine Verlängerung der Waffenruhe "
     "über den 6. April hinaus an Bedingungen geknüpft.", "de", "2026-04"),
    ("Truce\n\nThe ministers met in Leeds on Monday. Moscow has tied any extension of the truce beyond April 6 to "
     "conditions.", "en", "2026-04"),
])
def test_a_date_that_bounds_a_span_dates_no_event(text: str, language: str, bound: str) -> None:
    events = events_of(text, language)
    assert not [e for e in events if e.date and bound in e.date], summaries(events)
    assert "2026-03-16" in [e.date for e in events]


@pytest.mark.parametrize(("text", "language"), [
    ("Handel\n\nDie nächste Verhandlungsrunde findet ab dem 15. April in Linz statt.", "de"),
    ("Trade\n\nThe next round of talks will be held in Kuala Lumpur from April 15.", "en"),
])
def test_an_event_noun_from_a_day_is_its_first_day(text: str, language: str) -> None:
    assert [e.date for e in events_of(text, language)] == ["2026-04-15"]


def test_a_range_from_one_day_to_another_still_dates_its_event() -> None:
    # the start of a range with its end is an event's first day, not where a state begins
    text = "Summit\n\nThe summit in Leeds, which runs from Monday to Wednesday, ended with a joint declaration."
    assert "2026-03-16" in [e.date for e in events_of(text, "en")]
