"""Places: „im Bundestag“ after a noun it describes („die Etatberatungen im Bundestag“) names the house, no
location; after a verb or a time noun it is the venue (CONVENTIONS §6).  Every sentence is invented; the first
test fails without the rule."""

from __future__ import annotations

from support.extraction import doc_of


def _facts(text: str) -> tuple[list[str], list[str]]:
    doc = doc_of(text, "de", "2026-03-04")
    return [o.name for o in doc.organizations], [p.name for p in doc.places]


def test_im_bundestag_after_a_noun_is_the_house_not_a_place() -> None:
    text = "Kopf\nDie Ministerin sagte ihre Reise wegen der Etatberatungen im Bundestag ab."
    assert _facts(text) == (["Bundestag"], [])


def test_im_bundestag_after_a_time_noun_or_a_verb_is_a_place() -> None:
    assert "Bundestag" in _facts("Kopf\nDie Kanzlerin gibt heute Vormittag im Bundestag eine Erklärung ab.")[1]
    assert "Bundestag" in _facts("Kopf\nDie Ministerin sagte im Bundestag, der Plan sei gut.")[1]
