"""Cited outlets in English news beyond the US and UK: closing "with" lines, named newsrooms (issue #13).

Invented sentences.  A wire's closing line "- with Reuters" credits the agency; "With John Roe in Kyiv"
credits a reporter and names no outlet.  "told Radio New Zealand", "told 2GB radio", "In an interview
with Radio France" cite a broadcaster the text names by its shape.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of


def sources(text: str) -> list[str]:
    return [s.name for s in doc_of(text, "en", "2026-11-20").sources]


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
