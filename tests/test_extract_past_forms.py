"""Strong and irregular past forms date a weekday backwards (invented sentences).

A date beside a past verb whose stem changed ("Am Montag empfing …", "On Tuesday he flew …")
was read as the coming weekday and stored as a planned event a week ahead — a wrong fact shown
as certain.  The forms come from the grammar's closed list (lang/past_forms.py), not from articles.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of

from lagebild.briefing.model import Event
from lagebild.extract.tense import irregular_past

PUBLISHED = "2026-03-04"  # a Wednesday


def events_of(text: str, language: str) -> list[Event]:
    return doc_of(text, language, PUBLISHED).events


@pytest.mark.parametrize(("word", "language"), [
    ("empfing", "de"), ("trafen", "de"), ("teilnahm", "de"), ("zusammenkam", "de"), ("stattfanden", "de"),
    ("vertraten", "de"), ("hinterließ", "de"), ("nannte", "de"), ("aufbrachen", "de"),
    ("flew", "en"), ("took", "en"), ("spoke", "en"), ("withdrew", "en"),
])
def test_a_changed_stem_is_the_past(word: str, language: str) -> None:
    assert irregular_past(word, language)


@pytest.mark.parametrize(("word", "language"), [
    # nouns and sentence starts are capitalised; other words end like a stem only after a non-prefix
    ("Verbot", "de"), ("Band", "de"), ("Empfing", "de"), ("entlang", "de"), ("vorgang", "de"), ("zuvor", "de"),
    # present, infinitive or participle: the same letters can be a plan ("soll … abgeschlossen werden")
    ("vertreten", "de"), ("betreten", "de"), ("bieten", "de"), ("abgeschlossen", "de"), ("angeboten", "de"),
    ("verschoben", "de"), ("erwogen", "de"), ("bekannte", "de"), ("ernannte", "de"),
    # English forms that are participles too, or other words as often
    ("held", "en"), ("made", "en"), ("met", "en"), ("left", "en"), ("bit", "en"), ("won", "en"), ("stuck", "en"),
])
def test_words_that_are_not_only_the_past_do_not_count(word: str, language: str) -> None:
    assert not irregular_past(word, language)


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Gespräche in Wien\n\nAm Montag empfing Bundeskanzler Karl Brenner den polnischen Präsidenten Jan Nowak "
     "in Wien.", "de", "2026-03-02"),
    ("Besuch in Prag\n\nAm Dienstag traf Außenministerin Eva Lind ihren tschechischen Amtskollegen Petr Dvorak "
     "in Prag.", "de", "2026-03-03"),
    ("Talks in Geneva\n\nOn Tuesday Foreign Minister Tom Harland flew to Geneva for talks with his "
     "counterpart Jean Morel.", "en", "2026-03-03"),
])
def test_a_weekday_beside_a_strong_past_is_the_last_one(text: str, language: str, day: str) -> None:
    dated = [event for event in events_of(text, language) if event.date]
    assert dated and dated[0].date == day and dated[0].status == "past"


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Abkommen vor dem Abschluss\n\nDas Abkommen soll am Freitag in Wien von Außenministerin Eva Lind und "
     "Jan Nowak unterzeichnet werden.", "de", "2026-03-06"),
    ("Summit ahead\n\nThe summit between Tom Harland and Jean Morel will be held on Friday in Geneva.", "en",
     "2026-03-06"),
])
def test_plans_stay_plans(text: str, language: str, day: str) -> None:
    dated = [event for event in events_of(text, language) if event.date]
    assert dated and dated[0].date == day and dated[0].status == "planned"
