"""Evidence footnotes of one page: each evidence sentence once, referenced from every fact it supports.

An article sentence often supports many facts — a person, their country, the meeting, the place.
Numbered per fact, a short news item turned into a wall of identical footnotes (one sentence
repeated once per country).  Numbered per sentence, the reader sees it once and every fact that
rests on it points there.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

BACKLINK = {"de": "Zurück zu Fußnote {n} im Text", "en": "Back to footnote {n} in the text"}


def evidence_key(text: str) -> str:
    """The same sentence, however its spacing differs between facts."""
    return " ".join(text.split())


class Footnotes:
    """The page's evidence sentences in order of first reference; `ref` gives a fact's footnote mark,
    in the footnotes extension's markup (``fnref:``/``fn:`` ids, back-links), which Material's
    ``content.footnote.tooltips`` reads."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.numbers: dict[str, int] = {}
        self.texts: list[str] = []
        self.refs: list[int] = []  # references per footnote, for the back-links

    def ref(self, fact: Any) -> Markup:
        key = evidence_key(getattr(fact, "evidence", "") or "")
        if not key:
            return Markup("")
        if key not in self.numbers:
            self.texts.append(key)
            self.refs.append(0)
            self.numbers[key] = len(self.texts)
        number = self.numbers[key]
        self.refs[number - 1] += 1
        count = self.refs[number - 1]
        ref_id = f"fnref:ev{number}" if count == 1 else f"fnref{count}:ev{number}"
        return Markup(f'<sup id="{ref_id}"><a class="footnote-ref" href="#fn:ev{number}">{number}</a></sup>')

    def definitions(self) -> str:
        if not self.texts:
            return ""
        title = BACKLINK.get(self.language, BACKLINK["en"])
        items = []
        for number, text in enumerate(self.texts, start=1):
            back = "".join(
                f'<a class="footnote-backref" href="#{"fnref" if k == 1 else f"fnref{k}"}:ev{number}" '
                f'title="{title.format(n=number)}">↩</a>' for k in range(1, self.refs[number - 1] + 1))
            items.append(f'<li id="fn:ev{number}">\n<p>{escape(text)}&nbsp;{back}</p>\n</li>\n')
        return f'<div class="footnote">\n<hr>\n<ol>\n{"".join(items)}</ol>\n</div>\n'
