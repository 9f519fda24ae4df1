"""Fitting text into a given length: one line, cut where a reader expects it."""

from __future__ import annotations


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis when too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    sentence_end = cut.rfind(". ", limit // 2)
    if sentence_end > 0:  # a whole sentence reads better than a cut one
        return cut[:sentence_end + 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:.–-") + "…"
