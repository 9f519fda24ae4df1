"""The item of a headline that tells one event (issue #13): a headline often strings two pieces of
news together ("Guyana, Venezuela talks set for Kingston as CARICOM summit opens", "UN vote on Haiti
force, EU-China summit postponed", "Trump and Xi agree to extend trade truce, eye April visit"); whom
another item names is no party of the event this one tells."""

from __future__ import annotations

import re

from lagebild.extract.lang import participants

_WORD = re.compile(r"[\wÄÖÜäöüß’'-]+")


def headline_item(text: str, at: int, language: str) -> tuple[int, int]:
    """The span of the headline item of ``text`` holding offset ``at``: cut at what joins two items of
    news (``participants.HEADLINE_JOINS``) and at a comma between two pieces of two words or more."""
    joins = participants.HEADLINE_JOINS.get(language, participants.HEADLINE_JOINS["en"])
    cuts = [(m.start(), m.end()) for m in re.finditer(joins, text)]
    pieces = _pieces(text, cuts)
    commas: list[tuple[int, int]] = []
    for lo, hi in pieces:  # a comma cuts only where both sides hold two words or more
        for m in re.finditer(r",\s+", text[lo:hi]):
            # (a label before a colon is no part of the piece: "Test match diplomacy: Guyana, Venezuela talks")
            left = re.split(r":\s", text[lo:lo + m.start()].split(",")[-1])[-1]
            right = re.split(r":\s", text[lo + m.end():hi].split(",")[0])[0]
            if len(_WORD.findall(left)) >= 2 and len(_WORD.findall(right)) >= 2:
                commas.append((lo + m.start(), lo + m.end()))
    for lo, hi in _pieces(text, sorted(cuts + commas)):
        if lo <= at < hi:
            return lo, hi
    return 0, len(text)


def _pieces(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for lo, hi in cuts:
        spans.append((start, lo))
        start = hi
    spans.append((start, len(text)))
    return spans
