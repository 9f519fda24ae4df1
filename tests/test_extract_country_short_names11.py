"""Places: „Moldau“ and „Moldawien“ are the state the „Republik Moldau“ names, a country (CONVENTIONS §5), no
town (§6).  Every sentence is invented; the test fails without the two names."""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc


def test_moldau_is_a_country_not_a_place() -> None:
    doc = build_doc(Article(path="seeds/x.txt", name="x.txt", digest="0", language="de", published="2026-03-04",
                            text="Kopf\nDer Vermittler der OSZE in Moldau reist ab. Die EU gibt Moldawien Geld."))
    assert [p.name for p in doc.places] == []
    assert [c.code for c in doc.countries] == ["MD"]
