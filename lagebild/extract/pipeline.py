"""Extraction as ordered stages over one Doc, each reading and writing named fields.

A stage is a function ``Doc -> None`` that enriches the Doc in place; its
module docstring states what it reads and writes.  Replacing one stage (say,
persons by a statistical model) means replacing one entry in ``STAGES``.
"""

from __future__ import annotations

from collections.abc import Callable

from lagebild.article import Article
from lagebild.briefing.model import Briefing, SourceInfo, slugify
from lagebild.extract import (
    dates,
    entities,
    events,
    figures,
    persons,
    quotes,
    sources,
    summary,
)
from lagebild.extract.doc import Doc, segment
from lagebild.extract.homeoffices import outlet_locale
from lagebild.extract.ids import unique_facts
from lagebild.extract.language import detect_language, detect_locale

Stage = Callable[[Doc], None]

# Order matters: later stages read what earlier ones wrote.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("reference_date", dates.run),  # writes reference_date
    ("persons", persons.run),  # writes persons
    ("entities", entities.run),  # writes organizations, countries, places
    ("sources", sources.run),  # writes sources
    ("quotes", quotes.run),  # reads persons; writes quotes
    ("figures", figures.run),  # writes figures
    ("events", events.run),  # reads reference_date, persons, entities; writes events
    ("summary", summary.run),  # reads everything; writes title, summary
)


def build_doc(article: Article) -> Doc:
    language = article.language or detect_language(article.text)
    locale = article.locale or outlet_locale(article, language) or detect_locale(article.text, language)
    doc = segment(article, language, locale)
    for _name, stage in STAGES:
        stage(doc)
    return doc


def extract(article: Article) -> Briefing:
    """All facts of one article, each with its evidence sentence and an id no other fact of its list has."""
    doc = build_doc(article)
    return Briefing(
        slug=slugify(article.stem),
        title=doc.title,
        language=doc.language,
        locale=doc.locale,
        source=SourceInfo(file=article.name, url=article.url, outlet=article.outlet),
        published=article.published,
        reference_date=doc.reference_date,
        summary=doc.summary,
        persons=unique_facts(doc.persons),
        organizations=unique_facts(doc.organizations),
        countries=unique_facts(doc.countries),
        places=unique_facts(doc.places),
        events=unique_facts(doc.events),
        quotes=unique_facts(doc.quotes),
        figures=unique_facts(doc.figures),
        sources=unique_facts(doc.sources),
        sections=tuple(doc.sections),
    )
