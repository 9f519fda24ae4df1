"""Bounded actor pages: a busy actor's page shows only the latest `ACTOR_LATEST` briefings, events
and quotes; the rest, newest first, is on archive pages per year (`actors/<slug>/2025/`), and a year
with more than `ARCHIVE_ITEMS_PER_PAGE` entries in a list continues on numbered parts
(`actors/<slug>/2025-2/`).  So neither page grows with the corpus: an actor named in 3,000 briefings
has a page as long as one named in 30, and archives as long as a year's part.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lagebild.briefing.model import Briefing, Quote
from lagebild.picture.corpus import Actor, briefing_date
from lagebild.picture.events_merge import MergedEvent
from lagebild.site.pager import nth, split

ACTOR_LATEST = 25  # briefings, events, quotes and briefings per role shown on the actor page itself
ARCHIVE_ITEMS_PER_PAGE = 60  # per list on one archive page: ~1.6 KB an event row, a part stays near 100 KB
UNDATED = "undated"


@dataclass(frozen=True)
class ArchivePage:
    path: str  # source path, 'actors/steve-witkoff/2025.md' or 'actors/steve-witkoff/2025-2.md'
    year: str  # 'YYYY' or UNDATED
    part: int
    parts: int
    briefings: tuple[Briefing, ...]
    events: tuple[MergedEvent, ...]
    quotes: tuple[tuple[Briefing, Quote], ...]


@dataclass(frozen=True)
class ActorView:
    """What the actor page itself shows, and the archive pages that hold the rest."""
    briefings: tuple[Briefing, ...]
    roles: tuple[tuple[str, tuple[Briefing, ...], int], ...]  # role, its latest briefings, how many more
    events: tuple[MergedEvent, ...]  # newest first
    quotes: tuple[tuple[Briefing, Quote], ...]  # newest first
    archives: tuple[ArchivePage, ...]  # newest year first


def _year(value: str | None) -> str:
    return value[:4] if value and value[:4].isdigit() else UNDATED


def archive_path(actor: Actor, year: str, part: int) -> str:
    folder = actor.path[:-len(".md")]
    return f"{folder}/{year}.md" if part == 1 else f"{folder}/{year}-{part}.md"


def actor_view(actor: Actor, events: list[MergedEvent]) -> ActorView:
    """Split an actor's briefings, events (its merged events) and quotes into page and archives."""
    briefings = actor.briefings  # newest first
    newest_events = sorted(events, key=lambda m: (m.date or "", m.id), reverse=True)
    quotes = sorted(actor.quotes, key=lambda item: (briefing_date(item[0]), item[0].slug), reverse=True)
    rest: dict[str, dict[str, list[Any]]] = {}

    def keep(kind: str, year: str, item: Any) -> None:
        rest.setdefault(year, {"briefings": [], "events": [], "quotes": []})[kind].append(item)

    for briefing in briefings[ACTOR_LATEST:]:
        keep("briefings", _year(briefing_date(briefing)), briefing)
    for merged in newest_events[ACTOR_LATEST:]:
        keep("events", _year(merged.date), merged)
    for quote in quotes[ACTOR_LATEST:]:
        keep("quotes", _year(briefing_date(quote[0])), quote)
    years = sorted((y for y in rest if y != UNDATED), reverse=True) + ([UNDATED] if UNDATED in rest else [])
    archives: list[ArchivePage] = []
    for year in years:
        def path_of(part: int, year: str = year) -> str:
            return archive_path(actor, year, part)

        # The three lists are cut alike, so part 2 of a year holds each list's second slice.
        cut = {kind: split(items, ARCHIVE_ITEMS_PER_PAGE, path_of) for kind, items in rest[year].items()}
        parts = max(len(found) for found in cut.values())
        for number in range(1, parts + 1):
            archives.append(ArchivePage(path_of(number), year, number, parts, nth(cut["briefings"], number),
                                        nth(cut["events"], number), nth(cut["quotes"], number)))
    roles = tuple((role, tuple(found[:ACTOR_LATEST]), max(0, len(found) - ACTOR_LATEST))
                  for role, found in actor.roles)
    return ActorView(tuple(briefings[:ACTOR_LATEST]), roles, tuple(newest_events[:ACTOR_LATEST]),
                     tuple(quotes[:ACTOR_LATEST]), tuple(archives))


__all__ = ["ACTOR_LATEST", "ARCHIVE_ITEMS_PER_PAGE", "ActorView", "ArchivePage", "actor_view", "archive_path"]
