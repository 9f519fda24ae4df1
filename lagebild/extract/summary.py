"""Stage: the briefing's title and summary.

Reads: Doc.article.title, Doc.headline, Doc.sentences.  Writes: Doc.title,
Doc.summary.  The article's own title wins (metadata, then a headline line);
otherwise a headline made from the article's topic and main countries
(``headline``), and failing that the first sentence, stripped of its
dateline, shortened at a clause boundary to stay under ``MAX_TITLE``.  The summary is the first
sentences of the article, up to ``SUMMARY_SENTENCES`` and ``MAX_SUMMARY``
characters: extractive, so every word of it stands in the article.
"""

from __future__ import annotations

import re

from lagebild.extract.doc import Doc
from lagebild.extract.headline import make_headline

MAX_TITLE = 90
SUMMARY_SENTENCES = 3
MAX_SUMMARY = 500
# "Brüssel (dpa) – ", "BRUSSELS, Feb 12 - ", "WASHINGTON — "
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\wÄÖÜäöüß.' -]{1,30}?(?:,\s*[A-Z][a-z]{2,4}\.?\s*\d{1,2})?\s*"
                       r"(?:\([^)]{1,30}\))?\s*[–—-]\s+")


def strip_dateline(text: str) -> str:
    match = _DATELINE.match(text)
    if match and len(match.group(0).split()) <= 5:
        return text[match.end():]
    return text


def short_title(sentence: str, limit: int = MAX_TITLE) -> str:
    """A sentence cut to a title: no final stop, cut at a comma or a word when too long."""
    text = strip_dateline(sentence).strip().rstrip(".!?")
    if len(text) < limit:
        return text
    clause = re.split(r",\s|;\s|\s[–—]\s", text)[0]
    if 20 <= len(clause) < limit:
        return clause
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return cut + "…"


def run(doc: Doc) -> None:
    title = (doc.article.title or doc.headline or "").strip()
    if not title and doc.sentences:
        title = make_headline(doc) or short_title(doc.sentences[0].text)
    doc.title = title
    parts: list[str] = []
    for sentence in doc.sentences[:SUMMARY_SENTENCES]:
        text = strip_dateline(sentence.text) if not parts else sentence.text
        if parts and len(" ".join([*parts, text])) > MAX_SUMMARY:
            break
        parts.append(text)
    doc.summary = " ".join(parts)
