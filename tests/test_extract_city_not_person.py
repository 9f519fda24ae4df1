"""A city of the gazetteer before a verb of saying is no person (issue #13).

Invented sentence: "…, the US Embassy in Kuala Lumpur said" names a place, not a person "Kuala Lumpur";
a person whose given name is also a place's name stays a person.
"""

from __future__ import annotations

from support.extraction import doc_of


def names(text: str) -> list[str]:
    return [p.name for p in doc_of(text, "en").persons]


def test_a_city_before_said_is_no_person() -> None:
    text = ("Prime Minister Anwar Ibrahim spoke on Monday. The talks will resume, the US Embassy in Kuala Lumpur "
            "said in a statement. Jordan Peterson said nothing.")
    assert names(text) == ["Anwar Ibrahim", "Jordan Peterson"]
