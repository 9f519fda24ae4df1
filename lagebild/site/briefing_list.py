"""The list of briefings, bounded: the latest on `briefings/`, every briefing on its month's page.

`briefings/` shows the `LATEST_ON_INDEX` newest briefings and the months, newest first; each
month has a page (`briefings/2025-03/`) that continues on numbered parts when the month holds
more than `ROWS_PER_PAGE` briefings (`briefings/2025-03/2/`).  A month's folder never takes a
briefing's address: should a briefing be called `2025-03`, the month's folder is `2025-03-`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import is_

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import briefing_date
from lagebild.site.pager import free_name, numbered, split

FOLDER = "briefings"
INDEX = f"{FOLDER}/index.md"
LATEST_ON_INDEX = 50
ROWS_PER_PAGE = 150  # ~0.4 KB a row: a part stays near 60 KB
UNDATED = "undated"


@dataclass(frozen=True)
class MonthPage:
    path: str  # 'briefings/2025-03/index.md', 'briefings/2025-03/2.md'
    month: str  # 'YYYY-MM' or UNDATED
    part: int
    parts: int
    briefings: tuple[Briefing, ...]  # newest first


def month_of(briefing: Briefing) -> str:
    value = briefing_date(briefing)
    return value[:7] if len(value) >= 7 and value[:4].isdigit() else UNDATED


def layout(briefings: Sequence[Briefing], rows: int | None = None) -> list[MonthPage]:
    """The month pages, newest month first (undated last), each newest first, cut into parts.

    The last answer is given again while the briefings are the very same objects (frozen) in the
    same order: one build asks three times (fingerprints, page metas, the pages)."""
    rows = rows or ROWS_PER_PAGE
    last = _last[0] if _last else None
    if last is not None and last[1] == rows and len(last[0]) == len(briefings) and all(map(is_, last[0], briefings)):
        return list(last[2])
    pages = _layout(briefings, rows)
    _last[:] = [(tuple(briefings), rows, pages)]
    return list(pages)


# The last answer of `layout`: the briefings it was asked for, the rows per page, the month pages.
_last: list[tuple[tuple[Briefing, ...], int, list[MonthPage]]] = []


def _layout(briefings: Sequence[Briefing], rows: int) -> list[MonthPage]:
    by_month: dict[str, list[Briefing]] = {}
    for briefing in sorted(briefings, key=lambda b: (briefing_date(b), b.slug), reverse=True):
        by_month.setdefault(month_of(briefing), []).append(briefing)
    months = sorted((m for m in by_month if m != UNDATED), reverse=True) + ([UNDATED] if UNDATED in by_month else [])
    slugs = {briefing.slug for briefing in briefings}
    pages: list[MonthPage] = []
    for month in months:
        folder = f"{FOLDER}/{free_name(month, slugs)}"
        for part in split(by_month[month], rows, numbered(f"{folder}/index.md", folder)):
            pages.append(MonthPage(part.path, month, part.number, part.count, part.items))
    return pages


def list_path(pages: Sequence[MonthPage], slug: str) -> str:
    """The month page that lists this briefing (the index if none does)."""
    return next((page.path for page in pages if any(b.slug == slug for b in page.briefings)), INDEX)


__all__ = ["INDEX", "LATEST_ON_INDEX", "ROWS_PER_PAGE", "MonthPage", "layout", "list_path", "month_of"]
