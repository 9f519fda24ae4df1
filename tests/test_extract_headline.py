"""Headlines for articles that come without one, on invented articles."""

from __future__ import annotations

from lagebild.article import parse_article
from lagebild.extract.pipeline import build_doc

GERMAN = """Die Regierungen Polens und Litauens haben am Montag in Warschau über den Schutz der Stromnetze beraten.
Im Mittelpunkt standen die Stromnetze an der Grenze zu Belarus. Polens Energieminister Tomasz Nowak sagte, \
die Stromnetze seien verwundbar. Auch Litauen will die Stromnetze besser sichern.
Weitere Gespräche
Die Stromnetze sollen bis zum Sommer geprüft werden, teilte die Regierung in Warschau mit. Polen und Litauen \
wollen dazu eine gemeinsame Arbeitsgruppe gründen.
"""

WITH_HEADLINE = "Stromnetze im Fokus\n\n" + GERMAN


def _doc(text: str, name: str = "x.txt"):  # type: ignore[no-untyped-def]
    article, _ = parse_article(text.encode("utf-8"), f"seeds/{name}", name)
    return build_doc(article)


def test_article_without_headline_gets_topic_and_main_countries() -> None:
    doc = _doc(GERMAN)
    assert doc.title == "Stromnetze: Polen, Litauen und Belarus"
    assert len(doc.title) <= 80


def test_the_articles_own_headline_wins() -> None:
    assert _doc(WITH_HEADLINE).title == "Stromnetze im Fokus"


def test_summary_is_taken_from_the_article() -> None:
    doc = _doc(GERMAN)
    assert doc.summary.startswith("Die Regierungen Polens und Litauens haben am Montag")
    assert all(sentence.strip() in GERMAN.replace("\\\n", "") for sentence in doc.summary.split(". ") if sentence)


def test_a_long_first_line_is_still_the_headline() -> None:
    """News headlines run to fifteen words and more; the first line is the title, not a generated one."""
    headline = "Polen und Litauen schützen ihre Stromnetze an der Grenze zu Belarus mit einer gemeinsamen Arbeitsgruppe"
    doc = _doc(headline + "\n\n" + GERMAN)
    assert doc.title == headline
    assert all(s.text != headline for s in doc.sentences)


def test_a_long_line_inside_the_text_is_no_subheading() -> None:
    line = "Polen und Litauen schützen ihre Stromnetze an der Grenze zu Belarus mit einer gemeinsamen Arbeitsgruppe"
    doc = _doc(GERMAN.replace("Weitere Gespräche", line))
    assert all(section.heading != line for section in doc.sections)
