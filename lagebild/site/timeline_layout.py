"""Where each row of the timeline lives: bounded pages, so no page grows with the corpus.

The timeline is a small index (`timeline/`: the next planned events and a list of months) and one
page per month, newest month first (`timeline/YYYY-MM/`).  Months get denser as the corpus grows,
so a month with more than `ROWS_PER_PAGE` rows continues on numbered parts (`timeline/YYYY-MM/2/`).
Every link to a timeline row goes through `timeline_path`, so briefings, actor pages, facts.json
and the calendar all point at the page that holds the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from lagebild.picture.events_merge import EventPicture, MergedEvent
from lagebild.site.pager import split

INDEX = "timeline.md"
FOLDER = "timeline"
ROWS_PER_PAGE = 60  # ~2.5 KB of HTML a row with its footnote: a part stays far below 300 KB
UPCOMING_ON_INDEX = 15  # the index stays small: the rest of the planned events are on their months
UNDATED = "undated"  # events without a date (never merged) have a page of their own


@dataclass(frozen=True)
class TimelinePage:
    path: str  # source path, e.g. 'timeline/2026-01/index.md' or 'timeline/2026-01/2.md'
    month: str  # 'YYYY-MM' or UNDATED
    part: int  # 1, 2, … within the month
    parts: int  # how many parts the month has
    entries: tuple[MergedEvent, ...]  # newest first


def month_of(merged: MergedEvent) -> str:
    return merged.date[:7] if merged.date and len(merged.date) >= 7 else UNDATED


def page_path(month: str, part: int) -> str:
    return f"{FOLDER}/{month}/index.md" if part == 1 else f"{FOLDER}/{month}/{part}.md"


def layout(events: tuple[MergedEvent, ...] | list[MergedEvent]) -> list[TimelinePage]:
    """The month pages, newest month first, each month's rows newest first, cut into parts."""
    by_month: dict[str, list[MergedEvent]] = {}
    for merged in events:
        by_month.setdefault(month_of(merged), []).append(merged)
    months = sorted((m for m in by_month if m != UNDATED), reverse=True)
    if UNDATED in by_month:
        months.append(UNDATED)
    pages: list[TimelinePage] = []
    for month in months:
        rows = sorted(by_month[month], key=lambda m: (m.date or "", m.id), reverse=True)
        for part in split(rows, ROWS_PER_PAGE, partial(page_path, month)):
            pages.append(TimelinePage(part.path, month, part.number, part.count, part.items))
    return pages


_LAYOUTS: dict[int, tuple[EventPicture, dict[str, str]]] = {}


def _page_of(picture: EventPicture) -> dict[str, str]:
    """merged id -> the page holding its row (computed once per picture)."""
    cached = _LAYOUTS.get(id(picture))
    if cached is None or cached[0] is not picture:
        pages = {m.id: page.path for page in layout(picture.events) for m in page.entries}
        if len(_LAYOUTS) > 8:
            _LAYOUTS.clear()
        cached = _LAYOUTS[id(picture)] = (picture, pages)
    return cached[1]


def timeline_path(picture: EventPicture, merged_id: str) -> str:
    """The source path of the page that holds this merged event's row (the index if it is unknown)."""
    return _page_of(picture).get(merged_id, INDEX)


__all__ = ["INDEX", "ROWS_PER_PAGE", "UPCOMING_ON_INDEX", "TimelinePage", "layout", "month_of", "timeline_path"]
