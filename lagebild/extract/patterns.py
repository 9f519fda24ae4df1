"""Compiled patterns for lexicon phrases, kept for the whole run.

Many rules ask "does this lexicon phrase occur as a word here?" for every phrase of a lexicon and
build the pattern at call time.  The `re` module caches only 512 patterns; the extractor's
lexicons hold more phrases than that, so its cache thrashed and about a quarter of extraction
time went into compiling the same patterns again.  These caches are sized for the lexicons plus
the names of a large run.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=16384)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, remembered beyond the `re` module's own small cache."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=16384)
def standalone(phrase: str) -> re.Pattern[str]:
    """The phrase not inside a longer word or hyphenated compound ("Texas", not "Texas-based")."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


@lru_cache(maxsize=16384)
def bounded(phrase: str) -> re.Pattern[str]:
    """The phrase between word boundaries (``\\b``), as the English office and cue rules read it."""
    return re.compile(rf"\b{re.escape(phrase)}\b")
