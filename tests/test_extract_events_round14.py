"""Events of round 14 (invented texts): an indefinite event noun names a new event even where the
sentence also points back to people told of; what should have happened and has not is no event; what
someone told an outlet is a statement of its own, not part of a meeting of that day they were not at."""

from __future__ import annotations

from tests.support.extraction import events_of


def test_an_indefinite_event_noun_with_a_pointing_back_genitive_is_a_new_event() -> None:
    text = ("Grenzstreit\n\nDer Streit um die Grenze dauert seit Jahren an. Im Frühjahr scheiterte dann "
            "eine Gesprächsrunde der Delegationen in Porto an einer einzigen Frage.")
    found = [(e.date, e.status) for e in events_of(text, "de", "2026-03-18") if "Porto" in e.evidence]
    assert found == [(None, "past")]


def test_what_should_have_happened_long_ago_is_no_event() -> None:
    text = ("Grenzstreit\n\nEigentlich sollte das Abkommen zwischen Chile und Peru längst unterzeichnet sein. "
            "Die Außenminister trafen sich am Montag in Lima.")
    assert [e.date for e in events_of(text, "de", "2026-03-18")] == ["2026-03-16"]


def test_what_should_have_been_signed_is_no_event_in_english() -> None:
    text = ("Border row\n\nThe accord between Chile and Peru should have been signed long ago. "
            "The foreign ministers met in Lima on Monday.")
    assert [e.date for e in events_of(text, "en", "2026-03-18")] == ["2026-03-16"]


def test_what_someone_told_an_outlet_is_no_part_of_a_meeting_they_were_not_at() -> None:
    text = ("Border row\n\nThe foreign ministers of Chile and Peru met in Lima on Monday. Opposition leader "
            "Marta Quispe told the BBC on Monday that the deal was a mistake.")
    events = events_of(text, "en", "2026-03-18")
    assert sorted(e.kind for e in events if e.date == "2026-03-16") == ["meeting", "statement"]


def test_an_act_told_after_and_later_in_a_dated_sentence_is_undated() -> None:
    text = ("Gefangenenaustausch\n\nDer Journalist Paul Wendt war im Mai 2024 in Baku festgenommen und später zu "
            "sechs Jahren Haft verurteilt worden.")
    events = events_of(text, "de", "2026-03-18")
    assert sorted((e.date or "") for e in events) == ["", "2024-05"]
    assert next(e for e in events if e.date is None).participants == ("Paul Wendt",)


def test_an_act_told_after_and_later_in_english_is_undated() -> None:
    text = ("Prisoner swap\n\nAmong those freed was Daniel Brook, a British aid worker who was arrested in "
            "Tbilisi in May 2024 and later sentenced to six years on spying charges.")
    events = events_of(text, "en", "2026-03-18")
    assert sorted((e.date or "") for e in events) == ["", "2024-05"]




def test_a_participle_after_an_article_is_no_event() -> None:
    text = "Border row\n\nAmong the papers on the table was the signed accord between Chile and Peru."
    assert events_of(text, "en", "2026-03-18") == []
