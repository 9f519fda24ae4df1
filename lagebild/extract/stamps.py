"""Broadcast, publishing and archive stamps inside article text.

"Sendung: BR24 Nachrichten, 29.10.2023 21:00 Uhr", "Diese Nachricht wurde am …
gesendet", "Updated: …" or a trailing "| 15.11.2016 23:00 Uhr" say when an item
went out.  They are metadata, never events: dates inside them date nothing the
article reports.  Patterns are data per language (``STAMP_PATTERNS`` in
``lang/*_time.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.datefind import lang_data


@lru_cache(maxsize=4)
def _stamp_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lang_data(language).STAMP_PATTERNS)


def stamp_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` (a sentence, stripped) that are stamps."""
    return [(m.start(), m.end()) for rx in _stamp_patterns(language) for m in rx.finditer(text)
            if m.end() > m.start()]


def is_stamp(text: str, language: str) -> bool:
    """The whole sentence is a stamp (nothing else of length is left beside it)."""
    rest = text
    for start, end in sorted(stamp_spans(text, language), reverse=True):
        rest = rest[:start] + rest[end:]
    return len(re.findall(r"\w+", rest)) <= 1 and rest != text
