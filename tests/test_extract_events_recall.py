"""Events the article reports but an extractor easily misses, each with a counter case that must stay
no event (or stay one event).

Every sentence here is invented for the test; each group is one failure class of unseen news.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event


def events_of(text: str, language: str, published: str = "2026-03-04") -> list[Event]:
    return doc_of(text, language, published).events


# --- occurrences named by nouns and verbs of their own ---------------------------------------------

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Rathaus geräumt\n\nIm Oktober musste das Rathaus in Bern geräumt werden.", "de", "2025-10"),
    ("Proteste in Bern\n\nTausende protestierten am Samstag in Bern gegen das Abkommen.", "de", "2026-02-28"),
    ("Streik\n\nDie Gewerkschaft kündigte an, dass am Montag eine Kundgebung in Graz stattfindet.", "de",
     "2026-03-09"),
    ("Speech\n\nPresident Mark Ellison addressed the Parliament on Tuesday.", "en", "2026-03-03"),
    ("Vote\n\nVoters in Scotland rejected the plan in a referendum on Sunday.", "en", "2026-03-01"),
])
def test_an_event_named_by_a_noun_or_verb_of_its_own_is_dated(text: str, language: str, day: str) -> None:
    dates = [e.date for e in events_of(text, language)]
    assert day in dates


def test_a_past_modal_with_a_passive_is_past_not_a_plan() -> None:
    # „musste … geräumt werden“: the „werden“ is the passive, the modal's preterite says when.
    event = events_of("Rathaus geräumt\n\nIm Oktober musste das Rathaus in Bern geräumt werden.", "de")[0]
    assert event.status == "past"
    # Counter case: a plan with „soll … werden“ stays a plan.
    planned = events_of("Rathaus\n\nIm Oktober soll das Rathaus in Bern geräumt werden.", "de")[0]
    assert (planned.date, planned.status) == ("2026-10", "planned")


def test_a_mention_of_a_protest_word_inside_a_name_or_a_process_is_no_event() -> None:
    # Counter case: a habitual act over months is a state, not one occurrence.
    assert [e for e in events_of("Lage\n\nDie Opposition protestiert seit Monaten gegen die Reform.", "de")
            if e.date] == []


def test_an_earlier_event_in_the_headline_is_its_own_event() -> None:
    # "nach Wahlsieg": the election win happened before the news the headline tells.
    text = ("Berger erstmals nach Wahlsieg in Wien\n\nDer Kanzler Anton Berger trifft heute in Wien "
            "die Ministerin Eva Lind.")
    summaries = [e.summary for e in events_of(text, "de")]
    assert any("Wahlsieg" in s for s in summaries)
    assert any("trifft" in s for s in summaries)
    # Counter case: a headline that is the news itself joins the body's event.
    text = "Berger trifft Lind in Wien\n\nDer Kanzler Anton Berger trifft heute in Wien die Ministerin Eva Lind."
    assert len(events_of(text, "de")) == 1


# --- two votes by two bodies --------------------------------------------------------------------------

def test_a_second_vote_with_an_indefinite_noun_is_a_second_event() -> None:
    text = ("Budget approved\n\nThe House approved the bill with a vote of 200-190. "
            "The Senate passed the measure with a vote of 70-20.")
    assert len(events_of(text, "en")) == 2
    # Counter case: the same vote told again with the definite noun is one event.
    text = "Budget approved\n\nThe House approved the bill with a vote of 200-190. The vote was close."
    assert len(events_of(text, "en")) == 1


# --- a deadline on a named day ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Tariffs\n\nThe tariff would apply if no deal is reached by the Aug. 1 deadline.", "en", "2026-08-01"),
    ("Tariffs\n\nThe pause on the countermeasures will now expire by Aug. 6.", "en", "2026-08-06"),
    ("Zölle\n\nDie Frist am 13. März gilt für alle Mitgliedstaaten.", "de", "2026-03-13"),
])
def test_a_deadline_on_a_day_is_a_guessed_planned_event(text: str, language: str, day: str) -> None:
    found = [e for e in events_of(text, language) if e.date == day]
    assert found and found[0].status == "planned" and found[0].review == "guessed"


@pytest.mark.parametrize(("text", "language"), [
    ("Talks\n\nThe talks run through March 13.", "en"),
    ("Gespräche\n\nDie Gespräche dauern bis zum 13. März.", "de"),
])
def test_a_date_that_only_bounds_something_else_stays_no_event(text: str, language: str) -> None:
    assert [e for e in events_of(text, language) if e.date == "2026-03-13"] == []


# --- a statistics release -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Economy\n\nInflation rose to 3 percent, data showed on Tuesday.", "en"),
    ("Wirtschaft\n\nDie Inflation stieg auf drei Prozent, wie am Dienstag veröffentlichte Daten zeigten.", "de"),
])
def test_figures_released_on_a_day_are_no_event(text: str, language: str) -> None:
    assert [e for e in events_of(text, language) if e.date] == []


def test_a_meeting_on_the_day_figures_came_out_stays_an_event() -> None:
    # Counter case: an event noun of its own keeps the event beside the figures.
    text = "Economy\n\nThe ministers held a meeting on Tuesday after data showed inflation rising."
    assert "2026-03-03" in [e.date for e in events_of(text, "en")]


# --- verbs that need their particle, and events told in passing ----------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Cabinet\n\nThe new minister Eva Lind was sworn in.", "en"),
    ("Leaders gather\n\nThe country has hosted 100 meetings since it took over the presidency of the group.", "en"),
    ("Regierung\n\nDie Regierungschefin Eva Lind wurde vereidigt.", "de"),
])
def test_an_undated_occurrence_named_by_a_verb_is_an_event(text: str, language: str) -> None:
    summaries = " ".join(e.summary for e in events_of(text, language))
    assert "sworn" in summaries or "took over" in summaries or "vereidigt" in summaries


def test_a_verb_without_its_particle_names_no_event() -> None:
    # Counter case: "took" without "over", "sworn" as an adjective.
    assert events_of("Costs\n\nThe reform took years and made sworn enemies.", "en") == []


def test_an_event_told_in_passing_after_since_is_its_own_past_event() -> None:
    text = "Leaders gather\n\nThe country has hosted 100 meetings since it took over the presidency of the group."
    found = events_of(text, "en")
    assert [e.kind for e in found] == ["meeting", "other"]  # the meetings hosted, and the taking over
    assert (found[1].status, found[1].review) == ("past", "guessed")
    # Counter case: "after talks with X" is the event just told, no second one.
    text = ("Pact agreed\n\nPrime Minister Ana Lind agreed a pact at a summit in Oslo on Monday. "
            "Speaking after talks with the council, Lind praised the deal.")
    assert len(events_of(text, "en")) == 1


def test_a_definite_event_noun_after_seit_points_back_and_adds_no_event() -> None:
    # Counter case: „seit dem Treffen“ is the meeting just told, a time reference.
    text = ("Besuch in Bern\n\nDie Ministerin Eva Lind hat am Montag in Bern den Minister Jan Novak getroffen. "
            "Seit dem Treffen zwischen Lind und Novak arbeiten beide Seiten an einer Erklärung.")
    assert [e for e in events_of(text, "de") if e.date is None and e.summary.startswith("Seit dem")] == []


def test_the_body_sets_the_status_a_verbless_label_left_open() -> None:
    text = ("Minister in Wien\n\nDie Minister werden heute in Wien beraten.\n\nUmzug wegen Rauch\n\n"
            "Für Aufregung sorgte ein Umzug der Konferenz.")
    moves = [e for e in events_of(text, "de") if "Umzug" in e.summary]
    assert moves and all(e.status == "past" for e in moves)


def test_a_summary_that_opens_with_a_relative_pronoun_names_its_noun() -> None:
    from lagebild.extract.eventdraft import summary_of
    text = ("After the two met in Lima, the president said the treaty, which will be signed Saturday after "
            "ten years of talks, was good for the region and for the many countries that trade there today.")
    summary = summary_of(text, text.index("signed"), text.index("Saturday") + 8)
    assert summary.startswith("the treaty, which will be signed Saturday")
    # Counter case: a clause that opens with no relative pronoun is left as it is.
    text = ("After the two met in Lima on Friday, the president said a treaty would be signed soon and that it "
            "was good for the region and for the many countries that trade there today and tomorrow.")
    assert summary_of(text, text.index("Friday"), text.index("Friday") + 6).startswith("After the two met")


def test_an_unanchored_day_after_folds_into_the_event_dated_exactly_later() -> None:
    # "a day after X" in the lead, with X dated only in the next sentence: X once, on its exact day.
    text = ("Summit opens\n\nA regional summit has opened a day after the leaders of three states held a summit "
            "of their own. The three leaders held their summit on Saturday in Niamey.")
    dated = sorted(e.date for e in events_of(text, "en", published="2026-03-08") if e.date)
    assert "2026-03" not in dated and "2026-03-07" in dated
    # Counter case: with nothing dated exactly, the rough month stays.
    text = "Summit opens\n\nA regional summit has opened a day after the leaders of three states held a summit."
    assert "2026-03" in [e.date for e in events_of(text, "en", published="2026-03-08")]


# --- imposing duties or sanctions: a one-time decision, not the state of their being in force ---------

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Zölle\n\nDer Rat hatte im Mai Strafzölle auf Stahl aus Norland verhängt.", "de", "2025-05"),
    ("Sanktionen\n\nDer Rat verhängte am Montag Sanktionen gegen drei Reedereien.", "de", "2026-03-02"),
    ("Tariffs\n\nNorland imposed a 20% duty on Sudland grain in May, officials said.", "en", "2025-05"),
])
def test_imposing_duties_or_sanctions_is_a_dated_event(text: str, language: str, day: str) -> None:
    assert day in [e.date for e in events_of(text, language)]


@pytest.mark.parametrize(("text", "language"), [
    ("Tariffs\n\nNorland threatened to impose a 20% duty on Sudland grain.", "en"),  # only threatened
    ("Zölle\n\nDie verhängten Strafzölle gelten seit Mai.", "de"),  # the duties in force: a state
])
def test_duties_only_threatened_or_in_force_are_no_event(text: str, language: str) -> None:
    assert events_of(text, language) == []
