"""Which parts of a written page a dirty rebuild changed: table rows, evidence footnotes, the rest.

A measuring aid for `benchmarks.dirty_profile --regions`: an actor or place page whose only change
is in its tables' rows (and the footnotes those rows refer to) could be spliced instead of rendered
(see docs/benchmark.md, h-rows10); a change anywhere else (the briefings listed, the meeting
diagram, the roles, the archive list) needs the page rendered.  Line-based: our templates write
each table row and each footnote on lines of their own.
"""

from __future__ import annotations

import difflib
import re

_ARTICLE = re.compile(r"<article\b.*?</article>", re.S)

TBODY, FOOTNOTES, OTHER = "tbody", "footnotes", "other"


def _article(page: str) -> str:
    """The page's content (Material's <article>), or all of it if there is none."""
    found = _ARTICLE.search(page)
    return found.group(0) if found else page


def _regions(lines: list[str]) -> list[str]:
    """Each line's region: inside a table body, inside the footnotes, or elsewhere."""
    regions, current = [], OTHER
    for line in lines:
        if "<tbody" in line:
            current = TBODY
        if 'class="footnote"' in line:
            current = FOOTNOTES
        regions.append(current)
        if "</tbody>" in line:
            current = OTHER
    return regions


def changed_regions(before: str, after: str) -> frozenset[str]:
    """The regions of the page's content in which `before` and `after` differ (empty: only the chrome)."""
    old, new = _article(before).splitlines(), _article(after).splitlines()
    old_regions, new_regions = _regions(old), _regions(new)
    found: set[str] = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "equal":
            found.update(old_regions[i1:i2], new_regions[j1:j2])
    return frozenset(found)


def label(regions: frozenset[str]) -> str:
    return "+".join(sorted(regions)) or "chrome only"


__all__ = ["FOOTNOTES", "OTHER", "TBODY", "changed_regions", "label"]
