"""Bounded actor pages: a busy actor's page shows only the latest `ACTOR_LATEST` briefings, events
and quotes; the rest, newest first, is on archive pages per year (`actors/<slug>/2025/`).  A year
with more than `ARCHIVE_ITEMS_PER_PAGE` rows is cut by stable keys (`pager.keyed_split`: between
briefings and events where a hash of their id says so), and a later part is named by the briefing
or event it starts with (`actors/<slug>/2025/<slug-or-event-id>/`).  So neither page grows with
the corpus, and a briefing added or removed changes the part that holds its rows (and the newest
part, which takes the row the actor page no longer shows), not every part after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from lagebild.briefing.model import Briefing, Quote
from lagebild.picture.corpus import ACTOR_FOLDERS, Actor, briefing_date
from lagebild.picture.events_merge import MergedEvent
from lagebild.site import last_good
from lagebild.site.pager import Chunk, SplitMemo, keyed_split, keyed_split_kept

ACTOR_LATEST = 25  # briefings, events, quotes and briefings per role shown on the actor page itself
ARCHIVE_ITEMS_PER_PAGE = 150  # rows (briefings, events, quotes) at most on one archive page: ~1.3 KB an
# event row, a part of events only stays near 200 KB; parts hold about half (the content-defined cuts'
# target), so a busy actor's archive has about as many parts as when each list was cut at 60
UNDATED = "undated"


@dataclass(frozen=True)
class ArchivePage:
    path: str  # source path, 'actors/steve-witkoff/2025.md' or 'actors/steve-witkoff/2025/<anchor>.md'
    year: str  # 'YYYY' or UNDATED
    part: int
    parts: int
    briefings: tuple[Briefing, ...]
    events: tuple[MergedEvent, ...]
    quotes: tuple[tuple[Briefing, Quote], ...]
    newest: str = ""  # the date of its first (newest) row: names a later part, which a number would not stably


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


def archive_path(actor: Actor, chunk: Chunk[Any]) -> str:
    """The year's first part keeps the year's address; a later one is named by the row it starts with."""
    folder = f"{actor.path[:-len('.md')]}/{chunk.section}"
    return f"{folder}.md" if not chunk.anchor else f"{folder}/{chunk.anchor}.md"


def below_a_year(path: str) -> bool:
    """A later part of an actor's archive year ('actors/x/2025/<anchor>.md'), which no nav lists."""
    parts = path.split("/")
    return len(parts) == 4 and parts[0] in ACTOR_FOLDERS.values() and (parts[2].isdigit() or parts[2] == UNDATED)


Row = tuple[str, str, str, Any]  # (kind, date, group id, the briefing, merged event or quote)


def _section(row: Row) -> str:
    return _year(row[1])


def _group(row: Row) -> str:
    return row[2]


def _rows(briefings: list[Briefing], events: list[MergedEvent], quotes: list[tuple[Briefing, Quote]],
          memo: ArchiveMemo | None = None) -> list[Row]:
    """All archived rows, newest year first (undated last), inside a year newest first; a
    briefing's row and its quotes share the briefing's slug as group, an event its own id.  With a
    `memo`, a row is the very tuple of last time while its briefing, merged event or quote is the same
    object (so `keyed_split_kept` knows the unchanged runs)."""
    made = [("briefings", b) for b in briefings] + [("events", m) for m in events] + [("quotes", q) for q in quotes]
    kept = memo.rows if memo is not None else {}
    now: dict[tuple[str, int], Row] = {}
    rows: list[Row] = []
    for kind, item in made:
        row = kept.get((kind, id(item)))
        if row is None or row[3] is not item:
            row = _row(kind, item)
        now[(kind, id(item))] = row
        rows.append(row)
    if memo is not None:
        memo.rows = now
    dated: list[Row] = []
    undated: list[Row] = []
    for row in rows:  # (a busy actor has thousands of rows: one pass, keys made in C)
        (undated if _year(row[1]) == UNDATED else dated).append(row)
    dated.sort(key=itemgetter(1, 2, 0), reverse=True)
    undated.sort(key=itemgetter(2, 0), reverse=True)
    return dated + undated


