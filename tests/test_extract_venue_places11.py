"""Places: a venue opening a sentence after „Im“ is the location; a venue after a spokesperson's „des“ is the
body the spokesperson speaks for, no location.  Every sentence is invented; each test fails without its rule."""

from __future__ import annotations

from support.extraction import doc_of


def _facts(text: str) -> tuple[list[str], list[str]]:
    doc = doc_of(text, "de", "2026-03-04")
    return [o.name for o in doc.organizations], [p.name for p in doc.places]


def test_a_venue_after_im_at_a_sentence_start_is_a_place() -> None:
    orgs, places = _facts("Kopf\nIm Kanzleramt berieten die Länderchefs am Montag über Geld.")
    assert "Kanzleramt" in places and "Kanzleramt" not in orgs


def test_a_venue_after_a_spokeswoman_is_no_place() -> None:
    _orgs, places = _facts("Kopf\nEine Sprecherin des Bundeskanzleramts wies die Kritik am Montag zurück.")
    assert "Bundeskanzleramt" not in places
