"""Telephone numbers in a sentence: digits that dial, no figure (CONVENTIONS §9: numbers that count nothing).

A number is a telephone number by its shape — three or more digit groups that are not a thousands grouping
("+49 30 2274 5566", "(202) 555-0143", "0800 111 0 111") — or by a cue word right before it ("Tel. 030 22745",
"call 555 0143").  A thousands grouping ("4 500 000", "1.250.000") keeps its figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.lang import figure_words

# Digit groups joined by one space, hyphen, dot or slash; an optional "+CC" and bracketed area code before them.
_DIALLED = re.compile(r"(?<![\w.,+-])(?P<lead>\+|\()?\d[\d)]*(?:[ ./-]\(?\d+\)?){1,6}(?![\w-]|[.,]\d)")
# A thousands grouping: one to three digits, then groups of exactly three.
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:([ .,'’])\d{3})(?:\1\d{3})*")


@lru_cache(maxsize=4)
def _cue_rx(language: str) -> re.Pattern[str]:
    cue = figure_words.PHONE_CUES.get(language, figure_words.PHONE_CUES["en"])
    return re.compile(cue + r"[\s:.]*(?:an\s+|at\s+|on\s+|unter\s+)?$")


def phone_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a telephone number: (start, end) spans whose digits are no figure."""
    spans = []
    for match in _DIALLED.finditer(text):
        digits = match.group(0)
        groups = re.findall(r"\d+", digits)
        cued = bool(_cue_rx(language).search(text[max(0, match.start() - 30):match.start()]))
        dialled_shape = len(groups) >= 3 and (match.group("lead") is not None or groups[0].startswith("0")
                                              or not _THOUSANDS.fullmatch(digits))
        # "0471 123456": an area code with its leading zero, then the line; no count starts with a zero
        area_code = len(groups) == 2 and len(groups[0]) >= 2 and groups[0].startswith("0") and len(groups[1]) >= 4
        if dialled_shape or area_code or (cued and sum(len(g) for g in groups) >= 5):
            spans.append((match.start(), match.end()))
    return spans
