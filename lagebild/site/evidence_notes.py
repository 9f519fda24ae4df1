"""Evidence footnotes of one page: each evidence sentence once, referenced from every fact it supports.

An article sentence often supports many facts — a person, their country, the meeting, the place.
Numbered per fact, a short news item turned into a wall of identical footnotes (one sentence
repeated once per country).  Numbered per sentence, the reader sees it once and every fact that
rests on it points there.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from lagebild.site.markup import escape_markdown


def evidence_key(text: str) -> str:
    """The same sentence, however its spacing differs between facts."""
    return " ".join(text.split())


class Footnotes:
    """The page's evidence sentences in order of first reference; `ref` gives a fact's footnote mark."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.texts: list[str] = []

    def ref(self, fact: Any) -> Markup:
        key = evidence_key(getattr(fact, "evidence", "") or "")
        if not key:
            return Markup("")
        if key not in self.numbers:
            self.texts.append(key)
            self.numbers[key] = len(self.texts)
        return Markup(f"[^ev{self.numbers[key]}]")

    def definitions(self) -> str:
        return "".join(f"\n[^ev{n}]: {escape_markdown(text)}\n" for n, text in enumerate(self.texts, start=1))
