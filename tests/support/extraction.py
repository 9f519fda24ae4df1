"""Events the extractor finds in an invented text: one helper for the event and participant tests."""

from __future__ import annotations

from lagebild.article import Article
from lagebild.briefing.model import Event
from lagebild.extract.doc import Doc
from lagebild.extract.pipeline import build_doc


def article_of(text: str, language: str | None = None, published: str | None = "2026-03-18",
               locale: str | None = None, url: str | None = None, outlet: str | None = None) -> Article:
    """An invented text as the extractor receives it: file ``x.txt``, published ``published`` (None: undated)."""
    return Article(path="x.txt", name="x.txt", text=text, digest="0", published=published, language=language,
                   locale=locale, url=url, outlet=outlet)


def doc_of(text: str, language: str, published: str | None = "2026-03-18", locale: str | None = None,
           url: str | None = None, outlet: str | None = None) -> Doc:
    """Every fact the extractor finds in an invented text."""
    return build_doc(article_of(text, language, published, locale, url, outlet))


def events_of(text: str, language: str, published: str = "2026-03-18") -> list[Event]:
    return doc_of(text, language, published).events


def dated(text: str, language: str, day: str) -> Event:
    """The first event on ``day``; fails the test when there is none."""
    found = [e for e in events_of(text, language) if e.date == day]
    assert found, f"no event on {day} in {text!r}"
    return found[0]
