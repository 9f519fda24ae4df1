"""Places: „Moldau“ and „Moldawien“ are the state the „Republik Moldau“ names, a country (CONVENTIONS §5), no
town (§6).  Every sentence is invented; the test fails without the two names."""

from __future__ import annotations

from support.extraction import doc_of


def test_moldau_is_a_country_not_a_place() -> None:
    doc = doc_of("Kopf\nDer Vermittler der OSZE in Moldau reist ab. Die EU gibt Moldawien Geld.", "de", "2026-03-04")
    assert [p.name for p in doc.places] == []
    assert [c.code for c in doc.countries] == ["MD"]
