"""Organisations and places: a commentary's closing author line is a byline (CONVENTIONS §1); the body and town
it names first are no facts of the news.  Every sentence is invented; each test fails without the rule."""

from __future__ import annotations

from support.extraction import doc_of


def _facts(text: str, language: str) -> tuple[list[str], list[str]]:
    doc = doc_of(text, language, "2026-03-04")
    return [o.name for o in doc.organizations], [p.name for p in doc.places]


def test_an_english_author_line_names_no_body_and_no_place() -> None:
    text = ("Why the port deal matters\nThe ministers met in Tallinn on Monday and agreed on nothing.\n\n"
            "Anna Kask is a senior fellow at the Baltic Institute for Maritime Policy in Riga.")
    assert _facts(text, "en") == ([], ["Tallinn"])


def test_a_german_author_line_names_no_body_and_no_place() -> None:
    text = ("Warum der Hafen zählt\nDie Minister trafen sich am Montag in Tallinn.\n\n"
            "Die Autorin ist Politologin am Institut für Seepolitik in Riga.")
    assert _facts(text, "de") == ([], ["Tallinn"])


def test_a_body_named_in_the_news_before_the_author_line_stays() -> None:
    text = ("Why the port deal matters\nThe Baltic Institute for Maritime Policy in Riga warned on Monday.\n\n"
            "Anna Kask is a senior fellow at the Baltic Institute for Maritime Policy in Riga.")
    assert _facts(text, "en") == (["Baltic Institute for Maritime Policy"], ["Riga"])
