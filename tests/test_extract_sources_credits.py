"""Cited outlets in English news beyond the US and UK: closing "with" lines, named newsrooms (issue #13).

Invented sentences.  A wire's closing line "- with Reuters" credits the agency; "With John Roe in Kyiv"
credits a reporter and names no outlet.  "told Radio New Zealand", "told 2GB radio", "In an interview
with Radio France" cite a broadcaster the text names by its shape.
"""

from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc


def sources(text: str) -> list[str]:
    article = Article(path="x.txt", name="x.txt", text=text, digest="0", published="2026-11-20", language="en")
    return [s.name for s in build_doc(article).sources]


@pytest.mark.parametrize(("text", "expected"), [
    ("CANBERRA – Harrow said the meeting was a stunt.\n\n- with Reuters", ["Reuters"]),
    ("Harrow said it was over.\n\nWith AAP", ["AAP"]),
    ("Harrow said it was over.\n\nWith John Roe in Kyiv", []),
    ("He told Radio New Zealand he was pleased.", ["Radio New Zealand"]),
    ("He told 2GB radio he was pleased.", ["2GB"]),
    ("In an interview with Radio France, he said it was over.", ["Radio France"]),
])
def test_credits_and_newsrooms_by_their_shape(text: str, expected: list[str]) -> None:
    assert sources(text) == expected