def _row(kind: str, item: Any) -> Row:
    if kind == "briefings":
        return (kind, briefing_date(item), item.slug, item)
    if kind == "events":
        return (kind, item.date or "", item.id, item)
    return (kind, briefing_date(item[0]), item[0].slug, item)


class ArchiveMemo:
    """One actor's archive rows and their cut (`pager.SplitMemo`) from its last view, under `mkdocs
    serve`: a new or deleted briefing changes the rows of one or two years of a busy actor, and the
    other years' runs of the same row objects keep their spans."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, int], Row] = {}
        self.split: SplitMemo[Row] = SplitMemo()


def actor_view(actor: Actor, events: list[MergedEvent], memo: ArchiveMemo | None = None) -> ActorView:
    """Split an actor's briefings, events (its merged events) and quotes into page and archives;
    `memo`: the rows and cut of this actor's last view (the same view, cut again only where it changed)."""
    briefings = actor.briefings  # newest first
    newest_events = sorted(events, key=lambda m: (m.date or "", m.id), reverse=True)
    quotes = sorted(actor.quotes, key=lambda item: (briefing_date(item[0]), item[0].slug), reverse=True)
    rows = _rows(briefings[ACTOR_LATEST:], newest_events[ACTOR_LATEST:], quotes[ACTOR_LATEST:], memo)
    limit = ARCHIVE_ITEMS_PER_PAGE
    if memo is None:
        chunks = keyed_split(rows, _section, _group, max(1, limit // 2), limit)
    else:
        chunks = keyed_split_kept(rows, _section, _group, max(1, limit // 2), limit, memo.split)
    parts_of: dict[str, int] = {}
    for chunk in chunks:
        parts_of[chunk.section] = parts_of.get(chunk.section, 0) + 1
    archives: list[ArchivePage] = []
    for chunk in chunks:
        number = 1 if not chunk.anchor else archives[-1].part + 1
        shown = {kind: tuple(row[3] for row in chunk.items if row[0] == kind)
                 for kind in ("briefings", "events", "quotes")}
        archives.append(ArchivePage(archive_path(actor, chunk), chunk.section, number, parts_of[chunk.section],
                                    shown["briefings"], shown["events"], shown["quotes"], chunk.items[0][1]))
    roles = tuple((role, tuple(found[:ACTOR_LATEST]), max(0, len(found) - ACTOR_LATEST))
                  for role, found in actor.roles)
    return ActorView(tuple(briefings[:ACTOR_LATEST]), roles, tuple(newest_events[:ACTOR_LATEST]),
                     tuple(quotes[:ACTOR_LATEST]), tuple(archives))


# The views of one corpus (one build): the incremental planner asks for the view of each actor whose
# inputs changed, and the page renderer again for the same actors (a busy actor's archive is cut anew
# each time, ~1 ms).  Kept per actor while the actor object and its merged events are the very ones
# asked about before, and the page sizes are the same (tests change them).
_views: list[tuple[object, dict[str, tuple[Actor, tuple[MergedEvent, ...], tuple[int, int], ActorView]]]] = []


# Under `mkdocs serve`: actor path -> its archive's rows and cut, across builds.
_memos: dict[str, ArchiveMemo] = {}


def view_of(corpus: object, actor: Actor, events: list[MergedEvent]) -> ActorView:
    """`actor_view`, once per actor and corpus."""
    if not _views or _views[0][0] is not corpus:
        _views[:] = [(corpus, {})]
    kept = _views[0][1]
    sizes = (ACTOR_LATEST, ARCHIVE_ITEMS_PER_PAGE)
    found = kept.get(actor.path)
    if found is not None and found[0] is actor and found[2] == sizes and len(found[1]) == len(events) \
            and all(a is b for a, b in zip(found[1], events)):
        return found[3]
    view = actor_view(actor, events, _memos.setdefault(actor.path, ArchiveMemo()) if last_good.serving else None)
    kept[actor.path] = (actor, tuple(events), sizes, view)
    return view


__all__ = ["ACTOR_LATEST", "ARCHIVE_ITEMS_PER_PAGE", "ActorView", "ArchiveMemo", "ArchivePage", "actor_view",
           "archive_path", "below_a_year", "view_of"]
