"""A city of the gazetteer before a verb of saying is no person (issue #13).

Invented sentence: "…, the US Embassy in Kuala Lumpur said" names a place, not a person "Kuala Lumpur";
a person whose given name is also a place's name stays a person.
"""

from __future__ import annotations

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc


def names(text: str) -> list[str]:
    article = Article(path="x.txt", name="x.txt", text=text, digest="0", published="2026-03-18", language="en")
    return [p.name for p in build_doc(article).persons]


def test_a_city_before_said_is_no_person() -> None:
    text = ("Prime Minister Anwar Ibrahim spoke on Monday. The talks will resume, the US Embassy in Kuala Lumpur "
            "said in a statement. Jordan Peterson said nothing.")
    assert names(text) == ["Anwar Ibrahim", "Jordan Peterson"]
