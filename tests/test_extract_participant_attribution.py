"""A closing attribution with its own date ("…, her office confirmed on Thursday") dates the
confirming, not the event it confirms: whom that event names are no parties to the confirming
(issue #13, CONVENTIONS §7: whoever only announced or reported the event is not a participant
of it, and the announcing is not the event).  Every sentence is invented."""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Event


def _events(text: str, language: str) -> list[Event]:
    return list(doc_of(text, language).events)


def test_a_closing_confirmation_dates_no_meeting_of_the_names_before_it_en() -> None:
    text = ("Senator Anna Berg will meet Prime Minister Paul Kerr and opposition leader Tom Wade, "
            "her office confirmed on Thursday.")
    on_thursday = [e for e in _events(text, "en") if e.date == "2026-03-12"]
    assert on_thursday, "the confirming is still told"
    assert all("Paul Kerr" not in e.participants and "Anna Berg" not in e.participants for e in on_thursday)


def test_a_closing_confirmation_dates_no_meeting_of_the_names_before_it_de() -> None:
    text = "Senatorin Anna Berg wird Premierminister Paul Kerr treffen, bestätigte ihr Büro am Donnerstag."
    on_thursday = [e for e in _events(text, "de") if e.date == "2026-03-12"]
    assert on_thursday
    assert all("Paul Kerr" not in e.participants for e in on_thursday)


def test_a_date_in_the_event_clause_keeps_its_parties() -> None:
    text = "Senator Anna Berg will meet Prime Minister Paul Kerr on Friday, her office confirmed."
    on_friday = [e for e in _events(text, "en") if e.date == "2026-03-20"]
    assert on_friday and "Paul Kerr" in on_friday[0].participants


def test_a_confirmation_with_content_of_its_own_is_no_closing_attribution() -> None:
    text = "Anna Berg met Paul Kerr in Oslo, and her office confirmed on Thursday that talks would go on."
    assert not any(e.kind == "announcement" and e.date == "2026-03-12" and not e.participants
                   for e in _events(text, "en") if "Paul Kerr" in e.participants)


def test_a_closing_split_verb_attribution_dates_the_telling_de() -> None:
    text = "Ministerin Anna Berg reist am Freitag nach Oslo, teilte das Kanzleramt am Dienstag mit."
    on_tuesday = [e for e in _events(text, "de") if e.date == "2026-03-17"]
    assert on_tuesday and all("Anna Berg" not in e.participants for e in on_tuesday)
    assert any("Anna Berg" in e.participants for e in _events(text, "de") if e.date == "2026-03-20")
